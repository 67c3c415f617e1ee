import type { HeldWatch } from '../../api/types.js';
import { heldText } from '../../held-text.js';
import { useWorkspace } from '../../session/workspace-context.js';

/** "Held?" after the latest move of the healthy range: holding or slipped, in a sentence. */
export function HeldStat({ watch }: { readonly watch: HeldWatch }) {
  const { fmt } = useWorkspace();
  const text = heldText(watch, fmt);
  return (
    <div className={`stat held-stat tone-${text.tone}`} data-held={watch.verdict}>
      <span className="stat-label">Held?</span>
      <span className="stat-value tone-text">{text.label}</span>
      <span className="muted small">{text.sentence}</span>
    </div>
  );
}
