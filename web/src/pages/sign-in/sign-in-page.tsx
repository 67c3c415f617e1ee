import { type FormEvent, useState } from 'react';
import { authApi } from '../../api/endpoints.js';
import { BrandMark } from '../../components/brand-mark.js';
import { ErrorNotice } from '../../components/error-notice.js';
import { Field } from '../../components/field.js';
import { FormActions } from '../../components/forms/form-actions.js';
import { useSave } from '../../hooks/use-save.js';
import { useSession } from '../../session/session-context.js';
import { setSessionHint } from '../../session/session-hint.js';
import { useSignInOptions } from '../../session/use-sign-in-options.js';

export function SignInPage() {
  const { signedIn } = useSession();
  const options = useSignInOptions();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { busy, error, run } = useSave({ keepsBusy: true });

  async function submit(event: FormEvent) {
    event.preventDefault();
    await run(async () => {
      await authApi.signIn(email.trim(), password);
      await signedIn();
    });
  }

  return (
    <main className="centered-page" id="main">
      <div className="auth-card stack">
        <div className="auth-brand">
          <BrandMark />
          <span>Ratchet</span>
        </div>
        <div className="card card-pad-l form">
          <div>
            <h1 id="sign-in-title">Sign in</h1>
            <p className="muted">KPIs hold the floor, OKRs raise it.</p>
          </div>
          {options?.sso && (
            // The session comes back with the provider's redirect: tell the app to ask for it.
            <a className="btn btn-primary" href={options.sso.startUrl} onClick={() => setSessionHint(true)}>
              Sign in with {options.sso.providerName}
            </a>
          )}
          {options?.passwordSignIn && (
            <form className="form" onSubmit={(e) => void submit(e)} aria-labelledby="sign-in-title">
              {options.sso && <p className="muted">Or with your email and password:</p>}
              {error !== null && <ErrorNotice error={error} />}
              <Field
                label="Email"
                type="email"
                autoComplete="username"
                required
                value={email}
                onChange={(e) => setEmail(e.target.value)}
              />
              <Field
                label="Password"
                type="password"
                autoComplete="current-password"
                required
                value={password}
                onChange={(e) => setPassword(e.target.value)}
              />
              <FormActions busy={busy} wide primary={!options.sso} label="Sign in" busyLabel="Signing in…" />
            </form>
          )}
        </div>
      </div>
    </main>
  );
}
