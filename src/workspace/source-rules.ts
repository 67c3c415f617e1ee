import { createRequire } from 'node:module';
import { formulaName, parseFormula } from '../core/source/formula.js';
import { formulaCycles } from '../core/source/formula-cycles.js';
import { KEPT_SECRET } from '../core/source/kpi-source.js';
import type { Finding } from './finding.js';
import { child, type RawRecord, recordsAt, textOf } from './raw-records.js';

// Loaded on the first source that needs them: most files have none, and together they
// cost a CLI run about a third of a second.
const load = createRequire(import.meta.url);
const jsonata = (expression: string): unknown => (load('jsonata') as typeof import('jsonata'))(expression);
const cronOf = (schedule: string): unknown =>
  new (load('croner') as typeof import('croner')).Cron(schedule, { timezone: 'UTC' });

/**
 * A KPI's `source` beyond its shape (docs/sources.md): JSONata that parses, a cron
 * schedule that reads, a connection string Ratchet can open, and formulas that name
 * KPIs of this workspace and never read themselves, directly or through another formula.
 */
export function checkSources(data: unknown): Finding[] {
  const kpis = recordsAt(data, ['kpis']);
  const ids = kpis.map((k) => textOf(k, 'id')).filter((id): id is string => id !== undefined);
  const findings: Finding[] = [];
  const inputsOf = new Map<string, readonly string[]>();
  const sourceOf = new Map<string, RawRecord>();
  for (const kpi of kpis) {
    const source = child(kpi, 'source');
    if (!source) continue;
    const kind = textOf(source, 'kind');
    if (kind === 'http') findings.push(...checkHttp(source));
    if (kind === 'sql') findings.push(...checkSql(source));
    if (kind === 'http' || kind === 'sql') findings.push(...checkSchedule(source));
    const expression = textOf(source, 'expression');
    const id = textOf(kpi, 'id');
    if (kind !== 'formula' || expression === undefined || id === undefined) continue;
    const parsed = parseFormula(expression, ids);
    if (parsed.ok) {
      inputsOf.set(id, parsed.inputs);
      sourceOf.set(id, source);
    } else {
      for (const problem of parsed.problems) {
        const where = problem.offset === undefined ? '' : ` (at character ${problem.offset + 1})`;
        findings.push(error(source, 'expression', `${problem.message}${where}`));
      }
    }
  }
  findings.push(...ambiguousNames(ids, inputsOf, sourceOf));
  for (const loop of formulaCycles(inputsOf)) {
    for (const id of new Set(loop)) {
      const source = sourceOf.get(id);
      if (!source) continue;
      const message =
        loop.length === 2
          ? `the formula of ${JSON.stringify(id)} reads ${formulaName(id)} itself; a KPI cannot be computed from its own value`
          : `formulas read each other in a loop: ${loop.join(' → ')}; one of them must be computed from other KPIs or entered`;
      findings.push(error(source, 'expression', message));
    }
  }
  return findings;
}

function checkHttp(source: RawRecord): Finding[] {
  const findings: Finding[] = [];
  const url = textOf(source, 'url');
  if (url !== undefined && !/^https?:\/\/[^\s/]+/i.test(url)) {
    findings.push(
      error(
        source,
        'url',
        `expected an http or https URL like https://api.example.com/stats, got ${JSON.stringify(url)}`,
      ),
    );
  }
  for (const field of ['value', 'at']) {
    const expression = textOf(source, field);
    if (expression === undefined) continue;
    try {
      jsonata(expression);
    } catch (problem) {
      const { message, position } = problem as { message?: string; position?: number };
      const where = typeof position === 'number' ? ` (at character ${position})` : '';
      findings.push(
        error(source, field, `the JSONata expression cannot be read: ${message ?? String(problem)}${where}`),
      );
    }
  }
  return findings;
}

function checkSql(source: RawRecord): Finding[] {
  const connection = textOf(source, 'connection');
  if (connection === undefined || connection === KEPT_SECRET) return [];
  if (/^(postgres|postgresql):\/\//i.test(connection) || /^sqlite:./i.test(connection)) return [];
  return [
    error(
      source,
      'connection',
      'expected a PostgreSQL URL (postgres://user:password@host/db) or a SQLite file (sqlite:/path/to/file.db)',
    ),
  ];
}

function checkSchedule(source: RawRecord): Finding[] {
  const schedule = textOf(source, 'schedule');
  if (schedule === undefined) return [];
  try {
    cronOf(schedule);
    return [];
  } catch (problem) {
    const detail = problem instanceof Error ? problem.message.replace(/^CronPattern: /, '') : String(problem);
    return [
      error(
        source,
        'schedule',
        `not a cron schedule (${detail}); write five fields in UTC, like "0 7 * * 1" for Mondays at 07:00`,
      ),
    ];
  }
}

/** Two KPI ids a formula cannot tell apart (`a-b` and `a_b` are both `a_b`). */
function ambiguousNames(
  ids: readonly string[],
  inputsOf: ReadonlyMap<string, readonly string[]>,
  sourceOf: ReadonlyMap<string, RawRecord>,
): Finding[] {
  const byName = new Map<string, string[]>();
  for (const id of ids) byName.set(formulaName(id), [...(byName.get(formulaName(id)) ?? []), id]);
  const findings: Finding[] = [];
  for (const [formula, inputs] of inputsOf) {
    for (const input of inputs) {
      const same = byName.get(formulaName(input)) ?? [];
      if (same.length < 2) continue;
      const source = sourceOf.get(formula) as RawRecord;
      findings.push(
        error(
          source,
          'expression',
          `${formulaName(input)} could be ${same.join(' or ')}; rename one of those KPIs so their ids differ in more than - and _`,
        ),
      );
    }
  }
  return findings;
}

function error(record: RawRecord, key: string, message: string): Finding {
  return { path: [...record.path, key], message, severity: 'error' };
}
