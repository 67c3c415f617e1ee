import { classify } from './classify.js';
import { extractDue } from './dates.js';
import { explain } from './explain.js';
import { statementFindings } from './findings.js';
import { stripLabel } from './label.js';
import { extractMetric } from './metric.js';
import { normaliseUnits } from './normalise.js';
import { tokenize } from './quantities.js';
import { assignRoles } from './roles.js';
import type { StatementReading } from './statement.types.js';
import { demoteNounLikeVerb, findVerb } from './verb.js';

/** A statement is one line; anything longer is cut so a pasted document cannot stall the parser. */
const MAX_LENGTH = 1000;

/**
 * Reads one plain-language goal statement: what it is (key result, KPI, task, milestone,
 * objective), its metric, direction, numbers, unit and due date, the coach's findings on
 * it, and one sentence on why. Pure and total: never throws, whatever the input.
 */
export function parseStatement(text: string): StatementReading {
  const trimmed = (typeof text === 'string' ? text : '').trim();
  const { hint, body } = stripLabel(trimmed.slice(0, MAX_LENGTH));
  const { due, text: dateless } = extractDue(body);
  const tokens = tokenize(dateless);
  const roles = assignRoles(tokens);
  const verb = demoteNounLikeVerb(findVerb(tokens), tokens, roles.values);
  const { values, unit } = normaliseUnits(roles.values);
  const metric = extractMetric(tokens, verb?.index ?? -1, values);
  const c = classify({
    text: dateless,
    verb,
    values,
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
    findings: statementFindings({ ...reading, hint }),
    why: explain(c, verb?.word ?? null, shownMetric, hint),
  };
}
