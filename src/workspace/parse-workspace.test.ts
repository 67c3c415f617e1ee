import { describe, expect, it } from 'vitest';
import { parseWorkspace } from './parse-workspace.js';

/** Every case is a whole file; the header takes lines 1–4, so the body starts at line 5. */
const HEADER = `version: 1
workspace: Acme Support
people: [{id: anna, name: Anna Lima}, {id: ben, name: Ben Okafor}]
cycles: [{id: q4, start: 2026-10-01, end: 2026-12-31}]
`;

function problems(text: string) {
  const { workspace, diagnostics } = parseWorkspace(text, 'goals.yaml');
  return {
    workspace,
    found: diagnostics.map((d) => ({ at: `${d.line}:${d.column}`, path: d.path, message: d.message })),
  };
}

interface Case {
  readonly name: string;
  readonly body: string;
  readonly at: string;
  readonly path: string;
  readonly message: string | RegExp;
}

const cases: readonly Case[] = [
  {
    name: 'a number written as text asks for it without quotes',
    body: 'kpis:\n  - {id: frt, name: First response time, cadence: weekly, healthy: {max: "30"}}\n',
    at: '6:74',
    path: 'kpis[0].healthy.max',
    message: 'expected a number, got "30"; write 30 without quotes',
  },
  {
    name: 'a word where a number belongs is shown as written',
    body: 'kpis:\n  - id: frt\n    name: First response time\n    cadence: weekly\n    healthy: {max: four}\n',
    at: '9:20',
    path: 'kpis[0].healthy.max',
    message: 'expected a number, got "four"',
  },
  {
    name: "an alert's for that is neither points nor a duration says what to write",
    body: 'kpis:\n  - id: frt\n    name: First response time\n    cadence: weekly\n    alert: {for: soon}\n',
    at: '9:18',
    path: 'kpis[0].alert.for',
    message:
      '"soon" is not a number of points or a duration: write e.g. "3 points", "36h", "2 days" or "1w".',
  },
  {
    name: 'a repeat interval counted in points is refused: it is a duration',
    body: 'alert: {repeat: 3 points}\n',
    at: '5:17',
    path: 'alert.repeat',
    message: /"3 points" is not a repeat interval: write a duration of at least five minutes/,
  },
  {
    name: 'an unknown field suggests the field it resembles',
    body: 'kpis:\n  - id: frt\n    name: First response time\n    cadence: weekly\n    helthy: {max: 30}\n',
    at: '9:5',
    path: 'kpis[0].helthy',
    message: 'unknown field; did you mean "healthy"?',
  },
  {
    name: 'an unknown field unlike any other lists the fields that exist',
    body: 'teams:\n  - {id: support, name: Support, colour: blue}\n',
    at: '6:34',
    path: 'teams[0].colour',
    message: 'unknown field; the fields here are id, name, parent',
  },
  {
    name: 'a misspelt cadence suggests the right one',
    body: 'kpis:\n  - {id: frt, name: First response time, cadence: weeky}\n',
    at: '6:51',
    path: 'kpis[0].cadence',
    message: 'expected one of daily, weekly, monthly, quarterly, got "weeky"; did you mean "weekly"?',
  },
  {
    name: 'a missing required field points at the record it is missing from',
    body: 'kpis:\n  - id: frt\n    name: First response time\n',
    at: '6:5',
    path: 'kpis[0].cadence',
    message: 'missing; it is required (one of daily, weekly, monthly, quarterly)',
  },
  {
    name: 'a date that does not exist is not rolled over',
    body: 'decisions:\n  - {kpi: frt, at: 2026-02-30, by: anna, text: Hire a second agent}\nkpis: [{id: frt, name: FRT, cadence: weekly}]\n',
    at: '6:20',
    path: 'decisions[0].at',
    message: '"2026-02-30" is not a real date',
  },
  {
    name: 'a time without an offset asks for one',
    body: 'kpis:\n  - id: frt\n    name: FRT\n    cadence: weekly\n    points: [{at: "2026-11-02T09:00", value: 52}]\n',
    at: '9:19',
    path: 'kpis[0].points[0].at',
    message: '"2026-11-02T09:00" has no UTC offset; add Z or an offset such as +01:00',
  },
  {
    name: 'a true or false written as text asks for it without quotes',
    body: 'freelancer: "true"\n',
    at: '5:13',
    path: 'freelancer',
    message: 'expected true or false, got "true"; write true without quotes',
  },
  {
    name: 'a healthy range with min above max',
    body: 'kpis:\n  - {id: util, name: Utilisation, cadence: weekly, healthy: {min: 80, max: 70}}\n',
    at: '6:67',
    path: 'kpis[0].healthy.min',
    message: 'min 80 is greater than max 70; swap them',
  },
  {
    name: 'a warning range that cuts into the healthy range',
    body: 'kpis:\n  - {id: util, name: Utilisation, cadence: weekly, healthy: {min: 70, max: 80}, warning: {min: 72, max: 90}}\n',
    at: '6:96',
    path: 'kpis[0].warning.min',
    message:
      'min 72 cuts into the healthy range (the healthy min is 70); the warning range must contain the healthy range',
  },
  {
    name: 'a warning range without a healthy range',
    body: 'kpis:\n  - {id: util, name: Utilisation, cadence: weekly, warning: {min: 60}}\n',
    at: '6:61',
    path: 'kpis[0].warning',
    message: 'a warning range needs a healthy range inside it; add healthy',
  },
  {
    name: 'a key result whose target is its baseline',
    body: 'objectives:\n  - id: o1\n    title: Delight customers\n    cycle: q4\n    keyResults:\n      - {id: kr1, title: CSAT, baseline: 4.5, target: 4.5}\n',
    at: '10:55',
    path: 'objectives[0].keyResults[0].target',
    message: /^the target equals the baseline \(4.5\)/,
  },
  {
    name: 'a confidence above 1',
    body: 'objectives:\n  - id: o1\n    title: Delight customers\n    cycle: q4\n    keyResults:\n      - id: kr1\n        title: CSAT from 3.8 to 4.5\n        baseline: 3.8\n        target: 4.5\n        checkIns: [{at: 2026-10-05, value: 3.9, confidence: 70}]\n',
    at: '14:61',
    path: 'objectives[0].keyResults[0].checkIns[0].confidence',
    message: 'confidence is between 0 and 1 (0.7 means 70% sure)',
  },
  {
    name: 'a weight of zero',
    body: 'objectives:\n  - id: o1\n    title: Delight customers\n    cycle: q4\n    keyResults:\n      - {id: kr1, title: CSAT, baseline: 3.8, target: 4.5, weight: 0}\n',
    at: '10:68',
    path: 'objectives[0].keyResults[0].weight',
    message: 'weight must be greater than 0',
  },
  {
    name: 'an owner who is not among the people suggests the closest id',
    body: 'kpis:\n  - {id: frt, name: FRT, cadence: weekly, owner: ana}\n',
    at: '6:50',
    path: 'kpis[0].owner',
    message: 'no person with id "ana"; did you mean "anna"?',
  },
  {
    name: 'an objective in a cycle that does not exist lists the cycles',
    body: 'objectives:\n  - {id: o1, title: Delight customers, cycle: 2026-q4, keyResults: []}\n',
    at: '6:47',
    path: 'objectives[0].cycle',
    message: 'no cycle with id "2026-q4"; add it under cycles, or use one of q4',
  },
  {
    name: 'two KPIs with the same id',
    body: 'kpis:\n  - {id: frt, name: FRT, cadence: weekly}\n  - {id: frt, name: First response, cadence: daily}\n',
    at: '7:10',
    path: 'kpis[1].id',
    message: 'duplicate id "frt", already used by kpis[0]; ids must be unique among KPIs',
  },
  {
    name: 'key result ids are unique across objectives, since initiatives name them alone',
    body: 'objectives:\n  - {id: o1, title: A, cycle: q4, keyResults: [{id: kr1, title: X, baseline: 0, target: 1}]}\n  - {id: o2, title: B, cycle: q4, keyResults: [{id: kr1, title: Y, baseline: 0, target: 1}]}\n',
    at: '7:53',
    path: 'objectives[1].keyResults[0].id',
    message:
      'duplicate id "kr1", already used by objectives[0].keyResults[0]; ids must be unique among key results in the workspace',
  },
  {
    name: 'an initiative that drives a key result that does not exist',
    body: 'initiatives:\n  - {id: i1, title: Macros for common tickets, keyResults: [kr-frt], status: in_progress}\n',
    at: '6:61',
    path: 'initiatives[0].keyResults[0]',
    message:
      'no key result with id "kr-frt"; there are no key results yet; add it under an objective\'s keyResults',
  },
  {
    name: 'a guardrail that names no KPI points at the id in the list',
    body: 'kpis:\n  - {id: csat, name: CSAT, cadence: monthly}\nobjectives:\n  - {id: o1, title: Reply faster, cycle: q4, guardrails: [csat, cast], keyResults: []}\n',
    at: '8:65',
    path: 'objectives[0].guardrails[1]',
    message: 'no KPI with id "cast"; add it under kpis, or use one of csat',
  },
  {
    name: 'a guardrail KPI listed twice points at the repeat',
    body: 'kpis:\n  - {id: csat, name: CSAT, cadence: monthly}\nobjectives:\n  - {id: o1, title: Reply faster, cycle: q4, guardrails: [csat, csat], keyResults: []}\n',
    at: '8:65',
    path: 'objectives[0].guardrails[1]',
    message: 'KPI "csat" is already a guardrail at position 1; list each guardrail KPI once',
  },
  {
    name: 'teams whose parents go round in a loop',
    body: 'teams:\n  - {id: cs, name: Customer success, parent: support}\n  - {id: support, name: Support, parent: cs}\n',
    at: '6:46',
    path: 'teams[0].parent',
    message: 'teams form a loop: cs → support → cs; one of them needs another parent or none',
  },
  {
    name: 'a second parent that names no objective points at it in the list',
    body: 'objectives:\n  - {id: grow, title: Grow, cycle: q4, keyResults: []}\n  - {id: keep, title: Keep customers, cycle: q4, keyResults: []}\n  - {id: fast, title: Reply faster, cycle: q4, parents: [grow, kep], keyResults: []}\n',
    at: '8:64',
    path: 'objectives[2].parents[1]',
    message: 'no objective with id "kep"; did you mean "keep"?',
  },
  {
    name: 'parents that loop through a second parent',
    body: 'objectives:\n  - {id: grow, title: Grow, cycle: q4, keyResults: []}\n  - {id: keep, title: Keep customers, cycle: q4, parent: fast, keyResults: []}\n  - {id: fast, title: Reply faster, cycle: q4, parents: [grow, keep], keyResults: []}\n',
    at: '7:58',
    path: 'objectives[1].parent',
    message: 'objectives form a loop: keep → fast → keep; one of them needs another parent or none',
  },
  {
    name: 'an objective that lists itself among its parents',
    body: 'objectives:\n  - {id: grow, title: Grow, cycle: q4, keyResults: []}\n  - {id: keep, title: Keep customers, cycle: q4, keyResults: []}\n  - {id: fast, title: Reply faster, cycle: q4, parents: [grow, fast], keyResults: []}\n',
    at: '8:64',
    path: 'objectives[2].parents[1]',
    message: '"fast" cannot be its own parent',
  },
  {
    name: 'a parent listed twice',
    body: 'objectives:\n  - {id: grow, title: Grow, cycle: q4, keyResults: []}\n  - {id: keep, title: Keep customers, cycle: q4, keyResults: []}\n  - {id: fast, title: Reply faster, cycle: q4, parents: [grow, grow], keyResults: []}\n',
    at: '8:64',
    path: 'objectives[2].parents[1]',
    message: '"grow" is already listed at parents[0]; name each parent once',
  },
  {
    name: 'both parent and parents',
    body: 'objectives:\n  - {id: grow, title: Grow, cycle: q4, keyResults: []}\n  - {id: keep, title: Keep customers, cycle: q4, keyResults: []}\n  - {id: fast, title: Reply faster, cycle: q4, parent: grow, parents: [keep], keyResults: []}\n',
    at: '8:71',
    path: 'objectives[2].parents',
    message: 'write `parent: id` for one objective or `parents: [id, …]` for several, not both',
  },
  {
    name: 'a currency in lower case',
    body: 'currency: eur\n',
    at: '5:11',
    path: 'currency',
    message: 'expected a three-letter ISO 4217 code in capitals, like EUR or USD',
  },
];

describe('a workspace file with one mistake', () => {
  it.each(cases)('$name', ({ body, at, path, message }) => {
    const { workspace, found } = problems(HEADER + body);
    expect(found).toEqual([
      { at, path, message: expect.stringMatching(typeof message === 'string' ? exact(message) : message) },
    ]);
    expect(workspace).toBeUndefined();
  });
});

function exact(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

describe('a workspace file that cannot be read at all', () => {
  it('names the supported version when the file is from another one', () => {
    expect(problems('version: 2\nworkspace: Acme\n').found).toEqual([
      {
        at: '1:10',
        path: 'version',
        message: 'version 2 is not supported; this Ratchet reads version 1 workspace files',
      },
    ]);
  });

  it('asks for the version line when it is missing', () => {
    expect(problems('workspace: Acme\n').found).toEqual([
      { at: '1:1', path: 'version', message: 'missing; start the file with "version: 1"' },
    ]);
  });

  it('reports a YAML syntax error where it happens, and nothing else', () => {
    const { workspace, found } = problems('version: 1\nworkspace: Acme\nkpis: [{id: frt\n');
    expect(workspace).toBeUndefined();
    expect(found[0]).toEqual({
      at: '4:1',
      path: '',
      message: 'Flow map in block collection must be sufficiently indented and end with a }',
    });
    expect(found.every((problem) => problem.path === '')).toBe(true);
  });

  it('rejects a key written twice in one map', () => {
    expect(problems('version: 1\nworkspace: Acme\nworkspace: Beta\n').found).toEqual([
      { at: '3:1', path: '', message: 'Map keys must be unique' },
    ]);
  });

  it('reports an alias to an anchor that does not exist instead of failing', () => {
    expect(problems('version: 1\nworkspace: *name\n').found).toEqual([
      { at: '2:12', path: '', message: 'Unresolved alias (the anchor must be set before the alias): name' },
    ]);
  });

  it('says how to start an empty file', () => {
    expect(problems('').found[0]?.message).toMatch(
      /^the file is empty; a workspace file starts with "version: 1"/,
    );
  });
});

describe('a workspace file with many mistakes', () => {
  const text = `version: 1
workspace: Acme Support
cycles:
  - {id: q4, start: 2026-12-31, end: 2026-10-01}
kpis:
  - id: frt
    name: First response time
    owner: ana
    cadence: weeky
    healthy: {max: "30"}
`;

  it('reports every problem in one pass, schema and cross-references alike, in source order', () => {
    expect(problems(text).found).toEqual([
      {
        at: '4:38',
        path: 'cycles[0].end',
        message: 'the cycle ends (2026-10-01) before it starts (2026-12-31); swap the dates',
      },
      {
        at: '8:12',
        path: 'kpis[0].owner',
        message: 'no person with id "ana"; there are no people yet; add it under people',
      },
      {
        at: '9:14',
        path: 'kpis[0].cadence',
        message: 'expected one of daily, weekly, monthly, quarterly, got "weeky"; did you mean "weekly"?',
      },
      {
        at: '10:20',
        path: 'kpis[0].healthy.max',
        message: 'expected a number, got "30"; write 30 without quotes',
      },
    ]);
  });
});

describe('a valid workspace file', () => {
  const text = `version: 1
workspace: Acme Support
people: [{id: anna, name: Anna Lima}]
cycles: [{id: q4, start: 2026-10-01, end: 2026-12-31}]
kpis:
  - id: frt
    name: First response time
    unit: min
    owner: anna
    cadence: weekly
    healthy: {max: 30}
    warning: {max: 45}
    points:
      - {at: 2026-11-02, value: 52}
      - {at: "2026-11-09T09:30:00+01:00", value: 47, note: two agents out sick}
objectives:
  - id: o-fast
    title: Answer customers fast
    owner: anna
    cycle: q4
    keyResults:
      - id: kr-frt
        title: Reduce first response time from 52 to 30 minutes
        baseline: 52
        target: 30
        kpi: frt
      - {id: kr-macros, title: Macros live for the top 20 questions, milestone: true, done: false}
`;

  it('becomes a workspace with instants in epoch ms and the defaults filled in', () => {
    const { workspace, diagnostics } = parseWorkspace(text, 'goals.yaml');
    expect(diagnostics).toEqual([]);
    expect(workspace?.freelancer).toBe(false);
    expect(workspace?.kpis[0]?.points.map((p) => p.at)).toEqual([
      Date.UTC(2026, 10, 2),
      Date.UTC(2026, 10, 9, 8, 30),
    ]);
    expect(workspace?.objectives[0]?.type).toBe('aspirational');
    expect(workspace?.objectives[0]?.keyResults.map((kr) => kr.weight)).toEqual([1, 1]);
    expect(workspace?.objectives[0]?.keyResults[1]?.checkIns).toEqual([]);
    expect(workspace?.initiatives).toEqual([]);
  });

  it('still becomes a workspace when there are only warnings', () => {
    const withWarning = text.replace('        kpi: frt\n', '        kpi: frt\n        done: true\n');
    const { workspace, diagnostics } = parseWorkspace(withWarning, 'goals.yaml');
    expect(diagnostics.map((d) => [d.severity, d.path])).toEqual([
      ['warning', 'objectives[0].keyResults[0].done'],
    ]);
    expect(workspace?.objectives[0]?.keyResults[0]?.done).toBe(true);
  });

  it('reads the same workspace from JSON, with positions in the JSON text', () => {
    const json = JSON.stringify(
      {
        version: 1,
        workspace: 'Acme',
        kpis: [{ id: 'frt', name: 'FRT', cadence: 'weekly', healthy: { max: '30' } }],
      },
      null,
      2,
    );
    const { found } = problems(json);
    expect(found).toEqual([
      {
        at: '10:16',
        path: 'kpis[0].healthy.max',
        message: 'expected a number, got "30"; write 30 without quotes',
      },
    ]);
  });
});

describe("a KPI's alert timing", () => {
  it('reads for and repeat on a KPI and the workspace default repeat', () => {
    const { workspace } = problems(
      `${HEADER}alert: {repeat: 1 day}\nkpis:\n  - {id: frt, name: First response time, cadence: weekly, alert: {for: 3 points, repeat: 4h}}\n`,
    );
    expect(workspace?.alertRepeat).toBe(86_400_000);
    expect(workspace?.kpis[0]?.alert).toEqual({ for: { kind: 'points', count: 3 }, repeat: 4 * 3_600_000 });
  });
});
