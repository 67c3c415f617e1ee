import { createRequire } from 'node:module';
import type { MathNode } from 'mathjs';

// mathjs takes ~2 s of CPU to load: load it on the first formula, not with every file read.
let mathParse: ((expression: string) => MathNode) | undefined;
function parse(expression: string): MathNode {
  mathParse ??= (createRequire(import.meta.url)('mathjs') as typeof import('mathjs')).parse;
  return mathParse(expression);
}

/**
 * Formula KPIs: a value computed from other KPIs, e.g.
 * `billable_hours / available_hours * 100`. A KPI is named by its id with every `-`
 * written `_` (a formula reads `a - b` as subtraction), so `billable-hours` is written
 * `billable_hours`.
 *
 * mathjs only parses here; evaluation is a small walk over the tree that knows
 * arithmetic, comparisons, a conditional and a short list of functions. Assignment,
 * function definitions, property access, matrices, units, strings and every other mathjs
 * function (import, evaluate, createUnit…) are refused when the formula is read, so a
 * formula can never do more than compute a number.
 */

export interface FormulaProblem {
  readonly message: string;
  /** 0-based offset into the expression, when known. */
  readonly offset?: number;
}

export type ParsedFormula =
  | { readonly ok: true; readonly inputs: readonly string[]; readonly tree: MathNode }
  | { readonly ok: false; readonly problems: readonly FormulaProblem[] };

export type FormulaResult =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly error: string };

const FUNCTIONS: Readonly<Record<string, (...args: number[]) => number>> = {
  abs: Math.abs,
  min: Math.min,
  max: Math.max,
  round: (x, digits = 0) => Math.round(x * 10 ** digits) / 10 ** digits,
  floor: Math.floor,
  ceil: Math.ceil,
  sqrt: Math.sqrt,
  pow: Math.pow,
  exp: Math.exp,
  log: Math.log,
};

const BINARY: Readonly<Record<string, (a: number, b: number) => number>> = {
  add: (a, b) => a + b,
  subtract: (a, b) => a - b,
  multiply: (a, b) => a * b,
  divide: (a, b) => a / b,
  pow: (a, b) => a ** b,
  mod: (a, b) => a % b,
  larger: (a, b) => Number(a > b),
  smaller: (a, b) => Number(a < b),
  largerEq: (a, b) => Number(a >= b),
  smallerEq: (a, b) => Number(a <= b),
  equal: (a, b) => Number(a === b),
  unequal: (a, b) => Number(a !== b),
};

/** How a KPI id is written inside a formula. */
export function formulaName(kpiId: string): string {
  return kpiId.replaceAll('-', '_');
}

/**
 * Reads a formula against the workspace's KPI ids. Returns the KPI ids it uses (in
 * order of first use) or every problem found, each with its offset when it can be found.
 */
export function parseFormula(expression: string, kpiIds: Iterable<string>): ParsedFormula {
  if (expression.trim() === '') {
    return { ok: false, problems: [{ message: 'the formula is empty; write one like revenue - costs' }] };
  }
  let tree: MathNode;
  try {
    tree = parse(expression);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const char = /\(char (\d+)\)/.exec(message);
    return {
      ok: false,
      problems: [
        {
          message: `the formula cannot be read: ${message.replace(/\s*\(char \d+\)/, '')}`,
          ...(char ? { offset: Math.max(Number(char[1]) - 1, 0) } : {}),
        },
      ],
    };
  }
  const byName = new Map<string, string>();
  for (const id of kpiIds) byName.set(formulaName(id), id);
  const problems: FormulaProblem[] = [];
  const inputs: string[] = [];
  const at = (word: string) => offsetOf(expression, word);
  const visit = (node: MathNode): void => {
    switch (node.type) {
      case 'ConstantNode': {
        const value = (node as unknown as { value: unknown }).value;
        if (typeof value !== 'number') {
          problems.push({
            message: `${JSON.stringify(value)} is not a number; a formula computes numbers only`,
          });
        }
        return;
      }
      case 'SymbolNode': {
        const name = (node as unknown as { name: string }).name;
        const id = byName.get(name);
        if (id === undefined) {
          problems.push({ message: unknownName(name, byName), ...offsetField(at(name)) });
        } else if (!inputs.includes(id)) inputs.push(id);
        return;
      }
      case 'ParenthesisNode':
        visit((node as unknown as { content: MathNode }).content);
        return;
      case 'OperatorNode': {
        const { fn, args } = node as unknown as { fn: string; args: MathNode[] };
        const known = args.length === 1 ? ['unaryMinus', 'unaryPlus'].includes(fn) : fn in BINARY;
        if (!known)
          problems.push({
            message: `the operator ${(node as unknown as { op: string }).op} cannot be used in a formula`,
          });
        for (const arg of args) visit(arg);
        return;
      }
      case 'ConditionalNode': {
        const c = node as unknown as { condition: MathNode; trueExpr: MathNode; falseExpr: MathNode };
        for (const part of [c.condition, c.trueExpr, c.falseExpr]) visit(part);
        return;
      }
      case 'FunctionNode': {
        const { fn, args } = node as unknown as { fn: { name?: string }; args: MathNode[] };
        const name = fn.name ?? '';
        if (!Object.hasOwn(FUNCTIONS, name)) {
          problems.push({
            message: `${name || 'this call'} is not a formula function; use one of ${Object.keys(FUNCTIONS).join(', ')}`,
            ...offsetField(at(name)),
          });
        }
        for (const arg of args) visit(arg);
        return;
      }
      case 'AssignmentNode':
      case 'FunctionAssignmentNode':
        problems.push({ message: 'a formula computes a value; it cannot assign or define anything' });
        return;
      default:
        problems.push({
          message: `${describe(node.type)} cannot be used in a formula; use KPI ids, numbers and arithmetic`,
        });
    }
  };
  visit(tree);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, inputs, tree };
}

/**
 * Computes a formula from its inputs' values (by KPI id). Division by zero and any
 * result that is not a finite number is an error in words, never NaN or Infinity.
 */
export function evaluateFormula(
  formula: ParsedFormula & { ok: true },
  values: ReadonlyMap<string, number>,
): FormulaResult {
  const byName = new Map<string, number>();
  for (const [id, value] of values) byName.set(formulaName(id), value);
  const walk = (node: MathNode): number => {
    switch (node.type) {
      case 'ConstantNode':
        return Number((node as unknown as { value: unknown }).value);
      case 'SymbolNode': {
        const name = (node as unknown as { name: string }).name;
        const value = byName.get(name);
        if (value === undefined) throw new FormulaError(`${name} has no value for this period`);
        return value;
      }
      case 'ParenthesisNode':
        return walk((node as unknown as { content: MathNode }).content);
      case 'OperatorNode': {
        const { fn, args } = node as unknown as { fn: string; args: MathNode[] };
        const [a, b] = args.map(walk) as [number, number];
        if (fn === 'unaryMinus') return -a;
        if (fn === 'unaryPlus') return a;
        if ((fn === 'divide' || fn === 'mod') && b === 0) {
          throw new FormulaError(`division by zero: ${args[1]?.toString() ?? 'the divisor'} is 0`);
        }
        return (BINARY[fn] as (a: number, b: number) => number)(a, b);
      }
      case 'ConditionalNode': {
        const c = node as unknown as { condition: MathNode; trueExpr: MathNode; falseExpr: MathNode };
        return walk(c.condition) !== 0 ? walk(c.trueExpr) : walk(c.falseExpr);
      }
      case 'FunctionNode': {
        const { fn, args } = node as unknown as { fn: { name: string }; args: MathNode[] };
        return (FUNCTIONS[fn.name] as (...xs: number[]) => number)(...args.map(walk));
      }
      default:
        throw new FormulaError(`${describe(node.type)} cannot be evaluated`);
    }
  };
  try {
    const value = walk(formula.tree);
    if (!Number.isFinite(value))
      return { ok: false, error: `the formula gives ${value}, not a finite number` };
    return { ok: true, value };
  } catch (error) {
    if (error instanceof FormulaError) return { ok: false, error: error.message };
    throw error;
  }
}

class FormulaError extends Error {}

function unknownName(name: string, byName: ReadonlyMap<string, string>): string {
  const dashed = name.replaceAll('_', '-');
  const hint =
    byName.size === 0
      ? 'there are no other KPIs yet'
      : `write a KPI id with - as _ (one of ${[...byName.keys()].slice(0, 8).join(', ')})`;
  return `no KPI ${JSON.stringify(dashed === name ? name : `${name}" or "${dashed}`)}; ${hint}`;
}

function offsetOf(expression: string, word: string): number | undefined {
  if (word === '') return undefined;
  const match = new RegExp(`(?<![\\w.])${word.replace(/[^\w]/g, '\\$&')}(?!\\w)`).exec(expression);
  return match?.index;
}

function offsetField(offset: number | undefined): { offset?: number } {
  return offset === undefined ? {} : { offset };
}

function describe(type: string): string {
  const words: Record<string, string> = {
    AccessorNode: 'property access (a.b, a[1])',
    ArrayNode: 'a list',
    ObjectNode: 'an object',
    BlockNode: 'several statements',
    RangeNode: 'a range (a:b)',
    IndexNode: 'an index',
    RelationalNode: 'a chained comparison',
  };
  return words[type] ?? type;
}
