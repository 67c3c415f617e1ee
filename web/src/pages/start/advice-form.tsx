import { type FormEvent, useState } from 'react';
import { TEMPLATE_LIBRARY } from '../../../../src/core/suggest/templates/index.js';
import { Field } from '../../components/field.js';
import { type AdviceReading, type AdviceForm as Form, readAdviceForm } from './advice-answers.js';
import { ChoiceQuestion } from './choice-question.js';

const STAGES = [
  { value: 'stable', label: 'Stable', hint: 'Income is predictable, clients are happy: keep it that way.' },
  { value: 'growing', label: 'Growing or changing', hint: 'You want to expand or change something.' },
  { value: 'both', label: 'Some of each', hint: 'Parts are steady, parts need to change.' },
];
const PROBLEMS = [
  { value: 'direction', label: 'Direction', hint: '“We don’t know where to go.”' },
  { value: 'control', label: 'Control', hint: '“We don’t see problems early enough.”' },
  { value: 'both', label: 'Both', hint: 'A bit of each.' },
];

/**
 * The articles' decision questions (src/core/advise), one screen, keyboard-first. The
 * answers are read by the same readers as `ratchet advise`.
 */
export function AdviceForm(props: {
  readonly freelancer: boolean;
  readonly initial: Form;
  readonly onPlan: (reading: Extract<AdviceReading, { ok: true }>, typed: Form) => void;
}) {
  const [form, setForm] = useState(props.initial);
  const [errors, setErrors] = useState<Partial<Record<keyof Form, string>>>({});
  const set = (key: keyof Form) => (value: string) => setForm((f) => ({ ...f, [key]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const reading = readAdviceForm(form);
    if (reading.ok) {
      setErrors({});
      props.onPlan(reading, form);
    } else {
      setErrors(reading.errors);
    }
  }

  return (
    <form
      className="card card-pad-l form advice-form"
      onSubmit={submit}
      aria-labelledby="questions-title"
      noValidate
    >
      <h2 id="questions-title">{props.freelancer ? 'Five questions' : 'Six questions'}</h2>
      <ChoiceQuestion
        name="stage"
        legend="Is your work stable, or do you need to change it?"
        value={form.stage}
        options={STAGES}
        error={errors.stage}
        onChange={set('stage')}
      />
      <ChoiceQuestion
        name="problem"
        legend="What is the bigger problem?"
        value={form.problem}
        options={PROBLEMS}
        error={errors.problem}
        onChange={set('problem')}
      />
      <div className="form-row">
        <Field
          label="Minutes a week for reviews"
          inputMode="numeric"
          value={form.reviewMinutes}
          onChange={(e) => set('reviewMinutes')(e.target.value)}
          hint="e.g. 15, 30 or “1 h”"
          error={errors.reviewMinutes}
        />
        <Field
          label="Areas to improve this quarter"
          inputMode="numeric"
          value={form.areas}
          onChange={(e) => set('areas')(e.target.value)}
          hint="0 if everything just needs to hold"
          error={errors.areas}
        />
      </div>
      <div className="form-row">
        {!props.freelancer && (
          <Field
            label="People in the team"
            inputMode="numeric"
            value={form.team}
            onChange={(e) => set('team')(e.target.value)}
            error={errors.team}
          />
        )}
        <div className="field">
          <label htmlFor="advice-domain">Area of work</label>
          <select
            id="advice-domain"
            className="select"
            value={form.domain}
            aria-invalid={errors.domain ? true : undefined}
            aria-describedby={errors.domain ? 'advice-domain-error' : undefined}
            onChange={(e) => set('domain')(e.target.value)}
          >
            <option value="">Choose…</option>
            {TEMPLATE_LIBRARY.map((d) => (
              <option key={d.id} value={d.id}>
                {d.label}
              </option>
            ))}
          </select>
          {errors.domain && (
            <span id="advice-domain-error" className="field-error">
              {errors.domain}
            </span>
          )}
        </div>
      </div>
      <Field
        label="What do you want to achieve? (optional)"
        value={form.objective}
        onChange={(e) => set('objective')(e.target.value)}
        placeholder={
          props.freelancer ? 'A steadier income from fewer, better clients' : 'Answer customers faster'
        }
        hint="In your own words; it picks the metrics to suggest."
      />
      <div>
        <button type="submit" className="btn btn-primary">
          Show my plan
        </button>
      </div>
    </form>
  );
}
