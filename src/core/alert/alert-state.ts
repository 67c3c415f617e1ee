import { statusOfValue } from '../kpi/kpi-status.js';
import type { Cadence, Instant, Range } from '../model.js';
import { cadencePeriodMs } from '../time.js';
import { type AlertFor, defaultAlertFor } from './alert-for.js';

/**
 * A KPI's alert state, modelled on Grafana's (domain.md, "Alert state"):
 * `normal → pending` when a value leaves the healthy range, `→ firing` once it has stayed
 * out for the KPI's `for`, `→ recovering` when a value is back in range, `→ normal` once it
 * has stayed in for `for` too. `no_data` before the first point; `stale` when the latest
 * point is older than 1.5 cadence periods (as the stale flag), left on the next point.
 */
export type AlertStateName = 'normal' | 'pending' | 'firing' | 'recovering' | 'no_data' | 'stale';

/** `warning` for an at-risk value, `critical` for a breach. */
export type AlertSeverity = 'warning' | 'critical';

export interface AlertState {
  readonly state: AlertStateName;
  readonly severity: AlertSeverity | null;
  /** When the KPI entered this state. */
  readonly since: Instant;
  /** The first point of the current run: out of range (pending, firing) or back in (recovering). */
  readonly runStart: Instant | null;
  readonly runPoints: number;
  readonly lastPointAt: Instant | null;
  readonly lastValue: number | null;
  /** While stale: the state to return to when points resume. */
  readonly beforeStale: AlertStateName | null;
}

export type AlertCauseKind =
  | 'first_point'
  | 'left_range'
  | 'stayed_out'
  | 'severity_changed'
  | 'back_in_range'
  | 'stayed_in'
  | 'left_again'
  | 'went_stale'
  | 'points_resumed';

/** Why a transition happened: the kind and the value that caused it, if a point did. */
export interface AlertCause {
  readonly kind: AlertCauseKind;
  readonly value?: number;
}

export interface AlertTransition {
  readonly at: Instant;
  readonly from: AlertStateName;
  readonly to: AlertStateName;
  readonly severity: AlertSeverity | null;
  readonly cause: AlertCause;
}

/** What the state machine needs to know of a KPI. */
export interface AlertRule {
  readonly cadence: Cadence;
  readonly healthy?: Range;
  readonly warning?: Range;
  readonly for?: AlertFor;
}

export interface AlertStep {
  readonly state: AlertState;
  readonly transitions: readonly AlertTransition[];
}

export const NO_DATA: AlertState = {
  state: 'no_data',
  severity: null,
  since: 0,
  runStart: null,
  runPoints: 0,
  lastPointAt: null,
  lastValue: null,
  beforeStale: null,
};

/**
 * One new point. Points at or before the latest one already seen change nothing: the
 * alert follows the latest value, as the KPI's status does.
 */
export function applyPoint(
  rule: AlertRule,
  current: AlertState,
  point: { at: Instant; value: number },
): AlertStep {
  if (current.lastPointAt !== null && point.at <= current.lastPointAt)
    return { state: current, transitions: [] };
  const stale = current.state === 'stale';
  const from: AlertState = stale
    ? { ...current, state: current.beforeStale ?? 'normal', beforeStale: null }
    : current;
  const step = pointStep(rule, from, point);
  if (!stale) return step;
  const [first, ...rest] = step.transitions;
  // Coming back from stale is the news, whatever else the point changed (a higher severity).
  const transitions = first
    ? [
        {
          ...first,
          from: 'stale' as const,
          ...(first.from === first.to
            ? { cause: { kind: 'points_resumed' as const, value: point.value } }
            : {}),
        },
        ...rest,
      ]
    : [transition(point.at, 'stale', step.state.state, step.state.severity, 'points_resumed', point.value)];
  return {
    state: { ...step.state, since: step.transitions.length > 0 ? step.state.since : point.at },
    transitions,
  };
}

/**
 * The clock moved to `now` with no new point: a pending alert whose `for` is a duration
 * fires once the value has been out that long; a recovering one resolves likewise; a KPI
 * whose latest point is older than 1.5 cadence periods goes stale.
 */
export function applyClock(rule: AlertRule, current: AlertState, now: Instant): AlertStep {
  const wait = rule.for ?? defaultAlertFor(rule.cadence);
  const transitions: AlertTransition[] = [];
  let state = current;
  // Strictly past the wait: a point arriving exactly when it ends decides instead.
  if (wait.kind === 'duration' && state.runStart !== null && now - state.runStart > wait.ms) {
    const due = state.runStart + wait.ms;
    if (state.state === 'pending') {
      transitions.push(transition(due, 'pending', 'firing', state.severity, 'stayed_out', state.lastValue));
      state = { ...state, state: 'firing', since: due };
    } else if (state.state === 'recovering') {
      transitions.push(transition(due, 'recovering', 'normal', null, 'stayed_in', state.lastValue));
      state = { ...state, state: 'normal', severity: null, since: due, runStart: null, runPoints: 0 };
    }
  }
  const staleAfter = 1.5 * cadencePeriodMs(rule.cadence);
  if (state.lastPointAt !== null && state.state !== 'stale' && now - state.lastPointAt > staleAfter) {
    const at = Math.max(state.since, state.lastPointAt + staleAfter);
    transitions.push(transition(at, state.state, 'stale', state.severity, 'went_stale'));
    state = { ...state, state: 'stale', since: at, beforeStale: state.state };
  }
  return { state, transitions };
}

function pointStep(rule: AlertRule, s: AlertState, point: { at: Instant; value: number }): AlertStep {
  const status = statusOfValue(point.value, rule.healthy, rule.warning);
  const severity: AlertSeverity | null =
    status === 'breach' ? 'critical' : status === 'at_risk' ? 'warning' : null;
  const seen = { ...s, lastPointAt: point.at, lastValue: point.value };
  const wait = rule.for ?? defaultAlertFor(rule.cadence);
  const out = severity !== null;
  const at = point.at;
  const v = point.value;
  switch (s.state) {
    case 'no_data':
    case 'normal':
    case 'stale': {
      if (!out) {
        return s.state === 'normal'
          ? { state: seen, transitions: [] }
          : {
              state: { ...seen, state: 'normal', since: at },
              transitions: [transition(at, s.state, 'normal', null, 'first_point', v)],
            };
      }
      const pending: AlertState = {
        ...seen,
        state: 'pending',
        severity,
        since: at,
        runStart: at,
        runPoints: 1,
      };
      const entered = transition(at, s.state, 'pending', severity, 'left_range', v);
      return firingIfDue(wait, pending, [entered], at, v);
    }
    case 'pending': {
      if (!out) {
        return {
          state: { ...seen, state: 'normal', severity: null, since: at, runStart: null, runPoints: 0 },
          transitions: [transition(at, 'pending', 'normal', null, 'back_in_range', v)],
        };
      }
      return firingIfDue(wait, { ...seen, severity, runPoints: s.runPoints + 1 }, [], at, v);
    }
    case 'firing': {
      if (out) {
        if (severity === s.severity) return { state: seen, transitions: [] };
        return {
          state: { ...seen, severity },
          transitions: [transition(at, 'firing', 'firing', severity, 'severity_changed', v)],
        };
      }
      const recovering: AlertState = { ...seen, state: 'recovering', since: at, runStart: at, runPoints: 1 };
      const entered = transition(at, 'firing', 'recovering', s.severity, 'back_in_range', v);
      return normalIfDue(wait, recovering, [entered], at, v);
    }
    case 'recovering': {
      if (out) {
        return {
          state: { ...seen, state: 'firing', severity, since: at, runStart: at, runPoints: 1 },
          transitions: [transition(at, 'recovering', 'firing', severity, 'left_again', v)],
        };
      }
      return normalIfDue(wait, { ...seen, runPoints: s.runPoints + 1 }, [], at, v);
    }
  }
}

function due(wait: AlertFor, s: AlertState, at: Instant): boolean {
  return wait.kind === 'points' ? s.runPoints >= wait.count : at - (s.runStart ?? at) >= wait.ms;
}

function firingIfDue(
  wait: AlertFor,
  s: AlertState,
  before: AlertTransition[],
  at: Instant,
  v: number,
): AlertStep {
  if (!due(wait, s, at)) return { state: s, transitions: before };
  return {
    state: { ...s, state: 'firing', since: at },
    transitions: [...before, transition(at, 'pending', 'firing', s.severity, 'stayed_out', v)],
  };
}

function normalIfDue(
  wait: AlertFor,
  s: AlertState,
  before: AlertTransition[],
  at: Instant,
  v: number,
): AlertStep {
  if (!due(wait, s, at)) return { state: s, transitions: before };
  return {
    state: { ...s, state: 'normal', severity: null, since: at, runStart: null, runPoints: 0 },
    transitions: [...before, transition(at, 'recovering', 'normal', null, 'stayed_in', v)],
  };
}

function transition(
  at: Instant,
  from: AlertStateName,
  to: AlertStateName,
  severity: AlertSeverity | null,
  kind: AlertCauseKind,
  value?: number | null,
): AlertTransition {
  return {
    at,
    from,
    to,
    severity,
    cause: value === undefined || value === null ? { kind } : { kind, value },
  };
}

/**
 * Whether a transition starts an alert (told as `kpi.breached`): into `firing` from
 * anything but `firing` (a severity change) — and not points resuming on an alert that
 * was already firing when it went stale: that alert never stopped.
 */
export function firesAnew(t: AlertTransition): boolean {
  return t.to === 'firing' && t.from !== 'firing' && t.cause.kind !== 'points_resumed';
}

/** Runs a series of points through the machine, then the clock to `now`. */
export function replayAlert(
  rule: AlertRule,
  start: AlertState,
  points: readonly { at: Instant; value: number }[],
  now?: Instant,
): AlertStep {
  let state = start;
  const transitions: AlertTransition[] = [];
  for (const point of points) {
    // A gap longer than the wait or the stale limit acts before the next point arrives.
    const before = applyClock(rule, state, point.at);
    const after = applyPoint(rule, before.state, point);
    transitions.push(...before.transitions, ...after.transitions);
    state = after.state;
  }
  if (now !== undefined) {
    const clock = applyClock(rule, state, now);
    transitions.push(...clock.transitions);
    state = clock.state;
  }
  return { state, transitions };
}
