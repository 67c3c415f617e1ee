import { type Kysely, sql } from 'kysely';
import type { Database } from './tables.js';

/**
 * Counts one hit for `key` in one statement (an upsert), so servers hitting the same key at
 * once never lose a count: a window older than `windowMs` starts again at `now` with one
 * hit, otherwise its hits go up by one. Answers the window as it now stands.
 */
export async function countHit(
  db: Kysely<Database>,
  key: string,
  now: number,
  windowMs: number,
): Promise<{ readonly hits: number; readonly windowStart: number }> {
  const expired = sql<boolean>`rate_limit_windows.window_start <= ${now - windowMs}`;
  const row = await db
    .insertInto('rate_limit_windows')
    .values({ key, window_start: now, hits: 1 })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        hits: sql<number>`case when ${expired} then 1 else rate_limit_windows.hits + 1 end`,
        window_start: sql<number>`case when ${expired} then ${now} else rate_limit_windows.window_start end`,
      }),
    )
    .returning(['hits', 'window_start'])
    .executeTakeFirstOrThrow();
  return { hits: Number(row.hits), windowStart: Number(row.window_start) };
}

export async function forgetHits(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom('rate_limit_windows').where('key', '=', key).execute();
}

/** Drops windows that began before `before` (they count for nothing any more). */
export async function sweepHits(db: Kysely<Database>, prefix: string, before: number): Promise<void> {
  await db
    .deleteFrom('rate_limit_windows')
    .where('key', 'like', `${prefix}%`)
    .where('window_start', '<', before)
    .execute();
}
