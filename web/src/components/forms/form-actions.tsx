import type { ReactNode } from 'react';

/**
 * A form's Save / Cancel row: the submit button says `busyLabel` and is disabled while the
 * save runs; Cancel shows when there is somewhere to go back to. `aside` sits at the row's
 * far end (an Archive button, say). `wide`: the submit button alone, as wide as the form
 * (the sign-in cards).
 */
export function FormActions({
  busy,
  disabled = false,
  label = 'Save changes',
  busyLabel = 'Saving…',
  primary = true,
  small = false,
  wide = false,
  onCancel,
  aside,
}: {
  readonly busy: boolean;
  readonly disabled?: boolean;
  readonly label?: string;
  readonly busyLabel?: string;
  readonly primary?: boolean;
  readonly small?: boolean;
  readonly wide?: boolean;
  readonly onCancel?: (() => void) | null;
  readonly aside?: ReactNode;
}) {
  const size = small ? ' btn-small' : '';
  const submit = (
    <button
      type="submit"
      className={`btn${primary ? ' btn-primary' : ''}${size}`}
      disabled={busy || disabled}
    >
      {busy ? busyLabel : label}
    </button>
  );
  if (wide) return submit;
  const buttons = (
    <div className="row">
      {submit}
      {onCancel && (
        <button type="button" className={`btn btn-ghost${size}`} onClick={onCancel}>
          Cancel
        </button>
      )}
    </div>
  );
  if (!aside) return buttons;
  return (
    <div className="row between">
      {buttons}
      {aside}
    </div>
  );
}
