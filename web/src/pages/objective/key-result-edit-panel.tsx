import { type FormEvent, useState } from 'react';
import { followedKrTitle } from '../../../../src/core/okr/kr-title.js';
import type { KeyResultEdit } from '../../api/endpoints.js';
import type { KeyResult, Kpi } from '../../api/types.js';
import { ErrorNotice } from '../../components/error-notice.js';
import { Field } from '../../components/field.js';
import { FormActions } from '../../components/forms/form-actions.js';
import { OwnerSelect } from '../../components/forms/owner-team-select.js';
import { InlinePanel } from '../../components/inline-panel.js';
import { SelectField } from '../../components/select-field.js';
import type { Directory } from '../../hooks/use-directory.js';
import { useSave } from '../../hooks/use-save.js';
import { useWorkspace } from '../../session/workspace-context.js';
import { numberText, optionalNumber } from '../quick-add/number-input.js';

const given = <T,>(v: T | null | undefined): T | undefined => (v === null ? undefined : v);

/**
 * A key result edited in place (issue 9, "Edit everything in place"): title, owner,
 * weight, linked KPI, baseline and target. Moving the numbers asks for a reason, and a
 * title Ratchet wrote from the numbers follows them (the rule is the core's, shown here
 * before saving and applied by the server).
 */
export function KeyResultEditPanel({
  kr,
  kpis,
  directory,
  onSaved,
  onClose,
}: {
  readonly kr: KeyResult;
  readonly kpis: readonly Kpi[];
  readonly directory: Directory | undefined;
  readonly onSaved: () => void;
  readonly onClose: () => void;
}) {
  const { api, fmt } = useWorkspace();
  const [title, setTitle] = useState(kr.title);
  const [owner, setOwner] = useState(kr.owner ?? '');
  const [weight, setWeight] = useState(numberText(kr.weight));
  const [kpi, setKpi] = useState(kr.kpi ?? '');
  const [baseline, setBaseline] = useState(numberText(kr.baseline));
  const [target, setTarget] = useState(numberText(kr.target));
  const [reason, setReason] = useState('');
  // The version read when the panel opened: a live refresh must not hide someone else's change.
  const [version] = useState(kr.version);
  const { busy, error, run } = useSave();

  const nextBaseline = optionalNumber(baseline, fmt.locale);
  const nextTarget = optionalNumber(target, fmt.locale);
  const nextWeight = optionalNumber(weight, fmt.locale);
  const invalid = nextBaseline === null || nextTarget === null || nextWeight === null || nextWeight === 0;
  const numbersMove = !invalid && (nextBaseline !== given(kr.baseline) || nextTarget !== given(kr.target));
  const needsReason = numbersMove && kr.target != null;
  const titleEdited = title.trim() !== kr.title;
  const format = { locale: fmt.locale, currency: fmt.currency };
  const followed =
    numbersMove && !titleEdited
      ? followedKrTitle(
          kr.title,
          { baseline: given(kr.baseline), target: given(kr.target), unit: given(kr.unit) },
          { baseline: nextBaseline ?? undefined, target: nextTarget ?? undefined, unit: given(kr.unit) },
          format,
        )
      : kr.title;

  async function save(event: FormEvent) {
    event.preventDefault();
    if (invalid) return;
    const patch: KeyResultEdit = {
      version,
      ...(titleEdited && { title: title.trim() }),
      ...(owner !== (kr.owner ?? '') && { owner: owner || null }),
      ...(nextWeight !== undefined && nextWeight !== kr.weight && { weight: nextWeight }),
      ...(kpi !== (kr.kpi ?? '') && { kpi: kpi || null }),
      ...(nextBaseline !== given(kr.baseline) && { baseline: nextBaseline ?? null }),
      ...(nextTarget !== given(kr.target) && { target: nextTarget ?? null }),
      ...(numbersMove && reason.trim() && { reason: reason.trim() }),
    };
    await run(async () => {
      await api.editKeyResult(kr.id, patch);
      onSaved();
      onClose();
    });
  }

  const unit = kr.unit ? ` (${kr.unit})` : '';
  return (
    <InlinePanel label={`Edit ${kr.title}`} onClose={onClose} className="inline-panel">
      <form className="form" onSubmit={(e) => void save(e)}>
        {error !== null && <ErrorNotice error={error} />}
        <Field label="Title" required value={title} onChange={(e) => setTitle(e.target.value)} />
        {followed !== kr.title && (
          <p className="muted small" role="status">
            The title was written from the numbers, so it becomes “{followed}”.
          </p>
        )}
        <div className="form-row">
          <OwnerSelect directory={directory} value={owner} onChange={setOwner} />
          <Field
            label="Weight"
            inputMode="decimal"
            value={weight}
            hint="How much it counts in the objective's progress"
            onChange={(e) => setWeight(e.target.value)}
          />
        </div>
        <SelectField
          label="Linked KPI"
          value={kpi}
          none="Not linked"
          options={kpis.map((k) => ({ value: k.id, label: k.name }))}
          onChange={setKpi}
        />
        {!kr.milestone && (
          <div className="form-row">
            <Field
              label={`Baseline${unit}`}
              inputMode="decimal"
              value={baseline}
              onChange={(e) => setBaseline(e.target.value)}
            />
            <Field
              label={`Target${unit}`}
              inputMode="decimal"
              value={target}
              onChange={(e) => setTarget(e.target.value)}
            />
          </div>
        )}
        {invalid && (
          <p className="field-error" role="alert">
            Write each number as a number, e.g. {fmt.number(4.5)}; a weight above 0.
          </p>
        )}
        {numbersMove && (
          <Field
            label="Why the numbers move"
            required={needsReason}
            value={reason}
            hint="Kept in the history, so later readers know why the goal changed."
            onChange={(e) => setReason(e.target.value)}
          />
        )}
        <FormActions
          busy={busy}
          small
          disabled={invalid || !title.trim() || (needsReason && !reason.trim())}
          onCancel={onClose}
        />
      </form>
    </InlinePanel>
  );
}
