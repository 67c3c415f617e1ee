import type { CheckIn, Decision, Kpi } from '../core/model.js';

/**
 * What services hand to the server: the domain record plus what an editor needs to
 * write it back safely: the `version` to send with the next edit (a stale one is a
 * ConflictError) and whether it is archived.
 */
export interface Versioned {
  readonly version: number;
  /** Epoch ms of archiving; absent for live records. */
  readonly archivedAt?: number;
}

/** A KPI without its data points (read them with `listPoints`). */
export type KpiRecord = Omit<Kpi, 'points'> & Versioned;

/** Decisions have no key in the file: the server addresses them by `id`. */
export type DecisionRecord = Decision & Versioned & { readonly id: number };

export type CheckInRecord = CheckIn & Versioned & { readonly id: number; readonly keyResult: string };
