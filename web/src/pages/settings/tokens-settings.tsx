import { type FormEvent, useState } from 'react';
import type { ApiToken, CreatedToken, TokenScope } from '../../api/types.js';
import { ErrorNotice } from '../../components/error-notice.js';
import { useResource } from '../../hooks/use-resource.js';
import { useWorkspace } from '../../session/workspace-context.js';
import { NewTokenSecret } from './new-token-secret.js';

const SCOPES: readonly { scope: TokenScope; words: string }[] = [
  { scope: 'ingest', words: 'Ingest: add data points only (spreadsheets, warehouse jobs)' },
  { scope: 'read', words: 'Read: see the workspace' },
  { scope: 'write', words: 'Write: change KPIs, OKRs and check-ins' },
];

/** API tokens: created once, the secret shown once, revocable any time. */
export function TokensSettings({ canManage }: { readonly canManage: boolean }) {
  const { ws, api, fmt } = useWorkspace();
  const tokens = useResource<readonly ApiToken[]>(canManage ? `tokens:${ws}` : null, (signal) =>
    api.tokens(signal).then((t) => t.items),
  );
  const [name, setName] = useState('');
  const [scope, setScope] = useState<TokenScope>('ingest');
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function create(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      setCreated(await api.createToken(name.trim(), [scope]));
      setName('');
      tokens.reload();
    } catch (e) {
      setError(e);
    }
  }

  async function revoke(token: ApiToken) {
    if (!window.confirm(`Revoke “${token.name}”? Anything using it stops working at once.`)) return;
    setError(null);
    try {
      await api.revokeToken(token.id);
      tokens.reload();
    } catch (e) {
      setError(e);
    }
  }

  if (!canManage) return null;
  const active = (tokens.data ?? []).filter((t) => !t.revokedAt);
  return (
    <section className="card" aria-labelledby="tokens-title">
      <h2 id="tokens-title" className="section-title">
        API tokens
      </h2>
      <p className="muted small">
        For scripts and integrations: send it as <code>Authorization: Bearer …</code>.
      </p>
      {error !== null && <ErrorNotice error={error} />}
      {tokens.error !== undefined && <ErrorNotice error={tokens.error} />}
      {created && <NewTokenSecret created={created} onDismiss={() => setCreated(null)} />}
      {active.length > 0 && (
        <ul className="plain-list" style={{ margin: '12px 0' }}>
          {active.map((t) => (
            <li key={t.id} className="spread">
              <span>
                <strong>{t.name}</strong> <span className="mono small muted">{t.prefix}…</span>
                <br />
                <span className="muted small">
                  {t.scopes.join(', ')} · created {fmt.date(t.createdAt)}
                  {t.lastUsedAt ? ` · last used ${fmt.relative(t.lastUsedAt)}` : ' · never used'}
                </span>
              </span>
              <button
                type="button"
                className="btn btn-small btn-danger"
                onClick={() => void revoke(t)}
                aria-label={`Revoke ${t.name}`}
              >
                Revoke
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="form" onSubmit={(e) => void create(e)}>
        <div className="field">
          <label htmlFor="token-name">Token name</label>
          <input
            id="token-name"
            className="input"
            required
            placeholder="Finance spreadsheet sync"
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        </div>
        <fieldset className="radio-list">
          <legend className="field-label">Access</legend>
          {SCOPES.map((s) => (
            <label key={s.scope} className="radio-option">
              <input
                type="radio"
                name="token-scope"
                checked={scope === s.scope}
                onChange={() => setScope(s.scope)}
              />
              {s.words}
            </label>
          ))}
        </fieldset>
        <div>
          <button type="submit" className="btn" disabled={!name.trim()}>
            Create token
          </button>
        </div>
      </form>
    </section>
  );
}
