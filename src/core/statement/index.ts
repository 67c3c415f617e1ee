/** Plain-language goal statements → readings (domain.md, "Plain-language statements"). */

export { type StatementRole, statementFindings, textFinding } from './findings.js';
export { isVanityMetric } from './lexicon.js';
export { parseStatement } from './parse-statement.js';
export { cachedReading } from './reading-cache.js';
export type {
  Direction,
  StatementChange,
  StatementFinding,
  StatementKind,
  StatementReading,
} from './statement.types.js';
