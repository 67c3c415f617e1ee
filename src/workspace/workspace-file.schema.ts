import * as z from 'zod';
import { parseAlertFor, parseAlertRepeat } from '../core/alert/alert-for.js';
import { CADENCES } from '../core/model.js';
import { parseInstant, startOfDate } from '../core/time.js';

/**
 * The shape of a workspace file, version 1 (docs/workspace-file.md).
 *
 * This checks each value on its own: types, enums, real dates, ranges of single
 * numbers. Everything that relates two values (references, unique ids, min ≤ max)
 * lives in `workspace-rules.ts`, which also runs when this schema fails, so the user
 * sees every problem at once. Objects are strict: an unknown key is a typo until
 * proven otherwise.
 */

export const SUPPORTED_VERSION = 1;

const text = z.string().min(1, { error: 'must not be empty' });
const id = text;

const isoDate = z.string().refine((value) => startOfDate(value) !== undefined, {
  error: (issue) => describeBadDate(String(issue.input), false),
});

const instant = z.string().refine((value) => parseInstant(value) !== undefined, {
  error: (issue) => describeBadDate(String(issue.input), true),
});

function describeBadDate(value: string, timeAllowed: boolean): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return `${JSON.stringify(value)} is not a real date`;
  if (timeAllowed && /^\d{4}-\d{2}-\d{2}T[^+Z-]*$/.test(value)) {
    return `${JSON.stringify(value)} has no UTC offset; add Z or an offset such as +01:00`;
  }
  const example = timeAllowed
    ? 'a date like 2026-01-05 or a datetime with offset like 2026-01-05T09:30:00+01:00'
    : 'a date like 2026-01-05';
  return `expected ${example}, got ${JSON.stringify(value)}`;
}

const range = z.strictObject({
  min: z.number().optional(),
  max: z.number().optional(),
});

const person = z.strictObject({ id, name: text, email: text.optional(), left: isoDate.optional() });

const team = z.strictObject({ id, name: text, parent: id.optional() });

const cycle = z.strictObject({ id, start: isoDate, end: isoDate });

const dataPoint = z.strictObject({
  at: instant,
  value: z.number(),
  note: z.string().optional(),
  source: z.enum(['manual', 'import', 'api', 'formula', 'pull', 'check-in']).optional(),
});

const thresholdChange = z.strictObject({
  at: instant,
  from: range,
  to: range,
  keyResult: id.optional(),
  reason: z.string().optional(),
});

const schedule = text;

const httpSource = z.strictObject({
  kind: z.literal('http'),
  url: text,
  value: text,
  at: text.optional(),
  headers: z.record(z.string(), z.string()).optional(),
  schedule: schedule.optional(),
});

const sqlSource = z.strictObject({
  kind: z.literal('sql'),
  connection: text,
  query: text,
  schedule: schedule.optional(),
});

const formulaSource = z.strictObject({ kind: z.literal('formula'), expression: text });

/** Checked further (JSONata, cron, formula references) in source-rules.ts. */
export const kpiSourceSchema = z.discriminatedUnion('kind', [httpSource, sqlSource, formulaSource], {
  error: (issue) => {
    const input = issue.input as { kind?: unknown } | undefined;
    const kind = input !== null && typeof input === 'object' ? input.kind : input;
    return kind === undefined
      ? 'missing kind; a source is kind: http, sql or formula'
      : `a source has kind http, sql or formula, not ${JSON.stringify(kind)}`;
  },
});

/** Read by the one rule in core/alert: the message says what is accepted. */
const alertFor = z.string().refine((value) => 'value' in parseAlertFor(value), {
  error: (issue) => errorOf(parseAlertFor(String(issue.input))),
});

const alertRepeat = z.string().refine((value) => 'value' in parseAlertRepeat(value), {
  error: (issue) => errorOf(parseAlertRepeat(String(issue.input))),
});

function errorOf(reading: { value: unknown } | { error: string }): string {
  return 'error' in reading ? reading.error : '';
}

const kpiAlert = z.strictObject({ for: alertFor.optional(), repeat: alertRepeat.optional() });

const kpi = z.strictObject({
  id,
  name: text,
  unit: text.optional(),
  owner: id.optional(),
  team: id.optional(),
  cadence: z.enum(CADENCES as [string, ...string[]]),
  healthy: range.optional(),
  warning: range.optional(),
  points: z.array(dataPoint).optional(),
  thresholdHistory: z.array(thresholdChange).optional(),
  source: kpiSourceSchema.optional(),
  alert: kpiAlert.optional(),
});

const decision = z.strictObject({
  kpi: id,
  at: instant,
  by: id,
  text,
  objective: id.optional(),
});

const checkIn = z.strictObject({
  at: instant,
  value: z.number(),
  confidence: z
    .number()
    .min(0, { error: 'confidence is between 0 and 1 (0.7 means 70% sure)' })
    .max(1, { error: 'confidence is between 0 and 1 (0.7 means 70% sure)' })
    .optional(),
  note: z.string().optional(),
  blockers: z.string().optional(),
});

const keyResult = z.strictObject({
  id,
  title: text,
  owner: id.optional(),
  baseline: z.number().optional(),
  target: z.number().optional(),
  unit: text.optional(),
  weight: z.number().positive({ error: 'weight must be greater than 0' }).optional(),
  kpi: id.optional(),
  milestone: z.boolean().optional(),
  done: z.boolean().optional(),
  checkIns: z.array(checkIn).optional(),
});

const objective = z.strictObject({
  id,
  title: text,
  owner: id.optional(),
  team: id.optional(),
  cycle: id,
  type: z.enum(['aspirational', 'committed']).optional(),
  /** The one objective this supports; `parents` when it supports several (not both). */
  parent: id.optional(),
  parents: z.array(id).optional(),
  guardrails: z.array(id).optional(),
  keyResults: z.array(keyResult),
});

const initiative = z.strictObject({
  id,
  title: text,
  owner: id.optional(),
  keyResults: z.array(id),
  status: z.enum(['planned', 'in_progress', 'done', 'blocked']),
  due: isoDate.optional(),
});

export const workspaceFileSchema = z.strictObject({
  version: z.literal(SUPPORTED_VERSION),
  workspace: text,
  freelancer: z.boolean().optional(),
  locale: z
    .string()
    .refine(isKnownLocale, {
      error: (issue) => `${JSON.stringify(issue.input)} is not a BCP 47 locale like en-GB`,
    })
    .optional(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, { error: 'expected a three-letter ISO 4217 code in capitals, like EUR or USD' })
    .optional(),
  alert: z.strictObject({ repeat: alertRepeat.optional() }).optional(),
  people: z.array(person).optional(),
  teams: z.array(team).optional(),
  cycles: z.array(cycle).optional(),
  kpis: z.array(kpi).optional(),
  decisions: z.array(decision).optional(),
  objectives: z.array(objective).optional(),
  initiatives: z.array(initiative).optional(),
});

export type WorkspaceFile = z.infer<typeof workspaceFileSchema>;

function isKnownLocale(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}
