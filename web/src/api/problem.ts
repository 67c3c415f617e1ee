/**
 * RFC 9457 problem details, as the API sends them, turned into words a person can act on.
 */
export interface ProblemField {
  readonly path: string;
  readonly message: string;
}

/** A value that would replace a different one stored at the same instant (a 409's `conflicts`). */
export interface ValueConflict {
  readonly kpi: string;
  readonly at: string;
  readonly stored: number;
  readonly value: number;
  readonly row?: number;
}

export interface Problem {
  readonly type?: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  readonly errors?: readonly ProblemField[];
  readonly conflicts?: readonly ValueConflict[];
}

export class ApiError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }

  /** The message for one form field (by its JSON path, e.g. `email` or `healthy.max`). */
  fieldError(path: string): string | undefined {
    // The server names fields by their place in the request (`body.email`); accept both.
    const wanted = new Set([path, `/${path}`, `body.${path}`]);
    return this.problem.errors?.find((e) => wanted.has(e.path))?.message;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Reads a problem body; anything else becomes a problem built from the HTTP status. */
export function toProblem(status: number, statusText: string, body: unknown): Problem {
  if (isRecord(body) && typeof body.title === 'string') {
    const errors = Array.isArray(body.errors)
      ? body.errors
          .filter(isRecord)
          .map((e) => ({ path: String(e.path ?? ''), message: String(e.message ?? '') }))
      : undefined;
    const conflicts = Array.isArray(body.conflicts)
      ? body.conflicts.filter(isRecord).map((c) => ({
          kpi: String(c.kpi ?? ''),
          at: String(c.at ?? ''),
          stored: Number(c.stored),
          value: Number(c.value),
          ...(typeof c.row === 'number' ? { row: c.row } : {}),
        }))
      : undefined;
    return {
      type: typeof body.type === 'string' ? body.type : undefined,
      title: body.title,
      status: typeof body.status === 'number' ? body.status : status,
      detail: typeof body.detail === 'string' ? body.detail : undefined,
      errors,
      ...(conflicts ? { conflicts } : {}),
    };
  }
  return { title: statusText || fallbackTitle(status), status, detail: fallbackDetail(status) };
}

function fallbackTitle(status: number): string {
  if (status === 0) return 'No connection';
  if (status >= 500) return 'Server error';
  return `Request failed (${status})`;
}

function fallbackDetail(status: number): string | undefined {
  if (status === 0) return 'Ratchet could not reach the server. Check your connection and try again.';
  if (status >= 500)
    return 'Something went wrong on the server. Try again in a moment; if it keeps failing, check the server log.';
  return undefined;
}

/** The values a 409 says would replace stored ones; empty for any other error. */
export function valueConflicts(error: unknown): readonly ValueConflict[] {
  if (!(error instanceof ApiError) || error.status !== 409) return [];
  return error.problem.conflicts ?? [];
}

/** A 409 for a stale version: someone saved the record after this page read it. */
export function isStale(error: unknown): boolean {
  return error instanceof ApiError && error.problem.type?.endsWith('/changed-by-someone-else') === true;
}

/**
 * One sentence for any error: the API's own words when it sent some, without the HTTP
 * title in front ("Conflict: …" reads like a protocol, not like advice).
 */
export function describeError(error: unknown): string {
  if (isStale(error)) return 'Someone changed this; reload to see their change.';
  if (error instanceof ApiError) {
    const { title, detail } = error.problem;
    return detail || title;
  }
  if (error instanceof Error) return error.message;
  return 'Something went wrong. Try again.';
}
