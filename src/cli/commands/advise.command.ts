import type { Command } from 'commander';
import {
  ADVICE_QUESTIONS,
  type AdviceAnswers,
  type AdviceQuestion,
  completeAnswers,
  type QuestionId,
  unansweredQuestions,
} from '../../core/advise/advice-questions.js';
import { type Advice, advise } from '../../core/advise/advise.js';
import { suggestionLine } from '../../core/suggest/suggestions-text.js';
import { CliError } from '../cli-error.js';
import type { CliIo } from '../io.js';
import type { CommandContext } from '../main.js';

interface AdviseFlags {
  readonly stage?: string;
  readonly problem?: string;
  readonly reviewMinutes?: string;
  readonly teamSize?: string;
  readonly freelancer?: boolean;
  readonly domain?: string;
  readonly areas?: string;
  readonly objective?: string;
  readonly json?: boolean;
}

const FLAG_OF: Readonly<Record<QuestionId, keyof AdviseFlags>> = {
  stage: 'stage',
  problem: 'problem',
  reviewMinutes: 'reviewMinutes',
  team: 'teamSize',
  domain: 'domain',
  areas: 'areas',
};
const ATTEMPTS = 3;

/**
 * `ratchet advise`: the articles' decision questions (stable or growing? direction or
 * control? how much time? how many people? which area? how many areas?), asked in a
 * terminal or answered by flags, turned into a plan.
 */
export function registerAdviseCommand(program: Command, ctx: CommandContext): void {
  program
    .command('advise')
    .description(
      'Answer a few questions and get a plan: lead with KPIs or OKRs, how many, which cadence, which templates.',
    )
    .option('--stage <stage>', 'is the area stable (monitor it) or growing (change it)? stable|growing|both')
    .option(
      '--problem <problem>',
      '“we don’t know where to go” (direction) or “we don’t see problems early” (control)? direction|control|both',
    )
    .option('--review-minutes <n>', 'minutes a week you can give to reviews')
    .option('--team-size <n>', 'how many people the plan is for')
    .option('--freelancer', 'the plan is for a freelancer working alone (instead of --team-size)')
    .option(
      '--domain <domain>',
      'the area: sales, marketing, support, delivery, finance, people, product, engineering, ecommerce, saas, public-sector, freelancer',
    )
    .option('--areas <n>', 'how many areas you want to improve this quarter')
    .option('--objective <text>', 'an objective in your own words, to pick templates more precisely')
    .option('--json', 'print the advice as JSON')
    .action(async (flags: AdviseFlags) => {
      const answers = await collectAnswers(flags, ctx.io);
      const advice = advise(answers);
      ctx.io.out(flags.json ? `${JSON.stringify(advice, null, 2)}\n` : adviceText(advice));
    });
}

async function collectAnswers(flags: AdviseFlags, io: CliIo): Promise<AdviceAnswers> {
  if (flags.freelancer && flags.teamSize !== undefined && flags.teamSize.trim() !== '1') {
    throw new CliError('Use either --freelancer or --team-size N, not both: a freelancer is a team of one.');
  }
  let answers: Partial<AdviceAnswers> = flags.freelancer ? { teamSize: 1, freelancer: true } : {};
  if (flags.objective?.trim()) answers = { ...answers, objective: flags.objective.trim() };
  for (const question of ADVICE_QUESTIONS) {
    const raw = flags[FLAG_OF[question.id]];
    if (typeof raw !== 'string') continue;
    const reading = question.read(raw);
    if (!reading.ok) throw new CliError(`${question.flag.split(' ')[0]}: ${reading.message}`);
    answers = { ...answers, ...reading.answer, ...(flags.freelancer ? { freelancer: true } : {}) };
  }
  const missing = unansweredQuestions(answers);
  if (missing.length > 0 && !io.ask) {
    throw new CliError(
      `advise needs an answer to every question, and this is not a terminal to ask them in. Missing: ${missing.map((q) => q.flag).join(', ')}.`,
    );
  }
  for (const question of missing) answers = { ...answers, ...(await askUntilRead(question, io)) };
  const complete = completeAnswers(answers);
  if (!complete)
    throw new CliError(
      'advise could not collect every answer; pass them as flags (see `ratchet advise --help`).',
    );
  return complete;
}

async function askUntilRead(question: AdviceQuestion, io: CliIo): Promise<Partial<AdviceAnswers>> {
  const ask = io.ask;
  if (!ask) throw new CliError(`Missing ${question.flag}.`);
  let last = '';
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const reading = question.read(await ask(`${question.prompt} `));
    if (reading.ok) return reading.answer;
    last = reading.message;
    io.err(`${last}\n`);
  }
  throw new CliError(
    `No usable answer after ${ATTEMPTS} tries (${last}) You can also pass ${question.flag}.`,
  );
}

function adviceText(advice: Advice): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const who = advice.solo ? 'on your own' : 'for a team';
  const okrs =
    advice.objectives.recommended === 0
      ? `none yet (at most ${advice.objectives.max} ${who}); write one when a KPI leaves its range`
      : `${plural(advice.objectives.recommended, 'objective')} this quarter (at most ${advice.objectives.max} ${who}), ${advice.keyResultsPerObjective.min}–${advice.keyResultsPerObjective.max} key results each, checked in ${advice.cadence.checkIns}`;
  const lines = [
    advice.headline,
    '',
    'Plan',
    `  KPIs   ${advice.kpis.recommended} (${advice.kpis.min}–${advice.kpis.max} ${who}), reviewed ${advice.cadence.kpiReview}`,
    `  OKRs   ${okrs}`,
    `  Time   about ${advice.cadence.minutesPerWeek} minutes a week, plus 1–2 hours to plan each quarter`,
    '',
    'Why',
    ...advice.reasons.flatMap((r) => [`  - ${r.point}`, `    “${r.quote.text}” — ${r.quote.source}`]),
  ];
  if (advice.warnings.length > 0) lines.push('', 'Watch out', ...advice.warnings.map((w) => `  - ${w}`));
  lines.push('', 'The loop', ...advice.loop.map((step, i) => `  ${i + 1}. ${step}`));
  const { templates } = advice;
  lines.push(
    '',
    'Templates to start from (run `ratchet suggest "<objective>"` for your own objective)',
    '  KPIs to hold:',
    ...templates.kpis.slice(0, advice.kpis.recommended).map((s) => `    - ${suggestionLine(s)}`),
    '  Key results to raise:',
    ...templates.keyResults.slice(0, 3).map((s) => `    - ${s.example ?? s.metric}`),
  );
  return `${lines.join('\n')}\n`;
}
