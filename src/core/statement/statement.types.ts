import type { Severity } from '../report.types.js';

/**
 * What a plain-language goal statement is, by the articles' deciding question:
 * maintain (a KPI) or improve (a key result)? Plus the three things that are neither:
 * an activity (task), a binary outcome (milestone) and a qualitative aim (objective).
 */
export type StatementKind = 'key_result' | 'kpi' | 'task' | 'milestone' | 'objective';

/**
 * `increase`/`decrease` for a change (a key result); `at_least`/`at_most`/`between` for a
 * level to hold (a KPI's healthy range, domain.md "KPI health").
 */
export type Direction = 'increase' | 'decrease' | 'at_least' | 'at_most' | 'between';

/** A change stated as such: "by 30%" is `{amount: 30, relative: true}`; signed, so "cut by 25%" is −25. */
export interface StatementChange {
  readonly amount: number;
  /** True when the amount is a percentage of the baseline, false when it is in the metric's unit. */
  readonly relative: boolean;
}

export interface StatementFinding {
  /** A rule id of domain.md's quality coach. */
  readonly rule: string;
  readonly severity: Severity;
  /** Says what to do. */
  readonly message: string;
}

/**
 * One reading of a statement. Every field is always present; what the statement does not
 * say is `null`.
 *
 * Bounds: for `at_least` the bound is in `target` and `low`; for `at_most` in `target` and
 * `high`; for `between` in `low` and `high` (and `target` is null). A key result's target
 * range ("to 70–80%") fills `low` and `high` too.
 *
 * `due` is an ISO date, the last day of the period named (`by Q2 2026` → `2026-06-30`); a
 * period without a year is the next one not yet ended on the as-of date.
 */
export interface StatementReading {
  /** The statement as given, trimmed. */
  readonly text: string;
  readonly kind: StatementKind;
  /** A short metric name ("churn", "first response time", "NPS"), lower-case except acronyms. */
  readonly metric: string | null;
  readonly direction: Direction | null;
  readonly baseline: number | null;
  readonly target: number | null;
  readonly low: number | null;
  readonly high: number | null;
  /** A KPI reading's current value ("Response time = 52 min (target 30 min)" → 52). */
  readonly current: number | null;
  readonly change: StatementChange | null;
  /** `%`, `pp`, an ISO 4217 code, a duration (`ms`, `s`, `min`, `h`, `d`, `wk`, `mo`, `yr`) or a scale like `/5`. */
  readonly unit: string | null;
  readonly due: string | null;
  readonly findings: readonly StatementFinding[];
  /** One sentence on why the statement was read this way. */
  readonly why: string;
}
