import fc from 'fast-check';
import type {
  Cycle,
  DataPoint,
  Decision,
  Initiative,
  KeyResult,
  Kpi,
  KpiAlertSettings,
  Objective,
  Person,
  Range,
  Team,
  Workspace,
} from '../../core/model.js';
import { CADENCES } from '../../core/model.js';
import { DAY_MS, toIsoDate } from '../../core/time.js';

/**
 * Valid workspaces for property tests (the file round trip here; the store can reuse it):
 * unique ids, references that resolve, parent trees without loops, ranges whose warning
 * band wraps the healthy one. Text includes strings YAML would misread if written
 * carelessly ("4", "true", "2026-01-05", "a: b", leading spaces, emoji).
 */
export function arbitraryWorkspace(): fc.Arbitrary<Workspace> {
  return fc
    .record({
      people: ids(),
      teams: ids(),
      // At least one cycle, so every objective has one to belong to.
      cycles: ids().filter((cycles) => cycles.length > 0),
      kpis: ids(),
      objectives: ids(),
      keyResults: ids(8),
      initiatives: ids(),
    })
    .chain((pool) =>
      fc.record(
        {
          name: text(),
          freelancer: fc.boolean(),
          locale: fc.constantFrom('en-US', 'en-GB', 'pt-BR', 'de'),
          currency: fc.constantFrom('EUR', 'USD', 'BRL'),
          alertRepeat: alertRepeat(),
          people: fc.tuple(...pool.people.map((id) => person(id))),
          teams: fc.tuple(...pool.teams.map((id, i) => team(id, pool.teams.slice(0, i)))),
          cycles: fc.tuple(...pool.cycles.map(cycle)),
          kpis: fc.tuple(...pool.kpis.map((id) => kpi(id, pool))),
          decisions: decisions(pool),
          objectives: fc.tuple(...pool.objectives.map((id, i) => objective(id, i, pool))),
          initiatives: fc.tuple(...pool.initiatives.map((id) => initiative(id, usedKeyResults(pool), pool))),
        },
        {
          requiredKeys: [
            'name',
            'freelancer',
            'people',
            'teams',
            'cycles',
            'kpis',
            'decisions',
            'objectives',
            'initiatives',
          ],
        },
      ),
    );
}

type Pool = Readonly<Record<'people' | 'teams' | 'cycles' | 'kpis' | 'objectives' | 'keyResults', string[]>>;

const TRICKY_TEXT = [
  '4',
  '-1.5',
  'true',
  'null',
  '~',
  '2026-01-05',
  'a: b',
  '#hash',
  ' padded ',
  'yes',
  '"quoted"',
  "it's",
  '- dash',
  '[x]',
  'ünïcödé ✓',
];

function text(): fc.Arbitrary<string> {
  return fc.oneof(fc.string({ minLength: 1, maxLength: 12 }), fc.constantFrom(...TRICKY_TEXT));
}

function note(): fc.Arbitrary<string> {
  return fc.oneof(fc.string({ maxLength: 60 }), fc.constantFrom(...TRICKY_TEXT, 'line one\nline two'));
}

function ids(maxLength = 4): fc.Arbitrary<string[]> {
  return fc.uniqueArray(fc.oneof(fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/), text()), { maxLength });
}

/** No -0: it is not a value anyone records, and JSON cannot write it. */
function finite(): fc.Arbitrary<number> {
  return fc
    .oneof(
      fc.integer({ min: -1000, max: 1000 }),
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }),
    )
    .map((v) => (v === 0 ? 0 : v));
}

function instant(): fc.Arbitrary<number> {
  const [from, to] = [Date.UTC(2000, 0, 1), Date.UTC(2100, 0, 1)];
  return fc.oneof(
    fc.integer({ min: from / DAY_MS, max: to / DAY_MS }).map((day) => day * DAY_MS),
    fc.integer({ min: from, max: to }),
  );
}

function isoDate(): fc.Arbitrary<string> {
  return instant().map(toIsoDate);
}

function pick(ids: readonly string[]): fc.Arbitrary<string> {
  return fc.constantFrom(...ids);
}

/** A reference field: absent, or one of the ids it may point at. */
function ref(ids: readonly string[]): fc.Arbitrary<string | undefined> {
  return ids.length === 0 ? fc.constant(undefined) : pick(ids);
}

function person(id: string): fc.Arbitrary<Person> {
  return fc.record({ id: fc.constant(id), name: text(), email: text() }, { requiredKeys: ['id', 'name'] });
}

function team(id: string, earlier: readonly string[]): fc.Arbitrary<Team> {
  return fc
    .record({ id: fc.constant(id), name: text(), parent: ref(earlier) }, { requiredKeys: ['id', 'name'] })
    .map(dropUndefined);
}

function cycle(id: string): fc.Arbitrary<Cycle> {
  return fc
    .tuple(isoDate(), fc.integer({ min: 0, max: 400 }))
    .map(([start, days]) => ({ id, start, end: toIsoDate(Date.parse(start) + days * DAY_MS) }));
}

function kpi(id: string, pool: Pool): fc.Arbitrary<Kpi> {
  return fc
    .tuple(
      fc.record(
        {
          id: fc.constant(id),
          name: text(),
          unit: text(),
          owner: ref(pool.people),
          team: ref(pool.teams),
          cadence: fc.constantFrom(...CADENCES),
          points: fc.array(dataPoint(), { maxLength: 5 }),
          thresholdHistory: fc.array(
            fc.record(
              {
                at: instant(),
                from: range(),
                to: range(),
                keyResult: ref(usedKeyResults(pool)),
                reason: note(),
              },
              { requiredKeys: ['at', 'from', 'to'] },
            ),
            { maxLength: 2 },
          ),
          alert: alertSettings(),
        },
        { requiredKeys: ['id', 'name', 'cadence', 'points'] },
      ),
      fc.option(healthyAndWarning(), { nil: undefined }),
    )
    .map(([k, bands]) => dropUndefined({ ...k, healthy: bands?.healthy, warning: bands?.warning }));
}

const MINUTE_MS = 60_000;

/** Whole minutes, as the file writes them; a repeat interval is at least five. */
function alertSettings(): fc.Arbitrary<KpiAlertSettings> {
  const forValue = fc.oneof(
    fc.integer({ min: 1, max: 20 }).map((count) => ({ kind: 'points' as const, count })),
    fc.integer({ min: 1, max: 60 * 24 * 30 }).map((m) => ({ kind: 'duration' as const, ms: m * MINUTE_MS })),
  );
  return fc
    .record({ for: forValue, repeat: alertRepeat() }, { requiredKeys: [] })
    .filter((a) => a.for !== undefined || a.repeat !== undefined);
}

function alertRepeat(): fc.Arbitrary<number> {
  return fc.integer({ min: 5, max: 60 * 24 * 14 }).map((m) => m * MINUTE_MS);
}

function dataPoint(): fc.Arbitrary<DataPoint> {
  return fc.record(
    {
      at: instant(),
      value: finite(),
      note: note(),
      source: fc.constantFrom('manual', 'import', 'api', 'formula', 'pull', 'check-in'),
    },
    { requiredKeys: ['at', 'value'] },
  );
}

function range(): fc.Arbitrary<Range> {
  return fc
    .tuple(fc.option(finite(), { nil: undefined }), fc.option(finite(), { nil: undefined }))
    .filter(([a, b]) => a !== undefined || b !== undefined)
    .map(([a, b]) =>
      a !== undefined && b !== undefined
        ? { min: Math.min(a, b), max: Math.max(a, b) }
        : dropUndefined({ min: a, max: b }),
    );
}

/** A healthy range and, sometimes, a warning range at least as wide on each bounded side. */
function healthyAndWarning(): fc.Arbitrary<{ healthy: Range; warning?: Range }> {
  return fc
    .tuple(range(), fc.boolean(), fc.nat(1000), fc.nat(1000))
    .map(([healthy, withWarning, below, above]) => {
      if (!withWarning) return { healthy };
      const warning = dropUndefined({
        min: healthy.min === undefined ? undefined : healthy.min - below,
        max: healthy.max === undefined ? undefined : healthy.max + above,
      });
      return { healthy, warning };
    });
}

function decisions(pool: Pool): fc.Arbitrary<Decision[]> {
  if (pool.kpis.length === 0 || pool.people.length === 0) return fc.constant([]);
  const decision = fc
    .record(
      {
        kpi: pick(pool.kpis),
        at: instant(),
        by: pick(pool.people),
        text: text(),
        objective: ref(pool.objectives),
      },
      { requiredKeys: ['kpi', 'at', 'by', 'text'] },
    )
    .map(dropUndefined);
  return fc.array(decision, { maxLength: 3 });
}

/** Key results are dealt round the objectives, so each id lives in exactly one. */
function keyResultsOf(index: number, pool: Pool): string[] {
  return pool.keyResults.filter((_, i) => i % pool.objectives.length === index);
}

function usedKeyResults(pool: Pool): string[] {
  return pool.objectives.length === 0 ? [] : pool.keyResults;
}

function objective(id: string, index: number, pool: Pool): fc.Arbitrary<Objective> {
  return fc
    .record(
      {
        id: fc.constant(id),
        title: text(),
        owner: ref(pool.people),
        team: ref(pool.teams),
        cycle: pick(pool.cycles),
        type: fc.constantFrom('aspirational' as const, 'committed' as const),
        // Earlier objectives only, so alignment never loops; one, several or none.
        parents:
          index === 0
            ? fc.constant(undefined)
            : fc.uniqueArray(pick(pool.objectives.slice(0, index)), { minLength: 1, maxLength: 3 }),
        guardrails:
          pool.kpis.length === 0
            ? fc.constant(undefined)
            : fc.uniqueArray(pick(pool.kpis), { minLength: 1, maxLength: 3 }),
        keyResults: fc.tuple(...keyResultsOf(index, pool).map((kr) => keyResult(kr, pool))),
      },
      { requiredKeys: ['id', 'title', 'cycle', 'type', 'keyResults'] },
    )
    .map(dropUndefined);
}

function keyResult(id: string, pool: Pool): fc.Arbitrary<KeyResult> {
  return fc
    .record(
      {
        id: fc.constant(id),
        title: text(),
        owner: ref(pool.people),
        baseline: finite(),
        target: finite(),
        unit: text(),
        weight: fc.oneof(fc.constant(1), fc.double({ min: 0.01, max: 100, noNaN: true })),
        kpi: ref(pool.kpis),
        milestone: fc.boolean(),
        done: fc.boolean(),
        checkIns: fc.array(
          fc.record(
            {
              at: instant(),
              value: finite(),
              confidence: fc.double({ min: 0, max: 1, noNaN: true }).map((v) => (v === 0 ? 0 : v)),
              note: note(),
              blockers: note(),
            },
            { requiredKeys: ['at', 'value'] },
          ),
          { maxLength: 3 },
        ),
      },
      { requiredKeys: ['id', 'title', 'weight', 'checkIns'] },
    )
    .filter((kr) => kr.baseline === undefined || kr.baseline !== kr.target)
    .map(dropUndefined);
}

function initiative(id: string, keyResults: readonly string[], pool: Pool): fc.Arbitrary<Initiative> {
  return fc
    .record(
      {
        id: fc.constant(id),
        title: text(),
        owner: ref(pool.people),
        keyResults: keyResults.length === 0 ? fc.constant([]) : fc.subarray([...keyResults]),
        status: fc.constantFrom(
          'planned' as const,
          'in_progress' as const,
          'done' as const,
          'blocked' as const,
        ),
        due: isoDate(),
      },
      { requiredKeys: ['id', 'title', 'keyResults', 'status'] },
    )
    .map(dropUndefined);
}

function dropUndefined<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;
}
