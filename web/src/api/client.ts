import { ApiError, toProblem } from './problem.js';

/**
 * The one way the web app talks to the server: JSON over fetch with the session cookie.
 * Errors come back as `ApiError` carrying the API's problem details.
 */
export const API_BASE = '/api/v1';

type Listener = () => void;
const unauthorizedListeners = new Set<Listener>();

/** Called when any request answers 401: the session expired or was revoked. */
export function onUnauthorized(listener: Listener): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

export interface RequestOptions {
  readonly body?: unknown;
  /** Raw text body (CSV uploads) with its content type. */
  readonly text?: { readonly contentType: string; readonly content: string };
  readonly query?: Readonly<Record<string, string | number | undefined | null>>;
  readonly signal?: AbortSignal;
}

export function apiUrl(path: string, query?: RequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return `${API_BASE}${path}${qs ? `?${qs}` : ''}`;
}

/** A response and its body, read once: a prefetched answer is shared in this form. */
interface Answer {
  readonly response: Response;
  readonly body: unknown;
}

async function send(url: string, init: RequestInit): Promise<Answer> {
  const response = await fetch(url, { ...init, credentials: 'same-origin' });
  return { response, body: await readBody(response) };
}

/**
 * GETs a route's first screen starts while its code is still loading (`prefetch.ts`). Each
 * answer is kept for the first identical GET the page makes, which takes it (so later
 * reloads ask the server again).
 */
const early = new Map<string, Promise<Answer>>();

function fail(answer: Answer): ApiError {
  return new ApiError(toProblem(answer.response.status, answer.response.statusText, answer.body));
}

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  let body: string | undefined;
  if (options.text) {
    headers['Content-Type'] = options.text.contentType;
    body = options.text.content;
  } else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  const url = apiUrl(path, options.query);
  const prefetched = method === 'GET' ? early.get(url) : undefined;
  if (prefetched) early.delete(url);
  let answer: Answer;
  try {
    answer = await (prefetched ?? send(url, { method, headers, body, signal: options.signal }));
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(toProblem(0, '', null));
  }
  if (!answer.response.ok) {
    if (answer.response.status === 401) for (const listener of unauthorizedListeners) listener();
    throw fail(answer);
  }
  return answer.body as T;
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (!text) return undefined;
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      return JSON.parse(text);
    } catch {
      return undefined;
    }
  }
  return text;
}

export interface Http {
  get<T>(path: string, query?: RequestOptions['query'], signal?: AbortSignal): Promise<T>;
  post<T>(path: string, body?: unknown): Promise<T>;
  patch<T>(path: string, body: unknown): Promise<T>;
  delete<T>(path: string): Promise<T>;
}

export const api: Http = {
  get: <T>(path: string, query?: RequestOptions['query'], signal?: AbortSignal) =>
    request<T>('GET', path, { query, signal }),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, { body: body ?? {} }),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, { body }),
  delete: <T>(path: string) => request<T>('DELETE', path),
};

const onlyGets = () => Promise.reject(new Error('Only GETs are started ahead of a page.'));

/**
 * The client a route's first-screen requests go through: each GET starts now and its
 * answer waits in `early` for the page's identical GET. It answers its caller too, so a
 * request that needs another's answer (an objective's cycle) can follow it. A 401 is
 * reported by the page's own request, not here.
 */
export const prefetchHttp: Http = {
  get: <T>(path: string, query?: RequestOptions['query']) => {
    const url = apiUrl(path, query);
    const answer = send(url, { method: 'GET', headers: { Accept: 'application/json' } });
    // Nobody may ever take it (the page changed its mind): that is not an unhandled error.
    answer.catch(() => undefined);
    early.set(url, answer);
    return answer.then((a): T => {
      if (!a.response.ok) throw fail(a);
      return a.body as T;
    });
  },
  post: onlyGets,
  patch: onlyGets,
  delete: onlyGets,
};
