import type { Objective, Range, Severity } from './types.js';

/**
 * What `POST /parse` answers: the reading of a plain-language statement (domain.md,
 * "Plain-language statements"). Every field is present; what the statement does not say
 * is null. Bounds: `at_least` in target/low, `at_most` in target/high, `between` in low/high.
 */
export type StatementKind = 'key_result' | 'kpi' | 'task' | 'milestone' | 'objective';
export type Direction = 'increase' | 'decrease' | 'at_least' | 'at_most' | 'between';

export interface StatementFinding {
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
}

export interface ParseReading {
  readonly text: string;
  readonly kind: StatementKind;
  readonly metric: string | null;
  readonly direction: Direction | null;
  readonly baseline: number | null;
  readonly target: number | null;
  readonly low: number | null;
  readonly high: number | null;
  readonly current: number | null;
  readonly change: { readonly amount: number; readonly relative: boolean } | null;
  readonly unit: string | null;
  readonly due: string | null;
  readonly findings: readonly StatementFinding[];
  readonly why: string;
}

export type ProposalState = 'pending' | 'accepted' | 'rejected';

/** domain.md, "Ratchet at close": move a KPI's healthy bound to an achieved KR's target. */
export interface RatchetProposal {
  readonly kpi: string;
  readonly keyResult: string;
  readonly objective: string;
  readonly cycle: string;
  readonly from: Range;
  readonly to: Range;
  readonly message: string;
  readonly state: ProposalState;
}

/** An objective's grade at close: its progress to one decimal (domain.md). */
export interface ObjectiveGrade {
  readonly objective: string;
  readonly title: string;
  readonly progress: number;
  readonly grade: number;
  readonly gradeColour: 'green' | 'yellow' | 'red';
  readonly gradeNote: string | null;
}

/** What closing a cycle answers, the first time and every time after. */
export interface CycleReview {
  readonly cycle: string;
  readonly closedAt: string | null;
  readonly grades: readonly ObjectiveGrade[];
  readonly proposals: readonly RatchetProposal[];
}

/** What happened to each pushed point. */
export interface PointsImportResult {
  readonly inserted: number;
  readonly replaced: number;
  readonly unchanged: number;
  readonly duplicates: number;
}

/** `POST /kpis/{id}/draft-okr`: the drafted objective; `created` once it is stored. */
export type DraftOkr = Objective & { readonly created: boolean };
