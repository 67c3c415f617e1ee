import { describe, expect, it } from 'vitest';
import { parseWorkspace } from './parse-workspace.js';
import { serializeWorkspace } from './serialize-workspace.js';

const HEADER = `version: 1
workspace: Solo Studio
freelancer: true
people: [{id: ana, name: Ana}]
kpis:
`;

const SOURCES = `${HEADER}  - id: billable-hours
    name: Billable hours
    cadence: weekly
    source:
      kind: http
      url: https://api.track.example/v1/summary
      value: data.billable_seconds / 3600
      at: data.week_start
      headers:
        Authorization: Bearer t0ken
      schedule: 0 7 * * 1
  - id: available-hours
    name: Available hours
    cadence: weekly
    source:
      kind: sql
      connection: postgres://reader:pw@db.internal/warehouse
      query: select week as at, hours as value from capacity
  - id: utilisation
    name: Billable utilisation
    unit: '%'
    cadence: weekly
    healthy: {min: 70, max: 80}
    source:
      kind: formula
      expression: billable_hours / available_hours * 100
`;

function read(text: string) {
  const { workspace, diagnostics } = parseWorkspace(text, 'goals.yaml');
  return {
    workspace,
    found: diagnostics.map((d) => ({ at: `${d.line}:${d.column}`, path: d.path, message: d.message })),
  };
}

describe('a KPI source in the workspace file', () => {
  it('reads an http source, a sql source and a formula, and writes them back unchanged', () => {
    const { workspace, found } = read(SOURCES);
    expect(found).toEqual([]);
    expect(workspace?.kpis.map((k) => k.source?.kind)).toEqual(['http', 'sql', 'formula']);
    expect(workspace?.kpis[0]?.source).toEqual({
      kind: 'http',
      url: 'https://api.track.example/v1/summary',
      value: 'data.billable_seconds / 3600',
      at: 'data.week_start',
      headers: { Authorization: 'Bearer t0ken' },
      schedule: '0 7 * * 1',
    });
    for (const format of ['yaml', 'json'] as const) {
      const again = read(serializeWorkspace(workspace as NonNullable<typeof workspace>, format));
      expect(again.found).toEqual([]);
      expect(again.workspace).toEqual(workspace);
    }
  });

  it('refuses a formula loop on every KPI in it', () => {
    const text = `${HEADER}  - {id: a, name: A, cadence: weekly, source: {kind: formula, expression: b + 1}}
  - {id: b, name: B, cadence: weekly, source: {kind: formula, expression: a * 2}}
`;
    expect(read(text).found).toEqual([
      {
        at: '6:75',
        path: 'kpis[0].source.expression',
        message:
          'formulas read each other in a loop: a → b → a; one of them must be computed from other KPIs or entered',
      },
      {
        at: '7:75',
        path: 'kpis[1].source.expression',
        message:
          'formulas read each other in a loop: a → b → a; one of them must be computed from other KPIs or entered',
      },
    ]);
  });

  it.each([
    [
      'an unknown KPI in a formula',
      '{kind: formula, expression: revenue - costs}',
      'kpis[0].source.expression',
      /no KPI "revenue"; there are no other KPIs yet|no KPI "revenue"/,
    ],
    [
      'a formula reading itself',
      '{kind: formula, expression: a + 1}',
      'kpis[0].source.expression',
      /reads a itself/,
    ],
    [
      'JSONata that does not parse',
      '{kind: http, url: "https://x.example/", value: "data.[v"}',
      'kpis[0].source.value',
      /JSONata expression cannot be read: Expected "]"/,
    ],
    [
      'a schedule that is not cron',
      '{kind: http, url: "https://x.example/", value: v, schedule: every day}',
      'kpis[0].source.schedule',
      /not a cron schedule/,
    ],
    [
      'a connection of an unknown database',
      '{kind: sql, connection: "mysql://x", query: select 1}',
      'kpis[0].source.connection',
      /PostgreSQL URL/,
    ],
    ['an unknown kind', '{kind: ftp, url: x}', 'kpis[0].source.kind', /kind http, sql or formula, not "ftp"/],
    [
      'a misspelt field',
      '{kind: http, url: "https://x.example/", valu: v}',
      'kpis[0].source.valu',
      /did you mean "value"/,
    ],
    [
      'a file URL',
      '{kind: http, url: "file:///etc/passwd", value: v}',
      'kpis[0].source.url',
      /http or https URL/,
    ],
  ])('reports %s where it is', (_name, source, path, message) => {
    const { workspace, found } = read(`${HEADER}  - {id: a, name: A, cadence: weekly, source: ${source}}\n`);
    expect(workspace).toBeUndefined();
    expect(found.map((f) => f.path)).toContain(path);
    expect(found.find((f) => f.path === path)?.message).toMatch(message);
  });
});
