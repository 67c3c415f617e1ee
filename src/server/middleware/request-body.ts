import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from '../env.js';
import { HttpProblem } from '../problem.js';

export interface BodyLimits {
  /** Bytes for ordinary JSON requests. */
  readonly defaultBytes: number;
  /** Bytes for data-point ingestion (bulk JSON up to 10,000 points, CSV uploads). */
  readonly ingestBytes: number;
}

export const DEFAULT_BODY_LIMITS: BodyLimits = { defaultBytes: 256 * 1024, ingestBytes: 8 * 1024 * 1024 };

const INGEST_PATH = /\/kpis\/[^/]+\/points(\.csv)?$|\/points-import(\/preview)?$|\/imports\/[^/]+$/;
const CSV_PATH = /\/points\.csv$/;
const METHODS_WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);

function hasBody(request: Request): boolean {
  const length = request.headers.get('content-length');
  if (length !== null) return length !== '0';
  return request.body !== null;
}

/**
 * Refuses bodies of a type we do not read (415) or larger than the route allows (413)
 * before any handler sees them, so a rejected request never half-runs. A 413 stops
 * reading mid-body, so the rest of the body would be read as the next request: the answer
 * says `Connection: close` and Node closes the socket after it (issue 13, defect 10).
 */
export function requestBody(limits: BodyLimits): MiddlewareHandler<AppEnv> {
  const limitError = (maxBytes: number) => () => {
    throw new HttpProblem(
      413,
      `The request body is larger than ${Math.round(maxBytes / 1024)} KiB. Send fewer records per request (bulk points: at most 10,000).`,
      { headers: { connection: 'close' } },
    );
  };
  const small = bodyLimit({ maxSize: limits.defaultBytes, onError: limitError(limits.defaultBytes) });
  const large = bodyLimit({ maxSize: limits.ingestBytes, onError: limitError(limits.ingestBytes) });

  return async (c, next) => {
    if (hasNul(decodedOrRaw(c.req.url))) throw nulProblem('address');
    if (!METHODS_WITH_BODY.has(c.req.method) || !hasBody(c.req.raw)) return next();
    const path = c.req.path;
    const expected = CSV_PATH.test(path) ? 'text/csv' : 'application/json';
    const mediaType = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    if (mediaType !== expected) {
      throw new HttpProblem(
        415,
        `This endpoint reads ${expected}, but the request says ${mediaType ? `"${mediaType}"` : 'nothing'}. Send the header Content-Type: ${expected}.`,
      );
    }
    return (INGEST_PATH.test(path) ? large : small)(c, async () => {
      if (hasNul(await c.req.text())) throw nulProblem('body');
      await next();
    });
  };
}

// JSON's escape of NUL, not itself escaped (an even number of backslashes before it).
const ESCAPED_NUL = /(?:^|[^\\])(?:\\\\)*\\u0000/i;

/** A NUL character, raw or written as JSON's escape. */
function hasNul(text: string): boolean {
  return text.includes(String.fromCharCode(0)) || ESCAPED_NUL.test(text);
}

function decodedOrRaw(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}

/**
 * Text with the NUL character (U+0000) cannot be stored (PostgreSQL refuses it) and is
 * never meant: it is refused as a whole, before any handler reads the request.
 */
function nulProblem(where: 'address' | 'body'): HttpProblem {
  return new HttpProblem(
    400,
    `The request ${where} contains the NUL character (U+0000, "\\u0000" in JSON), which Ratchet cannot store. Remove it and send the request again.`,
  );
}
