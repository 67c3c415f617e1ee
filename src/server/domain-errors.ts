import { InvitationClosedError } from '../service/accounts/invitation.service.js';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  PointConflictError,
  ValidationError,
} from '../service/errors.js';
import { SecretKeyError } from '../service/secrets/secret-box.js';
import { HttpProblem } from './problem.js';

/** The title (and type `…/problems/changed-by-someone-else`) of a 409 for a stale version. */
export const STALE_TITLE = 'Changed by someone else';

/** The title (and type `…/problems/value-already-recorded`) of a 409 for values that would replace others. */
export const POINT_CONFLICT_TITLE = 'Value already recorded';

/** The services' typed errors as HTTP problems (the only place they are mapped). */
export function mapDomainError(error: unknown): HttpProblem | null {
  if (error instanceof NotFoundError) return new HttpProblem(404, error.message);
  if (error instanceof ForbiddenError) return new HttpProblem(403, error.message);
  // A link that worked once and no longer does: gone, with the reason in words.
  if (error instanceof InvitationClosedError) {
    return new HttpProblem(error.reason === 'unknown' ? 404 : 410, error.message);
  }
  // Values that would replace different stored ones: each named, for the client to ask.
  if (error instanceof PointConflictError) {
    return new HttpProblem(409, error.message, {
      title: POINT_CONFLICT_TITLE,
      extensions: {
        // The name is in the detail; the list keeps to the documented fields.
        conflicts: error.conflicts
          .slice(0, 1000)
          .map(({ kpiName: _, ...c }) => ({ ...c, at: new Date(c.at).toISOString() })),
      },
    });
  }
  if (error instanceof ConflictError) {
    const detail =
      error.currentVersion === undefined
        ? error.message
        : `${error.message} Reload to get version ${error.currentVersion}, reapply your change and send it again.`;
    // A stale version has its own problem type, so clients can say "someone changed this".
    const title = error.currentVersion === undefined ? undefined : STALE_TITLE;
    return new HttpProblem(409, detail, title ? { title } : {});
  }
  if (error instanceof ValidationError) {
    const summary = error.message.split('\n')[0] ?? error.message;
    return new HttpProblem(422, summary, {
      errors: error.issues.map((issue) => ({ path: `body.${issue.path}`, message: issue.message })),
    });
  }
  // The server cannot keep secrets (no RATCHET_SECRET_KEY on PostgreSQL, or the key
  // changed): the operator's to fix, and the message says how.
  if (error instanceof SecretKeyError) {
    return new HttpProblem(503, error.message, { title: 'The server cannot keep secrets yet' });
  }
  return null;
}
