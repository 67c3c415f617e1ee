import type { Kysely } from 'kysely';
import type { Database } from './tables.js';

/** A cycle's stored dates and whether it was closed (a review row exists once it is). */
export async function cycleDates(
  db: Kysely<Database>,
  id: number,
): Promise<{ readonly start: string; readonly end: string; readonly closed: boolean }> {
  const row = await db
    .selectFrom('cycles')
    .leftJoin('cycle_reviews', 'cycle_reviews.cycle_id', 'cycles.id')
    .select(['cycles.start_date', 'cycles.end_date', 'cycle_reviews.id as review'])
    .where('cycles.id', '=', id)
    .executeTakeFirstOrThrow();
  return { start: row.start_date, end: row.end_date, closed: row.review !== null };
}
