import { describe, expect, it } from 'vitest';
import { type Diagnostic, formatDiagnostics, formatPath } from './diagnostic.js';

const at = (
  line: number,
  column: number,
  severity: Diagnostic['severity'],
  path: string,
  message: string,
): Diagnostic => ({
  file: 'goals.yaml',
  line,
  column,
  path,
  message,
  severity,
});

describe('diagnostics as a person reads them', () => {
  it('writes paths the way the file nests them', () => {
    expect(formatPath(['kpis', 2, 'healthy', 'max'])).toBe('kpis[2].healthy.max');
    expect(formatPath([])).toBe('');
  });

  it('prints compiler-style lines in source order, then a count per file', () => {
    const text = formatDiagnostics([
      at(14, 3, 'warning', 'objectives[0].keyResults[1].target', 'no target, so progress cannot be measured'),
      at(12, 7, 'error', 'kpis[2].healthy.max', 'expected a number, got "four"'),
      at(1, 10, 'error', 'version', 'version 2 is not supported'),
    ]);
    expect(text).toBe(
      [
        'goals.yaml:1:10: version: version 2 is not supported',
        'goals.yaml:12:7: kpis[2].healthy.max: expected a number, got "four"',
        'goals.yaml:14:3: warning: objectives[0].keyResults[1].target: no target, so progress cannot be measured',
        '2 errors and 1 warning in goals.yaml',
        '',
      ].join('\n'),
    );
  });

  it('leaves out the path for problems with the whole file', () => {
    expect(formatDiagnostics([at(3, 1, 'error', '', 'Map keys must be unique')])).toBe(
      'goals.yaml:3:1: Map keys must be unique\n1 error in goals.yaml\n',
    );
  });

  it('prints nothing when there is nothing wrong', () => {
    expect(formatDiagnostics([])).toBe('');
  });
});
