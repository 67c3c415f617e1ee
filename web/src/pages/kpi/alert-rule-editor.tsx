import { type FormEvent, useState } from 'react';
import { type KpiAlerts, notifyApi } from '../../api/notify-endpoints.js';
import { ApiError } from '../../api/problem.js';
import type { Cadence } from '../../api/types.js';
import { ErrorNotice } from '../../components/error-notice.js';
import { Field } from '../../components/field.js';
import { FormActions } from '../../components/forms/form-actions.js';
import { InlinePanel } from '../../components/inline-panel.js';
import { useSave } from '../../hooks/use-save.js';
import { useWorkspace } from '../../session/workspace-context.js';
import { defaultForWords } from './alert-rule-text.js';

/**
 * Edits a KPI's own alert timing: how long values stay out of range before it fires
 * (`for`) and how often a firing alert is told again. An empty field takes the default;
 * the API checks the words and names the field it refuses.
 */
export function AlertRuleEditor({
  kpi,
  cadence,
  alerts,
  onSaved,
  onClose,
}: {
  readonly kpi: string;
  readonly cadence: Cadence;
  readonly alerts: KpiAlerts;
  readonly onSaved: () => void;
  readonly onClose: () => void;
}) {
  const { ws } = useWorkspace();
  const [alertFor, setAlertFor] = useState(alerts.for ?? '');
  const [repeat, setRepeat] = useState(alerts.ownRepeat ?? '');
  const { busy, error, run } = useSave();
  const fieldError = (path: string) => (error instanceof ApiError ? error.fieldError(path) : undefined);
  // Without an own interval the KPI follows the workspace's (which may be none); with one,
  // the workspace's is not in the answer.
  const workspaceDefault =
    alerts.ownRepeat === null
      ? `the workspace’s default (${alerts.repeat ?? 'no repeat'})`
      : 'the workspace’s default';

  async function save(event: FormEvent) {
    event.preventDefault();
    await run(async () => {
      await notifyApi(ws).setAlertRule(kpi, { for: alertFor.trim() || null, repeat: repeat.trim() || null });
      onSaved();
      onClose();
    });
  }

  return (
    <InlinePanel label="Alert timing" onClose={onClose}>
      <form className="form" onSubmit={(e) => void save(e)}>
        {error !== null && <ErrorNotice error={error} />}
        <div className="form-row">
          <Field
            label="Fire after"
            placeholder="one cadence period"
            hint={`A number of points or a duration: "3 points", "36h", "2 days", "1w". Empty: ${defaultForWords(cadence)}.`}
            maxLength={50}
            value={alertFor}
            error={fieldError('for')}
            onChange={(e) => setAlertFor(e.target.value)}
          />
          <Field
            label="Repeat every"
            placeholder="the workspace’s default"
            hint={`A duration of at least 5 minutes: "4h", "1 day". Empty: ${workspaceDefault}.`}
            maxLength={50}
            value={repeat}
            error={fieldError('repeat')}
            onChange={(e) => setRepeat(e.target.value)}
          />
        </div>
        <FormActions busy={busy} small label="Save" onCancel={onClose} />
      </form>
    </InlinePanel>
  );
}
