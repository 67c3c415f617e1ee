import { ValidationError } from '../../service/errors.js';

/** What a caller may send about alignment: `parent` (one, `null` for none) or `parents`. */
interface ParentFields {
  readonly parent?: string | null | undefined;
  readonly parents?: readonly string[] | undefined;
}

/**
 * The list the service takes, from either field: `parent` is the older one-parent form and
 * still replaces the whole list. Undefined when neither was sent.
 */
export function parentsSent(body: ParentFields): readonly string[] | undefined {
  if (body.parent !== undefined && body.parents !== undefined) {
    throw new ValidationError('The objectives to support are given twice:', [
      { path: 'parents', message: 'send `parent` for one objective or `parents` for several, not both' },
    ]);
  }
  if (body.parents !== undefined) return body.parents;
  if (body.parent === undefined) return undefined;
  return body.parent === null ? [] : [body.parent];
}

/**
 * Runs a write, telling a caller that sent `parent` about it under `parent` (not
 * `parents.0`), so a client that never heard of several parents reads its own field.
 */
export async function reportedAsSent<T>(body: ParentFields, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!(error instanceof ValidationError) || body.parent === undefined || body.parent === null) throw error;
    const issues = error.issues.map((i) => (i.path === 'parents.0' ? { ...i, path: 'parent' } : i));
    throw new ValidationError(error.message.split('\n')[0] ?? error.message, issues);
  }
}
