import { takePrefetched } from './prefetch.js';
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
  let response: Response;
  try {
    const prefetched = method === 'GET' ? takePrefetched(url) : undefined;
    response = await (prefetched ??
      fetch(url, {
        method,
        headers,
        body,
        credentials: 'same-origin',
        signal: options.signal,
      }));
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(toProblem(0, '', null));
  }
  const parsed = await readBody(response);
  if (!response.ok) {
    if (response.status === 401) for (const listener of unauthorizedListeners) listener();
    throw new ApiError(toProblem(response.status, response.statusText, parsed));
  }
  return parsed as T;
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

export const api = {
  get: <T>(path: string, query?: RequestOptions['query'], signal?: AbortSignal) =>
    request<T>('GET', path, { query, signal }),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, { body: body ?? {} }),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, { body }),
  delete: <T>(path: string) => request<T>('DELETE', path),
};
