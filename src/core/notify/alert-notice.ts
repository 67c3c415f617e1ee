import { ALERT_NOTICE_EVENTS } from './webhook-events.js';

/** What a person is told when a KPI's alert fires or resolves, in channel-neutral words. */
export interface AlertNotice {
  readonly kpi: string;
  /** The KPI's name, for the words people read. */
  readonly kpiName: string;
  readonly resolved: boolean;
  readonly severity: 'warning' | 'critical' | null;
  readonly headline: string;
  readonly detail: string;
}

interface Range {
  readonly min?: number;
  readonly max?: number;
}

/**
 * The notice for a `kpi.breached` (fired), `kpi.still_firing` (repeated) or
 * `kpi.recovered` (resolved) event, else undefined. Numbers and dates go through Intl in
 * the workspace's locale.
 */
export function alertNotice(
  type: string,
  data: Readonly<Record<string, unknown>>,
  locale = 'en',
): AlertNotice | undefined {
  if (!ALERT_NOTICE_EVENTS.includes(type)) return undefined;
  const name = String(data.name ?? data.kpi);
  const kpi = String(data.kpi);
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 4 });
  const value = typeof data.value === 'number' ? number.format(data.value) : 'no value';
  const healthy = rangeWords(data.healthy as Range | null, number);
  if (type === 'kpi.recovered') {
    return {
      kpi,
      kpiName: name,
      resolved: true,
      severity: null,
      headline: `Resolved: ${name} is back in its healthy range`,
      detail: `The latest value is ${value}; the healthy range is ${healthy}.`,
    };
  }
  const critical = data.severity === 'critical';
  if (type === 'kpi.still_firing') {
    const since =
      typeof data.since === 'number'
        ? new Intl.DateTimeFormat(locale, {
            dateStyle: 'medium',
            timeStyle: 'short',
            timeZone: 'UTC',
          }).format(data.since)
        : 'a while';
    return {
      kpi,
      kpiName: name,
      resolved: false,
      severity: critical ? 'critical' : 'warning',
      headline: `Still firing: ${name} is ${critical ? 'in breach' : 'at risk'}`,
      detail: `It has been firing since ${since} UTC. The latest value is ${value}, outside the healthy range (${healthy}). Record a decision or a fix, or silence it with a reason.`,
    };
  }
  return {
    kpi,
    kpiName: name,
    resolved: false,
    severity: critical ? 'critical' : 'warning',
    headline: `Firing: ${name} is ${critical ? 'in breach' : 'at risk'}`,
    detail: `The latest value is ${value}, outside the healthy range (${healthy}). A breach demands an answer: record a decision or a fix.`,
  };
}

/** The notice a "send a test" button sends. */
export const TEST_NOTICE: AlertNotice = {
  kpi: 'test',
  kpiName: 'Test',
  resolved: false,
  severity: null,
  headline: 'Test from Ratchet',
  detail: 'This channel is connected: alerts that fire and resolve will appear here.',
};

function rangeWords(range: Range | null | undefined, number: Intl.NumberFormat): string {
  if (!range) return 'not set';
  if (range.min !== undefined && range.max !== undefined)
    return `${number.format(range.min)} to ${number.format(range.max)}`;
  if (range.min !== undefined) return `at least ${number.format(range.min)}`;
  if (range.max !== undefined) return `at most ${number.format(range.max)}`;
  return 'not set';
}
