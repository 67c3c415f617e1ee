import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { okrImportSummary, timeImportSummary } from '../../service/imports/import-summary.js';
import { importOkrs } from '../../service/imports/okr-import.service.js';
import {
  importPointsCsv,
  type PointsCsvOptions,
  previewPointsCsv,
  savedPointsMapping,
} from '../../service/imports/points-csv-import.service.js';
import { importTimeEntries } from '../../service/imports/time-entries-import.service.js';
import type { AppEnv, WorkspaceScope } from '../env.js';
import { assertMayChange } from '../middleware/workspace-scope.js';
import {
  jsonBody,
  jsonResponse,
  problems,
  readProblems,
  WorkspaceParam,
  writeProblems,
} from '../schemas/common.schema.js';
import {
  ImportTool,
  PointsCsvPreviewSchema,
  PointsCsvResultSchema,
  PointsCsvSchema,
  SavedMappingSchema,
  ToolImportResultSchema,
  ToolImportSchema,
} from '../schemas/csv-import.schema.js';
import { pointConflictProblem } from '../schemas/kpi.schema.js';
import type { ServerDeps } from '../server-deps.js';
import type { WorkspaceSnapshots } from '../workspace-snapshots.js';
import { findKpi } from './kpis.routes.js';
import { changeOf } from './write-context.js';

const tags = ['Imports'];

const mappingRoute = createRoute({
  method: 'get',
  path: '/workspaces/{ws}/points-import/mapping',
  tags,
  summary: 'The column mapping the workspace last imported a CSV of values with',
  request: { params: WorkspaceParam },
  responses: { 200: jsonResponse(SavedMappingSchema, 'The mapping, or null'), ...readProblems },
});

const previewRoute = createRoute({
  method: 'post',
  path: '/workspaces/{ws}/points-import/preview',
  tags,
  summary: 'Read a CSV of KPI values through a column mapping: every problem by row; stores nothing',
  request: { params: WorkspaceParam, body: jsonBody(PointsCsvSchema) },
  responses: {
    200: jsonResponse(PointsCsvPreviewSchema, 'What the file reads as'),
    400: problems[400],
    ...writeProblems,
  },
});

const importRoute = createRoute({
  method: 'post',
  path: '/workspaces/{ws}/points-import',
  tags,
  summary: 'Import a CSV of values of one or many KPIs through a column mapping, all or nothing',
  description:
    'Any row problem imports nothing and answers 422 listing every problem by row. The mapping is saved for ' +
    'the next upload. A row whose value differs from the one stored at its instant refuses the import with a ' +
    '409 naming each (`conflicts`, with rows) unless `replace: true`; the preview lists them as `replacing`. ' +
    '`dryRun` counts what would be inserted or replaced and stores nothing.',
  request: { params: WorkspaceParam, body: jsonBody(PointsCsvSchema) },
  responses: {
    200: jsonResponse(PointsCsvResultSchema, 'Imported'),
    400: problems[400],
    ...writeProblems,
    409: pointConflictProblem,
  },
});

const toolRoute = createRoute({
  method: 'post',
  path: '/workspaces/{ws}/imports/{tool}',
  tags,
  summary: 'Import another tool’s CSV export: Toggl, Clockify, an OKR sheet, Viva Goals, Perdoo (admins)',
  description:
    'The same importers as `ratchet import --from` (docs/importers.md), all or nothing: a file with any ' +
    'problem imports nothing and answers 422 listing every problem by row. `dryRun` checks and counts.',
  request: {
    params: WorkspaceParam.extend({ tool: ImportTool.openapi({ param: { name: 'tool', in: 'path' } }) }),
    body: jsonBody(ToolImportSchema),
  },
  responses: { 200: jsonResponse(ToolImportResultSchema, 'Imported'), 400: problems[400], ...writeProblems },
});

export function registerCsvImportRoutes(
  api: OpenAPIHono<AppEnv>,
  deps: ServerDeps,
  snapshots: WorkspaceSnapshots,
): void {
  api.openapi(mappingRoute, async (c) => {
    const mapping = await savedPointsMapping(deps.store, c.get('scope').workspace.slug);
    return c.json({ mapping: mapping ?? null }, 200);
  });

  api.openapi(previewRoute, async (c) => {
    const { csv, ...options } = c.req.valid('json');
    const preview = await previewPointsCsv(deps.store, c.get('scope').workspace.slug, csv, options);
    return c.json(
      {
        header: [...preview.header],
        rows: preview.rows,
        problems: preview.problems.map((p) => ({ row: p.row, message: p.message })),
        kpis: preview.kpis.map((k) => ({ kpi: k.kpi, points: k.points })),
        sample: preview.sample.map((p) => ({ ...p })),
        replacing: preview.replacing.map((r) => ({ ...r, row: r.row ?? 0 })),
      },
      200,
    );
  });

  api.openapi(importRoute, async (c) => {
    const scope = c.get('scope');
    const { csv, ...options } = c.req.valid('json');
    await assertMayChangeKpisOf(scope, csv, options);
    const result = await importPointsCsv(
      deps.store,
      scope.workspace.slug,
      csv,
      options,
      changeOf(scope, deps),
    );
    return c.json({ ...result, kpis: result.kpis.map((k) => ({ ...k })) }, 200);
  });

  /** Editors import values only into the KPIs they or their team own. */
  async function assertMayChangeKpisOf(scope: WorkspaceScope, csv: string, options: PointsCsvOptions) {
    const preview = await previewPointsCsv(deps.store, scope.workspace.slug, csv, options);
    for (const { kpi: id } of preview.kpis) {
      const kpi = await findKpi(snapshots, scope, id);
      assertMayChange(scope, { kind: 'KPI', id, owner: kpi.owner, team: kpi.team });
    }
  }

  api.openapi(toolRoute, async (c) => {
    const scope = c.get('scope');
    const { tool } = c.req.valid('param');
    const body = c.req.valid('json');
    const change = changeOf(scope, deps);
    const dryRun = body.dryRun === true;
    if (tool === 'toggl' || tool === 'clockify') {
      const r = await importTimeEntries(
        deps.store,
        scope.workspace.slug,
        tool,
        body.csv,
        {
          ...(body.initiative !== undefined ? { initiative: body.initiative } : {}),
          ...(body.person !== undefined ? { person: body.person } : {}),
          ...(body.billableKpi !== undefined ? { billableKpi: body.billableKpi } : {}),
          ...(body.dateFormat !== undefined ? { dateOrder: body.dateFormat } : {}),
          dryRun,
        },
        change,
      );
      const summary = timeImportSummary(r, dryRun, body.billableKpi);
      return c.json({ dryRun, summary, counts: { ...r } }, 200);
    }
    const r = await importOkrs(
      deps.store,
      scope.workspace.slug,
      body.csv,
      { ...(body.cycle !== undefined ? { cycle: body.cycle } : {}), mapping: body.mapping ?? {}, dryRun },
      change,
    );
    return c.json({ dryRun, summary: okrImportSummary(r, dryRun), counts: { ...r } }, 200);
  });
}
