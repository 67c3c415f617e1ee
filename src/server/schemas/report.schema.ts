import { z } from '@hono/zod-openapi';

/** The engine's report (`ratchet report --json`), field for field: see src/core/evaluate.ts. */
const Fraction = z.number().min(0).max(1);
const KpiStatusSchema = z.enum(['no_data', 'no_threshold', 'healthy', 'at_risk', 'breach']);
const KrStatus = z.enum(['achieved', 'not_started', 'on_track', 'at_risk', 'off_track']);

const HeldVerdictSchema = z.enum(['held', 'slipped', 'too_early', 'no_data']);

export const HeldWatchSchema = z
  .object({
    verdict: HeldVerdictSchema,
    since: z.string().openapi({ format: 'date-time', description: 'When the healthy range moved.' }),
    until: z.string().openapi({ format: 'date-time', description: 'When the watch ends.' }),
    slippedAt: z
      .string()
      .nullable()
      .openapi({ format: 'date-time', description: 'The first value outside the new range, if any.' }),
    points: z.number().int().openapi({ description: 'Values since the move, within the watch.' }),
    outside: z.number().int().openapi({ description: 'How many of them fell outside the new range.' }),
    keyResult: z
      .string()
      .nullable()
      .openapi({ description: 'The achieved key result behind a ratchet; null for an edit.' }),
  })
  .openapi('HeldWatch', {
    description:
      'Did the new standard hold? The latest move of the healthy range, watched for a quarter (or three cadence periods): `slipped` at the first value outside it, `held` when the watch passed with every value inside, `too_early` while it runs, `no_data` when it passed without a value.',
  });

export const KpiReportSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    unit: z.string().nullable(),
    status: KpiStatusSchema,
    stale: z.boolean(),
    breachStreak: z.number().int(),
    value: z.number().nullable(),
    at: z.string().nullable().openapi({ format: 'date-time' }),
    trend: z.enum(['improving', 'worsening', 'flat']).nullable(),
    trendSlope: z.number().nullable(),
    recent: z.array(z.number()),
    breachSince: z.string().nullable().openapi({ format: 'date-time' }),
    unansweredBreach: z.boolean(),
    noise: z.boolean(),
    held: HeldVerdictSchema.nullable(),
    heldWatch: HeldWatchSchema.nullable(),
    suggestedHealthy: z
      .object({ min: z.number().nullable(), max: z.number().nullable() })
      .nullable()
      .openapi({
        description:
          'For a KPI without a healthy range: the median ± 3 robust standard deviations of its latest 30 points (docs/engine.md). Accept it with PATCH /kpis/{id}.',
      }),
  })
  .openapi('KpiReport');

const ImpactWindowSchema = z.object({
  median: z.number().nullable().openapi({ description: "The KPI's median value in the window." }),
  n: z.number().int().openapi({ description: 'How many KPI points fell in the window.' }),
});

export const KrImpactSchema = z
  .object({
    verdict: z.enum(['moved', 'no_clear_change', 'moved_wrong_way', 'too_little_data']),
    before: ImpactWindowSchema,
    after: ImpactWindowSchema,
    shift: z
      .number()
      .nullable()
      .openapi({ description: 'Hodges–Lehmann shift after − before, in the unit of the KR.' }),
    low: z.number().nullable().openapi({ description: "Low end of the shift's 95% interval." }),
    high: z.number().nullable().openapi({ description: "High end of the shift's 95% interval." }),
  })
  .openapi('KrImpact', {
    description:
      "Did the work move the linked KPI? Its points before the cycle against those since the KR's first check-in or the cycle's midpoint (docs/engine.md).",
  });

export const KeyResultReportSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    current: z.number().nullable(),
    progress: Fraction,
    status: KrStatus,
    forecast: z.object({ value: z.number(), progress: Fraction }).nullable(),
    confidence: Fraction.nullable(),
    impact: KrImpactSchema.nullable(),
    baseline: z.number().nullable(),
    baselineSource: z.enum(['key_result', 'kpi_at_cycle_start']).nullable(),
    target: z.number().nullable(),
    unit: z.string().nullable(),
    kpi: z.string().nullable(),
    milestone: z.boolean(),
    expected: Fraction,
  })
  .openapi('KeyResultReport');

export const GuardrailReportSchema = z
  .object({
    kpi: z.string(),
    status: KpiStatusSchema,
    breached: z
      .boolean()
      .openapi({ description: 'Whether it left its healthy range during the cycle, up to the instant.' }),
  })
  .openapi('GuardrailReport', { description: 'A KPI the objective must not break while pursuing it.' });

export const ObjectiveReportSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    cycle: z.string(),
    type: z.enum(['aspirational', 'committed']),
    progress: Fraction,
    expected: Fraction,
    status: KrStatus,
    grade: z.number(),
    gradeColour: z.enum(['green', 'yellow', 'red']),
    gradeNote: z.string().nullable(),
    keyResults: z.array(KeyResultReportSchema),
    guardrails: z.array(GuardrailReportSchema),
    owner: z.string().nullable(),
    team: z.string().nullable(),
  })
  .openapi('ObjectiveReport');

export const FindingSchema = z
  .object({
    rule: z.string(),
    severity: z.enum(['error', 'warning', 'info']),
    message: z.string(),
    ref: z.string(),
  })
  .openapi('Finding');

export const ReportSchema = z
  .object({
    asOf: z.string().openapi({ format: 'date-time' }),
    kpis: z.array(KpiReportSchema),
    objectives: z.array(ObjectiveReportSchema),
    findings: z.array(FindingSchema),
  })
  .openapi('Report');

export const AsOfQuery = z.object({
  asOf: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a calendar date like 2026-03-31.')
    .optional()
    .openapi({
      description: 'Evaluate as of the end of this day (UTC); default today.',
      example: '2026-03-31',
    }),
});
