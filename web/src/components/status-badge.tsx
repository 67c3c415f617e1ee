import type { StatusLook } from '../status.js';

/** A status word with its colour and shape; the word is always there for screen readers and print. */
export function StatusBadge({
  look,
  size = 'normal',
}: {
  readonly look: StatusLook;
  readonly size?: 'normal' | 'small';
}) {
  return (
    <span className={`badge tone-${look.tone}${size === 'small' ? ' badge-small' : ''}`}>
      <span className="badge-shape" aria-hidden="true" />
      {look.word}
    </span>
  );
}
