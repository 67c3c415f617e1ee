import type { DomainId } from '../suggest/metric-template.js';
import { resolveDomain } from '../suggest/resolve-domain.js';
import { DOMAIN_IDS } from '../suggest/templates/index.js';

/**
 * The articles' decision questions as data: what `ratchet advise` asks in a terminal and
 * what its flags answer. Each question reads a raw answer into typed data or a message
 * that says how to answer; nothing here throws.
 */

export type Stage = 'stable' | 'growing' | 'both';
export type Problem = 'direction' | 'control' | 'both';

export interface AdviceAnswers {
  readonly stage: Stage;
  readonly problem: Problem;
  readonly reviewMinutesPerWeek: number;
  /** People the plan is for: 1 for a freelancer or a person planning alone. */
  readonly teamSize: number;
  readonly freelancer: boolean;
  readonly domain: DomainId;
  readonly areasToImprove: number;
  /** Optional objective in the user's words, to pick templates more precisely. */
  readonly objective?: string;
}

export type AnswerReading =
  | { readonly ok: true; readonly answer: Partial<AdviceAnswers> }
  | { readonly ok: false; readonly message: string };

export type QuestionId = 'stage' | 'problem' | 'reviewMinutes' | 'team' | 'domain' | 'areas';

export interface AdviceQuestion {
  readonly id: QuestionId;
  /** How the question is answered on the command line. */
  readonly flag: string;
  readonly prompt: string;
  readonly read: (raw: string) => AnswerReading;
  readonly isAnswered: (answers: Partial<AdviceAnswers>) => boolean;
}

const ok = (answer: Partial<AdviceAnswers>): AnswerReading => ({ ok: true, answer });
const fail = (message: string): AnswerReading => ({ ok: false, message });
const words = (raw: string) => raw.trim().toLowerCase();

const STAGES: Readonly<Record<string, Stage>> = {
  stable: 'stable',
  monitor: 'stable',
  maintain: 'stable',
  monitoring: 'stable',
  growing: 'growing',
  growth: 'growing',
  grow: 'growing',
  change: 'growing',
  improve: 'growing',
  both: 'both',
};
const PROBLEMS: Readonly<Record<string, Problem>> = {
  direction: 'direction',
  'where to go': 'direction',
  control: 'control',
  'see problems early': 'control',
  visibility: 'control',
  both: 'both',
};

function readCount(raw: string, what: string, max: number): number | string {
  const text = words(raw);
  if (!/^\d+$/.test(text)) return `${what} must be a whole number, e.g. 2 (got “${raw.trim()}”).`;
  const value = Number(text);
  return value > max ? `${what} must be at most ${max} (got ${value}).` : value;
}

/** "30", "30 min", "1 h", "1.5 hours" → minutes. */
function readMinutes(raw: string): number | string {
  const match = /^(\d+(?:\.\d+)?)\s*(m|min|mins|minutes?|h|hrs?|hours?)?$/.exec(words(raw));
  if (!match) return `Review time must be minutes a week, e.g. 30 or “1 h” (got “${raw.trim()}”).`;
  const amount = Number(match[1]);
  const minutes = Math.round(match[2]?.startsWith('h') ? amount * 60 : amount);
  return minutes > 10_080 ? 'Review time cannot exceed a week (10080 minutes).' : minutes;
}

export const ADVICE_QUESTIONS: readonly AdviceQuestion[] = [
  {
    id: 'stage',
    flag: '--stage stable|growing|both',
    prompt:
      'Is this area stable and needs monitoring, or do you need to change it? (stable / growing / both)',
    read: (raw) => {
      const stage = STAGES[words(raw)];
      return stage ? ok({ stage }) : fail(`Answer stable, growing or both (got “${raw.trim()}”).`);
    },
    isAnswered: (answers) => answers.stage !== undefined,
  },
  {
    id: 'problem',
    flag: '--problem direction|control|both',
    prompt:
      'Is your problem “we don’t know where to go” (direction) or “we don’t see problems early” (control)? (direction / control / both)',
    read: (raw) => {
      const problem = PROBLEMS[words(raw)];
      return problem ? ok({ problem }) : fail(`Answer direction, control or both (got “${raw.trim()}”).`);
    },
    isAnswered: (answers) => answers.problem !== undefined,
  },
  {
    id: 'reviewMinutes',
    flag: '--review-minutes N',
    prompt: 'How many minutes a week can you give to reviews? (e.g. 30)',
    read: (raw) => {
      const minutes = readMinutes(raw);
      return typeof minutes === 'number' ? ok({ reviewMinutesPerWeek: minutes }) : fail(minutes);
    },
    isAnswered: (answers) => answers.reviewMinutesPerWeek !== undefined,
  },
  {
    id: 'team',
    flag: '--team-size N | --freelancer',
    prompt: 'How many people is this for? (a number, or “freelancer” if you work for yourself)',
    read: (raw) => {
      if (['freelancer', 'freelance', 'solo', 'me', 'just me'].includes(words(raw))) {
        return ok({ teamSize: 1, freelancer: true });
      }
      const size = readCount(raw, 'Team size', 100_000);
      if (typeof size === 'string') return fail(`${size} Or answer “freelancer”.`);
      return size < 1 ? fail('Team size must be at least 1.') : ok({ teamSize: size, freelancer: false });
    },
    isAnswered: (answers) => answers.teamSize !== undefined,
  },
  {
    id: 'domain',
    flag: '--domain <domain>',
    prompt: `Which area is this? (${DOMAIN_IDS.join(', ')})`,
    read: (raw) => {
      const domain = resolveDomain(raw);
      return domain
        ? ok({ domain })
        : fail(`Unknown area “${raw.trim()}”: choose one of ${DOMAIN_IDS.join(', ')}.`);
    },
    isAnswered: (answers) => answers.domain !== undefined,
  },
  {
    id: 'areas',
    flag: '--areas N',
    prompt: 'How many areas do you want to improve this quarter? (0 if none)',
    read: (raw) => {
      const areas = readCount(raw, 'The number of areas', 100);
      return typeof areas === 'number' ? ok({ areasToImprove: areas }) : fail(areas);
    },
    isAnswered: (answers) => answers.areasToImprove !== undefined,
  },
];

/** The questions still without an answer, in asking order. */
export function unansweredQuestions(answers: Partial<AdviceAnswers>): readonly AdviceQuestion[] {
  return ADVICE_QUESTIONS.filter((question) => !question.isAnswered(answers));
}

/** All answers, or undefined while any question is unanswered. */
export function completeAnswers(answers: Partial<AdviceAnswers>): AdviceAnswers | undefined {
  const { stage, problem, reviewMinutesPerWeek, teamSize, domain, areasToImprove } = answers;
  if (
    stage === undefined ||
    problem === undefined ||
    reviewMinutesPerWeek === undefined ||
    teamSize === undefined ||
    domain === undefined ||
    areasToImprove === undefined
  ) {
    return undefined;
  }
  return {
    stage,
    problem,
    reviewMinutesPerWeek,
    teamSize,
    freelancer: answers.freelancer ?? false,
    domain,
    areasToImprove,
    ...(answers.objective ? { objective: answers.objective } : {}),
  };
}
