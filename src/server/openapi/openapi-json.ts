import pino from 'pino';
import { closeDatabase, openDatabase } from '../../store/database.js';
import { createApp } from '../app.js';
import { DEFAULT_BODY_LIMITS } from '../middleware/request-body.js';
import { DEFAULT_RATE_LIMITS } from '../server-deps.js';
import { openApiDocument } from './openapi-document.js';

/**
 * The committed `openapi.json`, exactly: built from the routes alone (no request is
 * served, so the throw-away database is never queried).
 */
export async function openApiJson(): Promise<string> {
  const store = await openDatabase('sqlite::memory:', { migrate: false });
  try {
    const app = createApp({
      store,
      logger: pino({ level: 'silent' }),
      now: () => 0,
      trustProxy: false,
      webRoot: null,
      bodyLimits: DEFAULT_BODY_LIMITS,
      rateLimits: DEFAULT_RATE_LIMITS,
      lifecycle: { draining: false },
    });
    return `${JSON.stringify(openApiDocument(app), null, 2)}\n`;
  } finally {
    await closeDatabase(store);
  }
}
