import type { Tone } from '../status.js';

interface ProgressBarProps {
  /** In [0, 1]. */
  readonly progress: number;
  /** The cycle's expected progress now, drawn as a marker. */
  readonly expected?: number;
  readonly tone: Tone;
  readonly label: string;
  readonly valueText: string;
}

/** Progress with the expected-progress marker: is it ahead of or behind the calendar? */
export function ProgressBar({ progress, expected, tone, label, valueText }: ProgressBarProps) {
  const clamped = Math.max(0, Math.min(1, progress));
  return (
    <div
      className={`progress tone-${tone}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.round(clamped * 100)}
      aria-valuetext={valueText}
    >
      <div className="progress-fill" style={{ width: `${clamped * 100}%` }} />
      {expected !== undefined && (
        <div
          className="progress-expected"
          style={{ left: `${Math.max(0, Math.min(1, expected)) * 100}%` }}
          title="Expected by now"
        />
      )}
    </div>
  );
}
