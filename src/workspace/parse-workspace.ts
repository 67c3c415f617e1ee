import type { Alias, Document } from 'yaml';
import type { Workspace } from '../core/model.js';
import type { Diagnostic } from './diagnostic.js';
import { formatPath } from './diagnostic.js';
import type { Finding } from './finding.js';
import { readQuickly } from './quick-yaml.js';
import { checkReferences } from './reference-rules.js';
import { findingsFromSchema } from './schema-issues.js';
import { positionOf } from './source-positions.js';
import { checkSources } from './source-rules.js';
import { toWorkspace } from './to-workspace.js';
import { checkValues } from './value-rules.js';
import { workspaceFileSchema } from './workspace-file.schema.js';
import { yamlLibrary } from './yaml-library.js';

export interface ParsedWorkspace {
  /** Present when there are no errors (warnings allow it). */
  readonly workspace: Workspace | undefined;
  /** Every problem found, errors and warnings, in source order. */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Reads a workspace file (YAML, or JSON, which is YAML) into a `Workspace`.
 *
 * Never throws on bad input: syntax errors, schema errors and cross-record errors all
 * come back as diagnostics with a line, a column and a document path. The shape and the
 * rules both run, so one pass shows every problem. `fileName` only labels diagnostics.
 *
 * A file the quick reader takes and the checks pass is done there; anything to report
 * is found again by `yaml`, which knows each value's line and column.
 */
export function parseWorkspace(text: string, fileName: string): ParsedWorkspace {
  const quick = readQuickly(text);
  if (quick !== undefined && isFields(quick.data)) {
    const { result, findings } = check(quick.data);
    if (result.success && findings.length === 0) {
      return { workspace: toWorkspace(result.data), diagnostics: [] };
    }
  }
  return parseWithPositions(text, fileName);
}

function parseWithPositions(text: string, fileName: string): ParsedWorkspace {
  const { LineCounter, parseDocument } = yamlLibrary();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
  const at = (offset: number): { line: number; column: number } => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };

  const syntax: Diagnostic[] = [
    ...doc.errors.map((e) => ({ ...at(e.pos[0]), message: e.message, severity: 'error' as const })),
    ...doc.warnings.map((w) => ({ ...at(w.pos[0]), message: w.message, severity: 'warning' as const })),
  ].map((d) => ({ file: fileName, path: '', ...d }));
  if (doc.errors.length > 0) return { workspace: undefined, diagnostics: syntax };

  const data = toPlainData(doc);
  if (data instanceof Error) {
    const bad = firstUnresolvedAlias(doc);
    const { line, column } = at(bad?.range?.[0] ?? 0);
    return {
      workspace: undefined,
      diagnostics: [
        ...syntax,
        { file: fileName, line, column, path: '', message: data.message, severity: 'error' },
      ],
    };
  }
  if (!isFields(data)) {
    const message =
      data === null || data === undefined
        ? 'the file is empty; a workspace file starts with "version: 1" and "workspace: <name>"'
        : 'expected a map of fields at the top level, starting with "version: 1"';
    return {
      workspace: undefined,
      diagnostics: [...syntax, { file: fileName, line: 1, column: 1, path: '', message, severity: 'error' }],
    };
  }

  const { result, findings } = check(data);
  const diagnostics = [
    ...syntax,
    ...findings.map(
      (finding): Diagnostic => ({
        file: fileName,
        ...positionOf(doc, lineCounter, finding.path, finding.target),
        path: formatPath(finding.path),
        message: finding.message,
        severity: finding.severity,
      }),
    ),
  ].sort((a, b) => a.line - b.line || a.column - b.column);

  const hasErrors = diagnostics.some((d) => d.severity === 'error');
  if (!result.success || hasErrors) return { workspace: undefined, diagnostics };
  // Imported lazily by name only to keep this file about orchestration.
  return { workspace: toWorkspace(result.data), diagnostics };
}

/** The top level of a workspace file: a map of fields. */
function isFields(data: unknown): data is object {
  return data !== null && typeof data === 'object' && !Array.isArray(data);
}

/** The shape and every rule, in one pass. */
function check(data: object) {
  const result = workspaceFileSchema.safeParse(data);
  const findings: Finding[] = [
    ...(result.success ? [] : findingsFromSchema(result.error.issues, data, workspaceFileSchema)),
    ...checkReferences(data),
    ...checkValues(data),
    ...checkSources(data),
  ];
  return { result, findings };
}

/** YAML aliases can still fail when resolved (unknown anchor, alias bombs); say so instead of throwing. */
function toPlainData(doc: Document): unknown {
  try {
    return doc.toJS({ maxAliasCount: 1000 });
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

function firstUnresolvedAlias(doc: Document): Alias | undefined {
  const { visit } = yamlLibrary();
  let found: Alias | undefined;
  visit(doc, {
    Alias(_, node) {
      if (node.resolve(doc) !== undefined) return undefined;
      found = node;
      return visit.BREAK;
    },
  });
  return found;
}
