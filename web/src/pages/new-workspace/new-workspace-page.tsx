import { type FormEvent, useState } from 'react';
import { accountApi } from '../../api/endpoints.js';
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

/** Another workspace for the signed-in person, who becomes its owner. */
export function NewWorkspacePage({ back }: { readonly back: string | null }) {
  const { refresh } = useSession();
  const [name, setName] = useState('');
  const [freelancer, setFreelancer] = useState(false);
  const [currency, setCurrency] = useState(() => currencyForLocale(browserLocale()));
  const { busy, error, run } = useSave({ keepsBusy: true });

  async function submit(event: FormEvent) {
    event.preventDefault();
    await run(async () => {
      const created = await accountApi.createWorkspace({
        name: name.trim(),
        freelancer,
        locale: browserLocale(),
        currency,
      });
      await refresh();
      navigate(freelancer ? paths.start(created.slug) : paths.dashboard(created.slug));
    });
  }

  return (
    <main className="centered-page" id="main">
      <div className="auth-card stack" style={{ width: 'min(520px, 100%)' }}>
        <div className="auth-brand">
          <BrandMark />
          <span>Ratchet</span>
        </div>
        <form
          className="card card-pad-l form"
          onSubmit={(e) => void submit(e)}
          aria-labelledby="new-ws-title"
        >
          <div>
            <h1 id="new-ws-title">New workspace</h1>
            <p className="muted">You will be its owner and can invite others from its settings.</p>
          </div>
          {error !== null && <ErrorNotice error={error} />}
          <Field
            label="Workspace name"
            required
            placeholder="Acme Marketing"
            value={name}
            onChange={(e) => setName(e.target.value)}
            error={error instanceof ApiError ? error.fieldError('name') : undefined}
          />
          <fieldset className="choice-group">
            <legend className="field-label" style={{ marginBottom: 6 }}>
              Who is it for?
            </legend>
            <label className="choice">
              <input type="radio" name="kind" checked={!freelancer} onChange={() => setFreelancer(false)} />
              <span>
                <strong>A team</strong>
              </span>
            </label>
            <label className="choice">
              <input type="radio" name="kind" checked={freelancer} onChange={() => setFreelancer(true)} />
              <span>
                <strong>Just me</strong>
              </span>
            </label>
          </fieldset>
          <CurrencySelect value={currency} onChange={setCurrency} />
          <FormActions
            busy={busy}
            primary={false}
            disabled={!name.trim()}
            label="Create workspace"
            busyLabel="Creating…"
            onCancel={back ? () => navigate(back) : null}
          />
        </form>
      </div>
    </main>
  );
}
