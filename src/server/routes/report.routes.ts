import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { evaluateWorkspace } from '../../core/evaluate.js';
import { endOfDate, toIsoDate } from '../../core/time.js';
import type { AppEnv } from '../env.js';
import { presentReport } from '../presenters/report.presenter.js';
import { HttpProblem } from '../problem.js';
import { jsonResponse, problems, WorkspaceParam } from '../schemas/common.schema.js';
import { AsOfQuery, ReportSchema } from '../schemas/report.schema.js';
import type { ServerDeps } from '../server-deps.js';
import type { WorkspaceSnapshots } from '../workspace-snapshots.js';

const reportRoute = createRoute({
  method: 'get',
  path: '/workspaces/{ws}/report',
  tags: ['Reports'],
  summary: 'The evaluated workspace: the same JSON as `ratchet report --json`',
  request: { params: WorkspaceParam, query: AsOfQuery },
  responses: {
    200: jsonResponse(ReportSchema, 'KPI health, objective progress and the coach’s findings'),
    400: problems[400],
    401: problems[401],
    403: problems[403],
    404: problems[404],
  },
});

export function registerReportRoutes(
  api: OpenAPIHono<AppEnv>,
  deps: ServerDeps,
  snapshots: WorkspaceSnapshots,
): void {
  api.openapi(reportRoute, async (c) => {
    const { asOf } = c.req.valid('query');
    const instant = endOfDate(asOf ?? toIsoDate(deps.now()));
    if (instant === undefined) {
      throw new HttpProblem(400, `asOf "${asOf}" is not a calendar date.`, {
        errors: [{ path: 'query.asOf', message: 'Use a real date like 2026-03-31.' }],
      });
    }
    const snapshot = await snapshots.get(c.get('scope').workspace);
    return c.json(presentReport(evaluateWorkspace(snapshot.workspace, instant)), 200);
  });
}
