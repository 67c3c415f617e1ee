import { useEffect, useState } from 'react';
import type { Cycle } from '../../api/types.js';
import type { CycleReview } from '../../api/workflow-types.js';
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

function loadNotes(key: string): Notes {
  try {
    const stored = localStorage.getItem(key);
    return stored ? { ...NO_NOTES, ...(JSON.parse(stored) as Partial<Notes>) } : NO_NOTES;
  } catch {
    return NO_NOTES;
  }
}

/**
 * The retrospective: achieved, learned, do next. The API has no place to store these yet,
 * so the draft stays in this browser and the review leaves as a Markdown document with
 * the grades and ratchets, for the team's wiki or email.
 */
export function ReviewNotes({
  cycle,
  review,
}: {
  readonly cycle: Cycle;
  readonly review: CycleReview | null;
}) {
  const { ws, fmt } = useWorkspace();
  const key = storageKey(ws, cycle.id);
  const [notes, setNotes] = useState(() => loadNotes(key));

  useEffect(() => {
    try {
      localStorage.setItem(key, JSON.stringify(notes));
    } catch {
      // Private mode: the notes live as long as the page.
    }
  }, [key, notes]);

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
          Score before you plan. Your notes are kept in this browser; download the review to share it.
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
            onChange={(e) => setNotes((n) => ({ ...n, [prompt.key]: e.target.value }))}
          />
          <span id={`notes-${prompt.key}-hint`} className="hint">
            {prompt.hint}
          </span>
        </div>
      ))}
      <div>
        <button type="button" className="btn" onClick={download}>
          Download the review (Markdown)
        </button>
      </div>
    </section>
  );
}
