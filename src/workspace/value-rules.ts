import { startOfDate } from '../core/time.js';
import type { Finding } from './finding.js';
import { child, keyResultRecords, numberOf, type RawRecord, recordsAt, textOf } from './raw-records.js';

/**
 * Values that are each fine alone but wrong together: a cycle that ends before it
 * starts, a healthy range with min above max, a warning range that does not wrap the
 * healthy one (domain.md, KPI health), a key result whose target is its baseline.
 */
export function checkValues(data: unknown): Finding[] {
  const findings: Finding[] = [];
  for (const cycle of recordsAt(data, ['cycles'])) findings.push(...checkCycle(cycle));
  for (const kpi of recordsAt(data, ['kpis'])) findings.push(...checkKpiRanges(kpi));
  for (const kr of keyResultRecords(data)) findings.push(...checkKeyResult(kr));
  return findings;
}

function checkCycle(cycle: RawRecord): Finding[] {
  const [start, end] = [textOf(cycle, 'start'), textOf(cycle, 'end')];
  const [from, to] = [startOfDate(start ?? ''), startOfDate(end ?? '')];
  if (from === undefined || to === undefined || to >= from) return [];
  return [error(cycle, 'end', `the cycle ends (${end}) before it starts (${start}); swap the dates`)];
}

function checkKpiRanges(kpi: RawRecord): Finding[] {
  const findings: Finding[] = [];
  const healthy = child(kpi, 'healthy');
  const warning = child(kpi, 'warning');
  for (const range of [healthy, warning]) if (range) findings.push(...checkRange(range));
  if (warning && !healthy) {
    findings.push(error(kpi, 'warning', 'a warning range needs a healthy range inside it; add healthy'));
  }
  if (healthy && warning) findings.push(...checkContains(warning, healthy));
  for (const change of recordsAt(kpi.fields, ['thresholdHistory'])) {
    const at = { fields: change.fields, path: [...kpi.path, ...change.path] };
    for (const key of ['from', 'to']) {
      const range = child(at, key);
      if (range) findings.push(...checkRange(range));
    }
  }
  return findings;
}

function checkRange(range: RawRecord): Finding[] {
  const [min, max] = [numberOf(range, 'min'), numberOf(range, 'max')];
  if (range.fields.min === undefined && range.fields.max === undefined) {
    return [
      {
        path: range.path,
        message: 'an empty range has no bounds; add min and/or max, or remove it',
        severity: 'warning',
      },
    ];
  }
  if (min !== undefined && max !== undefined && min > max) {
    return [error(range, 'min', `min ${min} is greater than max ${max}; swap them`)];
  }
  return [];
}

/** Bounds are inclusive, so equal bounds still contain (domain.md). */
function checkContains(warning: RawRecord, healthy: RawRecord): Finding[] {
  const findings: Finding[] = [];
  const [wMin, hMin] = [numberOf(warning, 'min'), numberOf(healthy, 'min')];
  const [wMax, hMax] = [numberOf(warning, 'max'), numberOf(healthy, 'max')];
  const fix = 'the warning range must contain the healthy range';
  if (wMin !== undefined && (hMin === undefined ? healthy.fields.min === undefined : wMin > hMin)) {
    const why = hMin === undefined ? 'the healthy range has no min' : `the healthy min is ${hMin}`;
    findings.push(error(warning, 'min', `min ${wMin} cuts into the healthy range (${why}); ${fix}`));
  }
  if (wMax !== undefined && (hMax === undefined ? healthy.fields.max === undefined : wMax < hMax)) {
    const why = hMax === undefined ? 'the healthy range has no max' : `the healthy max is ${hMax}`;
    findings.push(error(warning, 'max', `max ${wMax} cuts into the healthy range (${why}); ${fix}`));
  }
  return findings;
}

function checkKeyResult(kr: RawRecord): Finding[] {
  const [baseline, target] = [numberOf(kr, 'baseline'), numberOf(kr, 'target')];
  const milestone = kr.fields.milestone === true;
  const findings: Finding[] = [];
  if (baseline !== undefined && baseline === target) {
    findings.push(
      error(
        kr,
        'target',
        `the target equals the baseline (${target}); a key result must move something — to hold a level, use a KPI`,
      ),
    );
  }
  if (milestone && (kr.fields.baseline !== undefined || kr.fields.target !== undefined)) {
    findings.push(
      warn(
        kr,
        'milestone',
        'a milestone is done or not: its baseline and target are ignored; remove them or drop milestone',
      ),
    );
  }
  if (!milestone && kr.fields.done !== undefined) {
    findings.push(
      warn(
        kr,
        'done',
        'done only applies to milestones; add milestone: true or record progress as check-ins',
      ),
    );
  }
  if (!milestone && kr.fields.target === undefined) {
    findings.push(
      warn(kr, 'target', 'no target, so progress cannot be measured; add a target, or milestone: true'),
    );
  }
  return findings;
}

function error(record: RawRecord, key: string, message: string): Finding {
  return { path: [...record.path, key], message, severity: 'error' };
}

function warn(record: RawRecord, key: string, message: string): Finding {
  return { path: [...record.path, key], message, severity: 'warning' };
}
