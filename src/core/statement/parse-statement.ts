import type { IsoDate } from '../model.js';
import { withoutAsides } from './asides.js';
import { classify } from './classify.js';
import { extractDue } from './dates.js';
import { explain } from './explain.js';
import { roleOfHint, statementFindings } from './findings.js';
import { stripLabel } from './label.js';
import { extractMetric } from './metric.js';
import { normaliseUnits } from './normalise.js';
import { tokenize } from './quantities.js';
import { assignRoles } from './roles.js';
import type { StatementReading } from './statement.types.js';
import { unitOfHeader } from './unit-header.js';
import { demoteNounLikeVerb, findVerb } from './verb.js';

/** A statement is one line; anything longer is cut so a pasted document cannot stall the parser. */
const MAX_LENGTH = 1000;

/**
 * Reads one plain-language goal statement: what it is (key result, KPI, task, milestone,
 * objective), its metric, direction, numbers, unit and due date, the coach's findings on
 * it, and one sentence on why. Pure and total: never throws, whatever the input.
 *
 * `asOf` (YYYY-MM-DD) places dates written without a year: as of 2026-11-30, "by March"
 * is due 2027-03-31 and "this quarter" 2026-12-31. The core has no clock: callers pass
 * today's date, or the date the statement was written.
 */
export function parseStatement(text: string, asOf: IsoDate): StatementReading {
  const trimmed = (typeof text === 'string' ? text : '').trim();
  const { hint, body } = stripLabel(trimmed.slice(0, MAX_LENGTH));
  const { due, text: dated } = extractDue(body, typeof asOf === 'string' ? asOf : '');
  const dateless = withoutAsides(dated);
  const tokens = tokenize(dateless);
  const roles = assignRoles(tokens);
  const verb = demoteNounLikeVerb(findVerb(tokens), tokens, roles.values);
  const normalised = normaliseUnits(roles.values);
  const { values } = normalised;
  const unit = normalised.unit ?? unitOfHeader(dateless, values[0]?.q.start);
  const metric = extractMetric(tokens, verb?.index ?? -1, values);
  const c = classify({
    text: dateless,
    verb,
    // A timeframe ("within 6 months", "rolling 12 months") says when, not how much.
    values: values.filter((v) => v.role !== 'timeframe'),
    unit,
    metric,
    hint,
    changeSigns: roles.changeSigns,
    serviceLevel: roles.serviceLevel,
  });
  const shownMetric =
    c.kind === 'task' || c.kind === 'milestone' || (c.kind === 'objective' && c.reason !== 'direction-only')
      ? null
      : metric;
  const reading = {
    kind: c.kind,
    metric: shownMetric,
    direction: c.direction,
    baseline: c.baseline,
    target: c.target,
    low: c.low,
    high: c.high,
    current: c.current,
    change: c.change,
    unit: c.unit,
    due,
  };
  return {
    text: trimmed,
    ...reading,
    findings: statementFindings(reading, roleOfHint(hint)),
    why: explain(c, verb?.word ?? null, shownMetric, hint),
  };
}
