import type { Context, ErrorHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ZodError } from 'zod';
import { mapDomainError } from './domain-errors.js';
import type { AppEnv } from './env.js';
import { type FieldError, HttpProblem, problemBody, problemResponse } from './problem.js';

/**
 * The one place errors become HTTP. Routes throw; this maps what they throw to a
 * problem+json answer. Anything unexpected is logged with the request id and answered
 * with a 500 that names the id and never a stack trace.
 */
export function errorHandler(): ErrorHandler<AppEnv> {
  return (error, c) => {
    if (error instanceof HttpProblem) return problemResponse(error.body(), error.options.headers);
    const mapped = mapDomainError(error);
    if (mapped) return problemResponse(mapped.body(), mapped.options.headers);
    if (error instanceof HTTPException) return fromHttpException(error);
    return unexpected(error, c);
  };
}

function fromHttpException(error: HTTPException): Response {
  // Hono's own validator and body parser report broken JSON as a 400.
  if (error.status === 400 && /json/i.test(error.message)) {
    return problemResponse(
      problemBody(400, 'The request body is not valid JSON. Check quotes, commas and brackets.'),
    );
  }
  return problemResponse(problemBody(error.status, error.message || 'The request could not be handled.'));
}

function unexpected(error: unknown, c: Context<AppEnv>): Response {
  const requestId = c.get('requestId') ?? 'unknown';
  c.get('log')?.error({ err: error }, 'unhandled error');
  return problemResponse(
    problemBody(
      500,
      `Something went wrong on the server (request ${requestId}). Nothing was changed; try again, and report the request id if it keeps happening.`,
    ),
  );
}

/** Every invalid field by path, with zod's message rephrased for people. */
export function fieldErrors(error: ZodError, prefix: string): FieldError[] {
  return error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));
}
