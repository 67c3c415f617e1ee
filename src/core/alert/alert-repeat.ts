import type { Instant } from '../model.js';
import type { AlertState } from './alert-state.js';

/**
 * Whether a still-firing alert is due to be told again (Grafana's repeat interval): it is
 * firing, it has a repeat interval, and the last notice — the one when it fired, or the
 * last repeat — is at least that old. Without a last notice, the time it fired counts.
 */
export function repeatNoticeDue(
  alert: AlertState,
  lastNoticeAt: Instant | null,
  repeatMs: number | undefined,
  now: Instant,
): boolean {
  if (alert.state !== 'firing' || repeatMs === undefined) return false;
  return now - (lastNoticeAt ?? alert.since) >= repeatMs;
}

/** The repeat interval that applies: the KPI's own, else the workspace's default, else none. */
export function repeatIntervalOf(kpiRepeatMs: number | undefined, workspaceRepeatMs: number | undefined) {
  return kpiRepeatMs ?? workspaceRepeatMs;
}
