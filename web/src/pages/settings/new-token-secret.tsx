import { useState } from 'react';
import type { CreatedToken } from '../../api/types.js';

/** The secret, once: Ratchet keeps only a hash, so it cannot be shown again. */
export function NewTokenSecret({
  created,
  onDismiss,
}: {
  readonly created: CreatedToken;
  readonly onDismiss: () => void;
}) {
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(created.secret);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }
  return (
    <div className="alert alert-success stack" role="status" style={{ margin: '12px 0' }}>
      <p>
        <strong>{created.token.name}</strong> created. Copy the secret now: it will not be shown again.
      </p>
      <span className="visually-hidden">Token secret:</span>
      <code className="secret mono">{created.secret}</code>
      <div className="row">
        <button type="button" className="btn btn-small" onClick={() => void copy()}>
          {copied ? 'Copied' : 'Copy'}
        </button>
        <button type="button" className="btn btn-small btn-ghost" onClick={onDismiss}>
          I stored it
        </button>
      </div>
    </div>
  );
}
