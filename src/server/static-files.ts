import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Context } from 'hono';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Serves the web app's built files. Vite fingerprints everything under `assets/`, so those
 * are cached for a year; `index.html` is revalidated so a deploy shows at once. Any other
 * path that is not a file gets `index.html` (the app routes in the browser).
 */
export function staticFiles(webRoot: string | null) {
  const root = webRoot === null ? null : resolve(webRoot);
  return async (c: Context): Promise<Response> => {
    if (root === null) return notBuilt(c);
    const wanted = decodePath(c.req.path);
    if (wanted !== null) {
      const file = await readIfFile(root, wanted);
      if (file) {
        const immutable = wanted.startsWith('/assets/');
        return new Response(new Uint8Array(file), {
          headers: {
            'Content-Type': TYPES[extname(wanted).toLowerCase()] ?? 'application/octet-stream',
            'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
          },
        });
      }
      // A missing fingerprinted asset is a real 404, not the app shell.
      if (extname(wanted) !== '' && !wanted.endsWith('.html')) return c.text('Not found', 404);
    }
    const index = await readIfFile(root, '/index.html');
    if (!index) return notBuilt(c);
    return new Response(new Uint8Array(index), {
      headers: { 'Content-Type': TYPES['.html'] ?? 'text/html', 'Cache-Control': 'no-cache' },
    });
  };

  async function readIfFile(base: string, urlPath: string): Promise<Buffer | null> {
    const path = normalize(join(base, urlPath));
    // Never serve outside the web root, whatever `..` or encoded slashes the URL holds.
    if (path !== base && !path.startsWith(base + sep)) return null;
    try {
      if (!(await stat(path)).isFile()) return null;
      return await readFile(path);
    } catch {
      return null;
    }
  }
}

function decodePath(path: string): string | null {
  try {
    const decoded = decodeURIComponent(path);
    return decoded.includes('\0') ? null : decoded;
  } catch {
    return null;
  }
}

function notBuilt(c: Context): Response {
  return c.html(
    '<!doctype html><meta charset="utf-8"><title>Ratchet</title>' +
      '<h1>Ratchet is running</h1><p>The web app is not built yet: run <code>npm run build</code>, ' +
      'then reload. The API is at <a href="/api/docs">/api/docs</a>.</p>',
    200,
  );
}
