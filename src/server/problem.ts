/**
 * RFC 9457 problem details: the one error shape every route answers with.
 * Routes throw `HttpProblem`; `error-handler.ts` turns it (and every other error) into
 * `application/problem+json`, so no handler builds an error body by hand.
 */

export interface FieldError {
  /** Dotted path into the request, e.g. `body.healthy.max` or `query.limit`. */
  readonly path: string;
  readonly message: string;
}

export interface ProblemBody {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly errors?: readonly FieldError[];
  /** RFC 9457 extension members a problem type defines, e.g. a 409's `conflicts`. */
  readonly [extension: string]: unknown;
}

const TITLES: Readonly<Record<number, string>> = {
  400: 'Bad request',
  401: 'Sign-in required',
  403: 'Not allowed',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  410: 'No longer available',
  413: 'Request too large',
  415: 'Unsupported media type',
  422: 'Invalid input',
  429: 'Too many requests',
  500: 'Internal error',
  503: 'Unavailable',
};

export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly options: {
      readonly errors?: readonly FieldError[];
      readonly headers?: Readonly<Record<string, string>>;
      readonly title?: string;
      /** Extension members of this problem type (never `type`, `title`, `status`, `detail`). */
      readonly extensions?: Readonly<Record<string, unknown>>;
    } = {},
  ) {
    super(detail);
    this.name = 'HttpProblem';
  }

  body(): ProblemBody {
    return {
      ...this.options.extensions,
      ...problemBody(this.status, this.detail, this.options.errors, this.options.title),
    };
  }
}

export function problemBody(
  status: number,
  detail: string,
  errors?: readonly FieldError[],
  title?: string,
): ProblemBody {
  const name = title ?? TITLES[status] ?? 'Error';
  return {
    type: `https://ratchet.dev/problems/${name.toLowerCase().replaceAll(/[^a-z0-9]+/g, '-')}`,
    title: name,
    status,
    detail,
    ...(errors && errors.length > 0 ? { errors } : {}),
  };
}

export function problemResponse(
  problem: ProblemBody,
  headers: Readonly<Record<string, string>> = {},
): Response {
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: { 'content-type': 'application/problem+json', ...headers },
  });
}
