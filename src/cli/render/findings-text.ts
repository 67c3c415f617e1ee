import type { Finding, Severity } from '../../core/report.types.js';
import type { Paint } from './style.js';

const MARK: Record<Severity, string> = { error: '✖ error  ', warning: '▲ warning', info: 'ℹ info   ' };

/** One line per finding: severity, rule id, the record it points at, what to do. */
export function renderFindings(findings: readonly Finding[], paint: Paint): string[] {
  if (findings.length === 0) return [paint.green('✔ No findings: the coach has nothing to add.')];
  return findings.map((f) => {
    const mark =
      f.severity === 'error'
        ? paint.red(MARK.error)
        : f.severity === 'warning'
          ? paint.yellow(MARK.warning)
          : paint.cyan(MARK.info);
    return `${mark} ${paint.dim(`${f.rule} (${f.ref})`)} ${f.message}`;
  });
}
