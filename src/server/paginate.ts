import { HttpProblem } from './problem.js';

/**
 * Cursor pagination over an ordered list: the cursor is the id of the last item served,
 * opaque to clients (base64url), so lists can later page in SQL without a contract change.
 */
export function paginate<T extends { readonly id: string | number }>(
  items: readonly T[],
  cursor: string | undefined,
  limit: number,
): { items: T[]; nextCursor: string | null } {
  let start = 0;
  if (cursor !== undefined) {
    const after = Buffer.from(cursor, 'base64url').toString('utf8');
    const index = items.findIndex((item) => String(item.id) === after);
    if (index < 0) {
      throw new HttpProblem(400, 'This cursor does not match the list any more; start again without it.', {
        errors: [{ path: 'query.cursor', message: 'unknown cursor' }],
      });
    }
    start = index + 1;
  }
  const page = items.slice(start, start + limit);
  const last = page.at(-1);
  const more = start + limit < items.length;
  return {
    items: page,
    nextCursor: more && last ? Buffer.from(String(last.id), 'utf8').toString('base64url') : null,
  };
}
