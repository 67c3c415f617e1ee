import { type Caller, ORIGIN, type testServer } from './harness.js';

export interface OpenedStream {
  readonly status: number;
  readonly text: string;
  /** The whole stream once it ends; null when it never opened. */
  readonly ended: Promise<string> | null;
  readonly received?: () => string;
  readonly cancel?: () => Promise<void> | undefined;
}

/**
 * Opens `GET /workspaces/{ws}/events` in-process and reads it to its end in the
 * background; resolves once the stream said `ready` (or with the refusal).
 */
export async function openEventStream(
  server: Awaited<ReturnType<typeof testServer>>,
  slug: string,
  caller: Caller,
): Promise<OpenedStream> {
  const headers: Record<string, string> = {};
  if (caller.cookie) headers.cookie = caller.cookie;
  if (caller.token) headers.authorization = `Bearer ${caller.token}`;
  const response = await server.app.request(`${ORIGIN}/api/v1/workspaces/${slug}/events`, { headers });
  if (response.status !== 200) return { status: response.status, text: await response.text(), ended: null };
  const reader = response.body?.getReader();
  const decoder = new TextDecoder();
  let text = '';
  const ended = (async () => {
    for (;;) {
      const chunk = await reader?.read();
      if (!chunk || chunk.done) return text;
      text += decoder.decode(chunk.value);
    }
  })();
  while (!text.includes('event: ready')) await new Promise((resolve) => setTimeout(resolve, 5));
  return { status: 200, text, ended, received: () => text, cancel: () => reader?.cancel() };
}

/** Waits until the stream has received `fragment` (an entity id, an event name). */
export async function receivedBy(stream: OpenedStream, fragment: string): Promise<void> {
  while (!stream.received?.().includes(fragment)) await new Promise((resolve) => setTimeout(resolve, 5));
}
