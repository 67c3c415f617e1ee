/** Plain-language goal statements → readings (domain.md, "Plain-language statements"). */

export { isVanityMetric } from './lexicon.js';
export { parseStatement } from './parse-statement.js';
export type {
  Direction,
  StatementChange,
  StatementFinding,
  StatementKind,
  StatementReading,
} from './statement.types.js';
