import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { listPoints } from '../../service/data-point.service.js';
import type { AppEnv } from '../env.js';
import { pointsCsv, pointsCsvFileName } from '../presenters/points-csv.presenter.js';
import { readProblems } from '../schemas/common.schema.js';
import { KpiParam } from '../schemas/kpi.schema.js';
import type { ServerDeps } from '../server-deps.js';

const exportPoints = createRoute({
  method: 'get',
  path: '/workspaces/{ws}/kpis/{id}/points.csv',
  tags: ['Data points'],
  summary: 'Download a KPI’s points as CSV (`at,value,note,source`, oldest first)',
  description:
    'Instants in ISO 8601 (UTC) and plain numbers, whatever the workspace locale, so the file reads back ' +
    'through `POST /kpis/{id}/points.csv`.',
  request: { params: KpiParam },
  responses: {
    200: {
      description: 'The points, with a header row',
      content: {
        'text/csv': {
          schema: z
            .string()
            .openapi({ example: 'at,value,note,source\n2026-03-01T00:00:00.000Z,12.5,,manual\n' }),
        },
      },
    },
    ...readProblems,
  },
});

export function registerPointsExportRoutes(api: OpenAPIHono<AppEnv>, deps: ServerDeps): void {
  api.openapi(exportPoints, async (c) => {
    const { id } = c.req.valid('param');
    const points = await listPoints(deps.store, c.get('scope').workspace.slug, id);
    return c.body(pointsCsv(points), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${pointsCsvFileName(id)}"`,
    });
  });
}
