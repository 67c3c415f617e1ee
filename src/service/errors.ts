/**
 * The errors services throw, typed once so every edge maps them the same way: the CLI
 * prints the message, the server turns them into 404 / 409 / 422.
 */

/** A record the caller named does not exist (or is archived and not asked for). */
export class NotFoundError extends Error {
  constructor(
    readonly entity: string,
    readonly key: string,
    hint = '',
    /** The whole message, when the caller named no key (e.g. "the only workspace"). */
    message?: string,
  ) {
    super(
      message ??
        `No ${entity} "${key}" in this ${entity === 'workspace' || entity === 'account' ? 'database' : 'workspace'}.${hint ? ` ${hint}` : ''}`,
    );
    this.name = 'NotFoundError';
  }
}

/** The record changed since the caller read it (stale version) or the change would clash. */
export class ConflictError extends Error {
  constructor(
    message: string,
    /** The version now stored, when the conflict is a stale version. */
    readonly currentVersion?: number,
  ) {
    super(message);
    this.name = 'ConflictError';
  }
}

/** The caller edited an older version than the one stored. */
export function staleVersion(entity: string, key: string, expected: number, current: number): ConflictError {
  return new ConflictError(
    `${entity} "${key}" was changed by someone else (you edited version ${expected}, it is now at ${current}); reload it and apply your change again.`,
    current,
  );
}

export interface ValidationIssue {
  /** Where in the input: `points[3].value`, `healthy.min`. */
  readonly path: string;
  readonly message: string;
}

/** The input breaks a rule; `issues` says each problem and where. */
export class ValidationError extends Error {
  constructor(
    message: string,
    readonly issues: readonly ValidationIssue[] = [],
  ) {
    super(
      issues.length === 0
        ? message
        : `${message}\n${issues.map((i) => `  ${i.path}: ${i.message}`).join('\n')}`,
    );
    this.name = 'ValidationError';
  }
}

/** The caller is known but their role does not allow this change (an admin touching an owner). */
export class ForbiddenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ForbiddenError';
  }
}

/** A value sent for an instant of a KPI that holds a different one. */
export interface PointConflictAt {
  readonly kpi: string;
  /** The KPI's name: what the message calls it (people read names, not ids). */
  readonly kpiName: string;
  readonly at: number;
  readonly stored: number;
  readonly value: number;
  /** The CSV row it came from, when it came from a file. */
  readonly row?: number;
}

/**
 * Values that would replace different values already stored: nothing was written, and
 * the caller asks the person before sending again with `replace: true`.
 */
export class PointConflictError extends ConflictError {
  constructor(readonly conflicts: readonly PointConflictAt[]) {
    super(pointConflictMessage(conflicts));
    this.name = 'PointConflictError';
  }

  /** The conflicts with the file row of each (the last row at its instant, the one that counts). */
  withRows(rows: readonly { readonly at: number; readonly row: number }[]): PointConflictAt[] {
    const rowAt = new Map(rows.map((p) => [p.at, p.row]));
    return this.conflicts.map((c) => {
      const row = rowAt.get(c.at);
      return row === undefined ? c : { ...c, row };
    });
  }
}

function pointConflictMessage(conflicts: readonly PointConflictAt[]): string {
  const [first] = conflicts;
  if (!first) return 'No value would be replaced.';
  const instant = new Date(first.at).toISOString();
  const one = `The KPI “${first.kpiName}” already has ${first.stored} at ${instant}; this would replace it with ${first.value}.`;
  const more =
    conflicts.length === 1 ? '' : ` ${conflicts.length - 1} more value(s) would replace stored ones too.`;
  return `${one}${more} Nothing was stored. Send it again with "replace": true to replace them.`;
}
