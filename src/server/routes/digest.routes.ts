import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { endOfDate } from '../../core/time.js';
import { digestsOf } from '../../service/notify/digest.service.js';
import type { AppEnv, WorkspaceScope } from '../env.js';
import { presentDigest } from '../presenters/digest.presenter.js';
import { HttpProblem } from '../problem.js';
import { jsonResponse, problems, readProblems, WorkspaceParam } from '../schemas/common.schema.js';
import { DigestQuery, DigestSchema } from '../schemas/digest.schema.js';
import type { ServerDeps } from '../server-deps.js';

const digestRoute = createRoute({
  method: 'get',
  path: '/workspaces/{ws}/digest',
  tags: ['Reports'],
  summary: 'The weekly digest: what needs a person’s (or a team’s) attention',
  description:
    'What the Monday email says, as of now or the end of `asOf`: yours by default; admins and owners may ' +
    'name any `person` or a `team`. An API token names one. Its Needs-attention items are the dashboard’s ' +
    'for the same view (`owner=` the person, the running cycles).',
  request: { params: WorkspaceParam, query: DigestQuery },
  responses: { 200: jsonResponse(DigestSchema, 'The digest'), 400: problems[400], ...readProblems },
});

export function registerDigestRoutes(api: OpenAPIHono<AppEnv>, deps: ServerDeps): void {
  api.openapi(digestRoute, async (c) => {
    const query = c.req.valid('query');
    const scope = c.get('scope');
    const asOf = query.asOf === undefined ? deps.now() : endOfDate(query.asOf);
    if (asOf === undefined)
      throw new HttpProblem(400, `asOf "${query.asOf}" is not a calendar date.`, {
        errors: [{ path: 'query.asOf', message: 'Use a real date like 2026-11-30.' }],
      });
    const [answer] = await digestsOf(deps.store, scope.workspace.slug, targetOf(scope, query), asOf);
    if (!answer) throw new HttpProblem(404, 'There is no such digest.');
    return c.json(presentDigest(answer), 200);
  });
}

/** Whose digest the caller may read: their own; anyone's or a team's for an admin, owner or token. */
function targetOf(
  scope: WorkspaceScope,
  query: { readonly person?: string | undefined; readonly team?: string | undefined },
): { person: string } | { team: string } {
  if (query.person !== undefined && query.team !== undefined)
    throw new HttpProblem(400, 'Ask for a person’s digest or a team’s, not both.', {
      errors: [{ path: 'query.team', message: 'leave out team, or person' }],
    });
  const mayPick = scope.role === null || scope.role === 'admin' || scope.role === 'owner';
  if (query.team !== undefined) {
    if (!mayPick)
      throw new HttpProblem(403, 'Only an admin can read a team’s digest; yours is at ?person= your id.');
    return { team: query.team };
  }
  const person = query.person ?? scope.person;
  if (person === null)
    throw new HttpProblem(400, 'Name whose digest: ?person=<id> or ?team=<id>.', {
      errors: [
        {
          path: 'query.person',
          message:
            scope.principal.kind === 'token'
              ? 'an API token is not a person: give a person id'
              : 'your account is not linked to a person of this workspace: give a person id',
        },
      ],
    });
  if (person !== scope.person && !mayPick)
    throw new HttpProblem(403, 'Only the person themself or an admin can read a person’s digest.');
  return { person };
}
