import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { guardedLookup, outboundUrlProblem } from '../net/outbound-guard.js';

export interface PostOutcome {
  readonly ok: boolean;
  /** The HTTP status, when the receiver answered. */
  readonly status: number | null;
  /** The start of the answer, or what went wrong, for the delivery log. */
  readonly response: string;
}

const SNIPPET_CHARS = 500;

/**
 * POSTs a JSON body through the outbound guard with a deadline. Never throws: every
 * failure (refused address, timeout, connection error, a non-2xx answer) is an outcome
 * with words for the delivery log.
 */
export async function postJson(
  url: string,
  body: string,
  headers: Readonly<Record<string, string>>,
  options: { readonly timeoutMs: number; readonly env?: NodeJS.ProcessEnv },
): Promise<PostOutcome> {
  const env = options.env ?? process.env;
  const problem = outboundUrlProblem(url, env);
  if (problem !== undefined) return { ok: false, status: null, response: problem };
  const target = new URL(url);
  const request = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<PostOutcome>((resolve) => {
    let settled = false;
    const finish = (outcome: PostOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const req = request(
      target,
      {
        method: 'POST',
        lookup: guardedLookup(env),
        headers: {
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(body)),
          'user-agent': 'Ratchet-Webhooks',
          ...headers,
        },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          if (text.length < SNIPPET_CHARS) text += chunk;
        });
        response.on('end', () => {
          const status = response.statusCode ?? 0;
          finish({ ok: status >= 200 && status < 300, status, response: text.slice(0, SNIPPET_CHARS) });
        });
        response.on('error', (error) =>
          finish({ ok: false, status: response.statusCode ?? null, response: error.message }),
        );
      },
    );
    const timer = setTimeout(() => {
      req.destroy();
      finish({ ok: false, status: null, response: `no answer within ${options.timeoutMs / 1000} s` });
    }, options.timeoutMs);
    req.on('error', (error: NodeJS.ErrnoException) =>
      finish({ ok: false, status: null, response: networkWords(error, target.host) }),
    );
    req.end(body);
  });
}

function networkWords(error: NodeJS.ErrnoException, host: string): string {
  switch (error.code) {
    case 'ECONNREFUSED':
      return `${host} refused the connection`;
    case 'ENOTFOUND':
      return `the host ${host} cannot be found`;
    case 'ECONNRESET':
      return `${host} closed the connection`;
    default:
      return error.message;
  }
}
