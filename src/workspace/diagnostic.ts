/** One problem found in a workspace file, with where it is and what to do about it. */
export interface Diagnostic {
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  /** 1-based. */
  readonly column: number;
  /** Where in the document, like `kpis[2].healthy.max`; empty for the whole file. */
  readonly path: string;
  /** What is wrong and how to fix it, without the path (formatDiagnostics adds it). */
  readonly message: string;
  readonly severity: 'error' | 'warning';
}

export type PathSegment = string | number;

/** `['kpis', 2, 'healthy', 'max']` → `kpis[2].healthy.max`. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out;
}

/**
 * Compiler-style lines, `goals.yaml:12:7: kpis[2].healthy.max: expected a number, got "four"`,
 * in file and position order, then one summary line per file: `2 errors in goals.yaml`.
 * Empty input gives an empty string.
 */
export function formatDiagnostics(diagnostics: readonly Diagnostic[]): string {
  const sorted = [...diagnostics].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
  const lines = sorted.map((d) => {
    const where = d.path === '' ? '' : `${d.path}: `;
    const tag = d.severity === 'warning' ? 'warning: ' : '';
    return `${d.file}:${d.line}:${d.column}: ${tag}${where}${d.message}`;
  });
  const files = [...new Set(sorted.map((d) => d.file))];
  for (const file of files) {
    const inFile = sorted.filter((d) => d.file === file);
    lines.push(`${summarise(inFile)} in ${file}`);
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

function summarise(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const parts = [];
  if (errors > 0) parts.push(plural(errors, 'error'));
  if (warnings > 0) parts.push(plural(warnings, 'warning'));
  return parts.join(' and ');
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
