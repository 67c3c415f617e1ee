import { type FormEvent, useEffect, useState } from 'react';
import { invitationApi } from '../../api/endpoints.js';
import { ApiError } from '../../api/problem.js';
import type { InvitationView } from '../../api/types.js';
import { BrandMark } from '../../components/brand-mark.js';
import { ErrorNotice } from '../../components/error-notice.js';
import { Field } from '../../components/field.js';
import { FormActions } from '../../components/forms/form-actions.js';
import { useSave } from '../../hooks/use-save.js';
import { navigate } from '../../router/history.js';
import { paths } from '../../router/routes.js';
import { useSession } from '../../session/session-context.js';
import { setSessionHint } from '../../session/session-hint.js';
import { useSignInOptions } from '../../session/use-sign-in-options.js';

const MIN_PASSWORD = 10;

/**
 * Accepting an invitation: a name and a password (or the existing account's password), or
 * single sign-on with the invited email when the server has it.
 */
export function InvitePage({ token }: { readonly token: string }) {
  const { signedIn } = useSession();
  const options = useSignInOptions();
  const [view, setView] = useState<InvitationView | null>(null);
  const [closed, setClosed] = useState<unknown>(null);
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const { busy, error, run } = useSave({ keepsBusy: true });

  useEffect(() => {
    invitationApi.view(token).then(setView, setClosed);
  }, [token]);

  async function accept(event: FormEvent) {
    event.preventDefault();
    await run(async () => {
      const accepted = await invitationApi.accept(
        token,
        view?.hasAccount ? { password } : { name: name.trim(), password },
      );
      navigate(paths.dashboard(accepted.workspace.slug), { replace: true });
      await signedIn();
    });
  }

  const fieldError = (path: string) => (error instanceof ApiError ? error.fieldError(path) : undefined);
  return (
    <main className="centered-page" id="main">
      <div className="auth-card stack" style={{ width: 'min(480px, 100%)' }}>
        <div className="auth-brand">
          <BrandMark />
          <span>Ratchet</span>
        </div>
        {closed !== null && (
          <div className="card card-pad-l stack">
            <h1>This invitation cannot be used</h1>
            <ErrorNotice error={closed} />
            <p>
              <a href={paths.signIn()}>Go to sign-in</a>
            </p>
          </div>
        )}
        {view && (
          <form
            className="card card-pad-l form"
            onSubmit={(e) => void accept(e)}
            aria-labelledby="invite-title"
          >
            <div>
              <h1 id="invite-title">Join {view.workspace.name}</h1>
              <p className="muted">
                You are invited as <strong>{view.role}</strong> with {view.email}.
              </p>
            </div>
            {options?.sso && (
              <a
                className="btn btn-primary"
                href={`${options.sso.startUrl}?invitation=${encodeURIComponent(token)}`}
                onClick={() => setSessionHint(true)}
              >
                Join with {options.sso.providerName}
              </a>
            )}
            {error !== null && <ErrorNotice error={error} />}
            {options?.passwordSignIn && (
              <>
                {options.sso && <p className="muted">Or with a password:</p>}
                {!view.hasAccount && (
                  <Field
                    label="Your name"
                    required
                    autoComplete="name"
                    value={name}
                    onChange={(e) => setName(e.target.value)}
                    error={fieldError('name')}
                  />
                )}
                <Field
                  label={view.hasAccount ? 'Your password' : 'Choose a password'}
                  type="password"
                  required
                  minLength={view.hasAccount ? undefined : MIN_PASSWORD}
                  autoComplete={view.hasAccount ? 'current-password' : 'new-password'}
                  hint={
                    view.hasAccount
                      ? 'You already have an account with this email.'
                      : `At least ${MIN_PASSWORD} characters.`
                  }
                  value={password}
                  onChange={(e) => setPassword(e.target.value)}
                  error={fieldError('password')}
                />
                <FormActions
                  busy={busy}
                  wide
                  primary={false}
                  label={`Join ${view.workspace.name}`}
                  busyLabel="Joining…"
                />
              </>
            )}
          </form>
        )}
      </div>
    </main>
  );
}
