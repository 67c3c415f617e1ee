import { type FormEvent, useState } from 'react';
import { setupApi } from '../../api/endpoints.js';
import { ApiError } from '../../api/problem.js';
import { BrandMark } from '../../components/brand-mark.js';
import { ErrorNotice } from '../../components/error-notice.js';
import { Field } from '../../components/field.js';
import { CurrencySelect } from '../../components/forms/currency-select.js';
import { FormActions } from '../../components/forms/form-actions.js';
import { browserLocale, currencyForLocale } from '../../components/forms/region-options.js';
import { useSave } from '../../hooks/use-save.js';
import { navigate } from '../../router/history.js';
import { paths } from '../../router/routes.js';
import { useSession } from '../../session/session-context.js';

const MIN_PASSWORD = 10;

/** First run: one form creates the workspace and its first admin, then signs them in. */
export function SetupPage() {
  const { signedIn } = useSession();
  const [workspaceName, setWorkspaceName] = useState('');
  const [freelancer, setFreelancer] = useState(false);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [locale, setLocale] = useState(browserLocale);
  const [currency, setCurrency] = useState(() => currencyForLocale(browserLocale()));
  const { busy, error, run } = useSave({ keepsBusy: true });
  const fieldError = (path: string) => (error instanceof ApiError ? error.fieldError(path) : undefined);

  async function submit(event: FormEvent) {
    event.preventDefault();
    await run(async () => {
      const created = await setupApi.create({
        workspaceName: workspaceName.trim(),
        freelancer,
        name: name.trim(),
        email: email.trim(),
        password,
        locale: locale.trim() || undefined,
        currency,
      });
      // A freelancer starts with the advice questionnaire (issue 6, freelancer mode); a team
      // lands on its dashboard, whose empty states offer the same questions.
      if (freelancer)
        navigate(`${paths.setup()}?next=${encodeURIComponent(paths.start(created.workspace.slug))}`, {
          replace: true,
        });
      await signedIn();
    });
  }

  return (
    <main className="centered-page" id="main">
      <div className="auth-card stack" style={{ width: 'min(520px, 100%)' }}>
        <div className="auth-brand">
          <BrandMark />
          <span>Ratchet</span>
        </div>
        <form className="card card-pad-l form" onSubmit={(e) => void submit(e)} aria-labelledby="setup-title">
          <div>
            <h1 id="setup-title">Set up Ratchet</h1>
            <p className="muted">
              Create your workspace and the first admin account. KPIs will hold the floor; OKRs will raise it.
            </p>
          </div>
          {error !== null && <ErrorNotice error={error} />}
          <Field
            label="Workspace name"
            required
            placeholder="Acme Support"
            value={workspaceName}
            onChange={(e) => setWorkspaceName(e.target.value)}
            error={fieldError('workspaceName')}
          />
          <fieldset className="choice-group">
            <legend className="field-label" style={{ marginBottom: 6 }}>
              Who is it for?
            </legend>
            <label className="choice">
              <input type="radio" name="kind" checked={!freelancer} onChange={() => setFreelancer(false)} />
              <span>
                <strong>A team</strong>
                <br />
                <span className="muted small">Teams, owners, check-ins and alignment.</span>
              </span>
            </label>
            <label className="choice">
              <input type="radio" name="kind" checked={freelancer} onChange={() => setFreelancer(true)} />
              <span>
                <strong>Just me</strong>
                <br />
                <span className="muted small">A freelancer: a few personal KPIs and one OKR.</span>
              </span>
            </label>
          </fieldset>
          <div className="form-row">
            <Field
              label="Locale"
              value={locale}
              onChange={(e) => setLocale(e.target.value)}
              hint="Numbers and dates, e.g. en-GB or de-DE."
              error={fieldError('locale')}
            />
            <CurrencySelect value={currency} onChange={setCurrency} />
          </div>
          <Field
            label="Your name"
            required
            autoComplete="name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            error={fieldError('name')}
          />
          <Field
            label="Email"
            type="email"
            required
            autoComplete="username"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={fieldError('email')}
          />
          <Field
            label="Password"
            type="password"
            required
            minLength={MIN_PASSWORD}
            autoComplete="new-password"
            hint={`At least ${MIN_PASSWORD} characters.`}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={fieldError('password')}
          />
          <FormActions busy={busy} wide label="Create workspace" busyLabel="Creating…" />
        </form>
      </div>
    </main>
  );
}
