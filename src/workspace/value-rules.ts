import { kpiRangeIssues, type RangeIssue, rangeIssues } from '../core/kpi/range-rules.js';
import { startOfDate } from '../core/time.js';
import type { PathSegment } from './diagnostic.js';
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
  const located =
    (path: readonly PathSegment[]) =>
    (issue: RangeIssue): Finding => ({
      path: [...path, ...issue.path],
      message: issue.message,
      severity: issue.severity,
    });
  const findings = kpiRangeIssues(child(kpi, 'healthy')?.fields, child(kpi, 'warning')?.fields).map(
    located(kpi.path),
  );
  for (const change of recordsAt(kpi.fields, ['thresholdHistory'])) {
    const at = { fields: change.fields, path: [...kpi.path, ...change.path] };
    for (const key of ['from', 'to']) {
      const range = child(at, key);
      if (range) findings.push(...rangeIssues(range.fields, range.path).map(located([])));
    }
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
