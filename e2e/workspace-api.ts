import type { Page } from '@playwright/test';

/** The workspace slug of the page's URL (`/w/<slug>/…`). */
export function workspaceSlug(page: Page): string {
  const slug = /\/w\/([^/]+)/.exec(new URL(page.url()).pathname)?.[1];
  if (!slug) throw new Error(`not on a workspace page: ${page.url()}`);
  return decodeURIComponent(slug);
}

/**
 * Calls the workspace API from inside the page, as the signed-in user (same origin, so
 * the session cookie and CSRF check apply): test setup that the spec is not about.
 */
export async function workspaceApi<T = unknown>(
  page: Page,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; json: T }> {
  const url = `/api/v1/workspaces/${encodeURIComponent(workspaceSlug(page))}${path}`;
  return page.evaluate(
    async ({ url, method, body }) => {
      const response = await fetch(url, {
        method,
        headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, json: text ? JSON.parse(text) : null };
    },
    { url, method, body },
  );
}
