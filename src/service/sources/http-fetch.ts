import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { guardedLookup, OutboundRefusedError, outboundUrlProblem } from '../net/outbound-guard.js';
import { SourceRunError } from './source-run-error.js';

export interface FetchOptions {
  readonly headers: Readonly<Record<string, string>>;
  readonly etag: string | null;
  readonly lastModified: string | null;
  readonly timeoutMs: number;
  readonly env: NodeJS.ProcessEnv;
}

export type FetchedJson =
  | { readonly status: 'not_modified' }
  | {
      readonly status: 'ok';
      readonly body: unknown;
      readonly etag: string | null;
      readonly lastModified: string | null;
    };

/** Large enough for a year of daily rows; a source larger than this is a mistake. */
const MAX_BODY_BYTES = 5 * 1024 * 1024;

/**
 * GETs a JSON document, conditionally when an ETag or Last-Modified is known (a 304
 * means nothing changed). Every way it can fail becomes a SourceRunError in words the
 * KPI's owner can act on: refused address, timeout, an error status, HTML, bad JSON.
 */
export async function fetchJson(url: string, options: FetchOptions): Promise<FetchedJson> {
  const problem = outboundUrlProblem(url, options.env);
  if (problem !== undefined) throw new SourceRunError(problem);
  const target = new URL(url);
  const headers: Record<string, string> = {
    accept: 'application/json',
    'user-agent': 'Ratchet',
    ...options.headers,
  };
  if (options.etag !== null) headers['if-none-match'] = options.etag;
  if (options.lastModified !== null) headers['if-modified-since'] = options.lastModified;
  const request = target.protocol === 'https:' ? httpsRequest : httpRequest;
  const response = await new Promise<IncomingMessage>((resolve, reject) => {
    const req = request(
      target,
      { method: 'GET', headers, lookup: guardedLookup(options.env), timeout: options.timeoutMs },
      resolve,
    );
    const timer = setTimeout(
      () => req.destroy(new SourceRunError(timeoutMessage(options.timeoutMs))),
      options.timeoutMs,
    );
    req.on('timeout', () => req.destroy(new SourceRunError(timeoutMessage(options.timeoutMs))));
    req.on('error', (error) => reject(describeNetworkError(error, target)));
    req.on('close', () => clearTimeout(timer));
    req.end();
  });
  if (response.statusCode === 304) {
    response.resume();
    return { status: 'not_modified' };
  }
  const text = await readBody(response, options.timeoutMs);
  const status = response.statusCode ?? 0;
  if (status < 200 || status >= 300) {
    throw new SourceRunError(
      `${target.host} answered ${status} ${response.statusMessage ?? ''}`.trim() + statusHint(status),
    );
  }
  const type = String(response.headers['content-type'] ?? '');
  if (/html/i.test(type) || /^\s*</.test(text)) {
    throw new SourceRunError(
      `${target.host} sent HTML, not JSON; check the URL points at the API, not a web page or a sign-in form`,
    );
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new SourceRunError(`${target.host} sent a body that is not JSON (${detail})`);
  }
  return {
    status: 'ok',
    body,
    etag: headerText(response.headers.etag),
    lastModified: headerText(response.headers['last-modified']),
  };
}

async function readBody(response: IncomingMessage, timeoutMs: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  const timer = setTimeout(() => response.destroy(new SourceRunError(timeoutMessage(timeoutMs))), timeoutMs);
  try {
    for await (const chunk of response) {
      size += (chunk as Buffer).length;
      if (size > MAX_BODY_BYTES) {
        response.destroy();
        throw new SourceRunError(
          `the answer is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB; ask the API for less`,
        );
      }
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    if (error instanceof SourceRunError) throw error;
    throw new SourceRunError(
      `the answer broke off: ${error instanceof Error ? error.message : String(error)}`,
    );
  } finally {
    clearTimeout(timer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function timeoutMessage(ms: number): string {
  return `no answer within ${ms / 1000} s; the API is down or slow — try again later or ask it for less`;
}

function statusHint(status: number): string {
  if (status === 401 || status === 403) return '; check the token in the source headers';
  if (status === 404) return '; check the URL';
  if (status === 429) return '; the API limits requests: give the source a less frequent schedule';
  if (status >= 500) return '; the API failed on its side, the next run will try again';
  return '';
}

function describeNetworkError(error: Error, target: URL): Error {
  if (error instanceof SourceRunError) return error;
  if (error instanceof OutboundRefusedError) return new SourceRunError(error.message);
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOTFOUND')
    return new SourceRunError(`the host ${target.hostname} cannot be found; check the URL`);
  if (code === 'ECONNREFUSED')
    return new SourceRunError(`${target.host} refused the connection; is the service running?`);
  return new SourceRunError(`could not reach ${target.host}: ${error.message}`);
}

function headerText(value: string | string[] | undefined): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}
