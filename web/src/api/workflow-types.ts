import type { components } from './schema.js';
import type { Objective } from './types.js';

type Schemas = components['schemas'];

/**
 * What `POST /parse` answers: the reading of a plain-language statement (domain.md,
 * "Plain-language statements"). What the statement does not say is null.
 */
export type ParseReading = Schemas['StatementReading'];
export type StatementKind = ParseReading['kind'];
export type Direction = NonNullable<ParseReading['direction']>;
export type StatementFinding = ParseReading['findings'][number];

/** domain.md, "Ratchet at close": move a KPI's healthy bound to an achieved KR's target. */
export type RatchetProposal = Schemas['RatchetProposal'];
export type ProposalState = RatchetProposal['state'];
/** What closing a cycle answers, the first time and every time after. */
export type CycleReview = Schemas['CycleReview'];
/** An objective's grade at close: its progress to one decimal (domain.md). */
export type ObjectiveGrade = CycleReview['grades'][number];

/** What happened to each pushed point. */
export interface PointsImportResult {
  readonly inserted: number;
  readonly replaced: number;
  readonly unchanged: number;
  readonly duplicates: number;
}

/** `POST /kpis/{id}/draft-okr`: the drafted objective; `created` once it is stored. */
export type DraftOkr = Objective & {
  readonly created: boolean;
  readonly targets: Schemas['DraftTargets'];
  readonly ratchets: boolean;
};
