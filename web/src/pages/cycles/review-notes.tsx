import { useEffect, useState } from 'react';
import type { Cycle } from '../../api/types.js';
import type { CycleReview } from '../../api/workflow-types.js';
import { ErrorNotice } from '../../components/error-notice.js';
import { useWorkspace } from '../../session/workspace-context.js';
import { NO_NOTES, type ReviewNotes as Notes, reviewMarkdown } from './review-markdown.js';

const PROMPTS = [
  { key: 'achieved', label: 'What we achieved', hint: 'The outcomes, in numbers where you have them.' },
  { key: 'learned', label: 'What we learned', hint: 'What surprised you; what you would do differently.' },
  {
    key: 'next',
    label: 'What we do next',
    hint: 'What carries over, what stops, what the next cycle aims at.',
  },
] as const;

const storageKey = (ws: string, cycle: string) => `ratchet.review.${ws}.${cycle}`;

function loadDraft(key: string): Notes {
  try {
    const stored = localStorage.getItem(key);
    return stored ? { ...NO_NOTES, ...(JSON.parse(stored) as Partial<Notes>) } : NO_NOTES;
  } catch {
    return NO_NOTES;
  }
}

type StoredNotes = CycleReview['notes'];

function fromStored(stored: StoredNotes): Notes | null {
  if (!stored || (stored.achieved ?? stored.learned ?? stored.next) === null) return null;
  return { achieved: stored.achieved ?? '', learned: stored.learned ?? '', next: stored.next ?? '' };
}

/**
 * The notes being written: the ones stored with the close win once they arrive; until
 * the cycle is closed (or while nothing is stored) the draft is kept in this browser.
 */
export function useReviewNotes(ws: string, cycle: string, stored: StoredNotes | undefined) {
  const key = storageKey(ws, cycle);
  const [notes, setNotes] = useState(() => loadDraft(key));
  const [seen, setSeen] = useState<StoredNotes | undefined>(undefined);
  if (stored !== undefined && stored !== seen) {
    // Adopt what the server holds when it first arrives or changes (after a save).
    setSeen(stored);
    const saved = fromStored(stored);
    if (saved) setNotes(saved);
  }
  useEffect(() => {
    try {
      localStorage.setItem(key, JSON.stringify(notes));
    } catch {
      // Private mode: the draft lives as long as the page.
    }
  }, [key, notes]);
  return [notes, setNotes] as const;
}

/**
 * The retrospective: achieved, learned, do next. Closing the cycle stores them with the
 * review; an admin may save them again later. The review also leaves as a Markdown
 * document with the grades and ratchets, for the team's wiki or email.
 */
export function ReviewNotes({
  cycle,
  review,
  notes,
  onChange,
  onSave,
}: {
  readonly cycle: Cycle;
  readonly review: CycleReview | null;
  readonly notes: Notes;
  readonly onChange: (notes: Notes) => void;
  /** Stores the notes on a closed cycle; absent while it is open (closing stores them). */
  readonly onSave?: () => Promise<void>;
}) {
  const { fmt } = useWorkspace();
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<unknown>(null);

  async function save() {
    if (!onSave) return;
    setSaving(true);
    setSaveError(null);
    try {
      await onSave();
    } catch (e) {
      setSaveError(e);
    } finally {
      setSaving(false);
    }
  }

  function download() {
    const text = reviewMarkdown(cycle, review, notes, (g) => fmt.grade(g));
    const url = URL.createObjectURL(new Blob([text], { type: 'text/markdown' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `review-${cycle.id}.md`;
    link.click();
    URL.revokeObjectURL(url);
  }

  return (
    <section className="card form" aria-labelledby="notes-title">
      <div>
        <h2 id="notes-title">Retrospective</h2>
        <p className="muted small">
          Score before you plan.{' '}
          {onSave
            ? 'These notes are stored with the review, where everyone in the workspace can read them.'
            : 'Closing the cycle stores these notes with the review; until then the draft stays in this browser.'}
        </p>
      </div>
      {PROMPTS.map((prompt) => (
        <div className="field" key={prompt.key}>
          <label htmlFor={`notes-${prompt.key}`}>{prompt.label}</label>
          <textarea
            id={`notes-${prompt.key}`}
            className="textarea"
            rows={3}
            aria-describedby={`notes-${prompt.key}-hint`}
            value={notes[prompt.key]}
            onChange={(e) => onChange({ ...notes, [prompt.key]: e.target.value })}
          />
          <span id={`notes-${prompt.key}-hint`} className="hint">
            {prompt.hint}
          </span>
        </div>
      ))}
      {saveError !== null && <ErrorNotice error={saveError} />}
      <div className="row">
        {onSave && (
          <button type="button" className="btn btn-primary" onClick={() => void save()} disabled={saving}>
            {saving ? 'Saving…' : 'Save notes'}
          </button>
        )}
        <button type="button" className="btn" onClick={download}>
          Download the review (Markdown)
        </button>
      </div>
    </section>
  );
}
