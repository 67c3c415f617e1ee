import {
  ADVICE_QUESTIONS,
  type AdviceAnswers,
  completeAnswers,
  type QuestionId,
} from '../../../../src/core/advise/advice-questions.js';

/**
 * The questionnaire's form as typed text, read by the same question readers `ratchet
 * advise` uses in a terminal, so the web and the CLI accept and refuse the same answers
 * with the same words.
 */
export type AdviceForm = Readonly<Record<QuestionId, string>> & { readonly objective: string };

export type AdviceReading =
  | { readonly ok: true; readonly answers: AdviceAnswers }
  | { readonly ok: false; readonly errors: Partial<Record<QuestionId, string>> };

export function emptyAdviceForm(freelancer: boolean): AdviceForm {
  return {
    stage: '',
    problem: '',
    reviewMinutes: freelancer ? '15' : '30',
    team: freelancer ? 'freelancer' : '',
    domain: freelancer ? 'freelancer' : '',
    areas: '1',
    objective: '',
  };
}

export function readAdviceForm(form: AdviceForm): AdviceReading {
  let answers: Partial<AdviceAnswers> = {};
  const errors: Partial<Record<QuestionId, string>> = {};
  for (const question of ADVICE_QUESTIONS) {
    const raw = form[question.id];
    if (!raw.trim()) {
      errors[question.id] = 'Answer this one to get a plan.';
      continue;
    }
    const reading = question.read(raw);
    if (reading.ok) answers = { ...answers, ...reading.answer };
    else errors[question.id] = reading.message;
  }
  const objective = form.objective.trim();
  const complete = completeAnswers(objective ? { ...answers, objective } : answers);
  return complete && Object.keys(errors).length === 0
    ? { ok: true, answers: complete }
    : { ok: false, errors };
}
