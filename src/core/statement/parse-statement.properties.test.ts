import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseStatement } from './parse-statement.js';

/** Statements are read as of this date (it places dates written without a year). */
const read = (text: string) => parseStatement(text, '2026-01-15');

const KINDS = ['key_result', 'kpi', 'task', 'milestone', 'objective'];
const DIRECTIONS = [null, 'increase', 'decrease', 'at_least', 'at_most', 'between'];
const NUMERIC = ['baseline', 'target', 'low', 'high', 'current'] as const;

function isNumberOrNull(v: unknown): boolean {
  return v === null || (typeof v === 'number' && Number.isFinite(v));
}

const fragments = fc.constantFrom(
  'Reduce',
  'Increase',
  'Keep',
  'churn',
  'from',
  'to',
  'by',
  'between',
  'and',
  'under',
  '→',
  '->',
  '(',
  ')',
  '%',
  '$',
  '€',
  '₹',
  'R$',
  'lakh',
  'k',
  'M',
  'hours',
  'min',
  '/5',
  '+',
  '-',
  '=',
  ':',
  'target',
  'currently',
  'Q4',
  '2026',
  '1,000',
  '1.000',
  '1 000',
  '4.5',
  '#1',
  '±',
  'at least',
  'no more than',
  'x',
  'fold',
  'per month',
  '\u0000',
  '🙂',
);

describe('parseStatement, for any input', () => {
  it('never throws, and always returns every field with the right type', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.string({ unit: 'grapheme', maxLength: 120 }),
      fc.array(fragments, { maxLength: 25 }).map((parts) => parts.join(' ')),
    );
    fc.assert(
      fc.property(text, (input) => {
        const r = read(input);
        expect(KINDS).toContain(r.kind);
        expect(DIRECTIONS).toContain(r.direction);
        for (const field of NUMERIC) expect(isNumberOrNull(r[field])).toBe(true);
        expect(
          r.change === null || (isNumberOrNull(r.change.amount) && typeof r.change.relative === 'boolean'),
        ).toBe(true);
        expect(r.metric === null || typeof r.metric === 'string').toBe(true);
        expect(r.unit === null || typeof r.unit === 'string').toBe(true);
        expect(r.due === null || typeof r.due === 'string').toBe(true);
        expect(Array.isArray(r.findings)).toBe(true);
        expect(r.why.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('survives very long input quickly', () => {
    const long = `Reduce churn from 8% to 5% ${'and then some more words 1,000 → 2 '.repeat(5000)}`;
    const started = performance.now();
    const r = read(long);
    expect(performance.now() - started).toBeLessThan(500);
    expect(r.kind).toBe('key_result');
  });
});

/** A whole number written three ways: "12,000", "12000" and, when it has one, "12k". */
const styledNumbers = fc.integer({ min: 1, max: 999 }).chain((thousands) =>
  fc.constant({
    value: thousands * 1000,
    styles: [`${thousands},000`, `${thousands}000`, `${thousands}k`, `${thousands} 000`],
  }),
);

describe('parseStatement, for numbers and changes', () => {
  it('reads 1,000 and 1000 and 1k and 1 000 as the same value', () => {
    fc.assert(
      fc.property(styledNumbers, ({ value, styles }) => {
        for (const style of styles) expect(read(`Reach ${style} active users`).target).toBe(value);
      }),
    );
  });

  it('gives the same baseline and target for "from A to B" and "A → B"', () => {
    const amount = fc.integer({ min: 0, max: 100_000 });
    fc.assert(
      fc.property(amount, amount, fc.constantFrom('%', '', ' hours', ' EUR'), (a, b, unit) => {
        fc.pre(a !== b);
        const words = read(`Move churn from ${a}${unit} to ${b}${unit}`);
        const arrow = read(`Churn ${a}${unit} → ${b}${unit}`);
        expect([arrow.baseline, arrow.target]).toEqual([words.baseline, words.target]);
        expect([words.baseline, words.target]).toEqual([a, b]);
      }),
    );
  });

  it('sets the direction of "Reduce/Increase X from A to B" by the sign of B − A', () => {
    const amount = fc.double({ min: 0, max: 1e6, noNaN: true }).map((n) => Math.round(n * 100) / 100);
    fc.assert(
      fc.property(
        fc.constantFrom('Reduce', 'Increase', 'Improve'),
        amount,
        amount,
        fc.constantFrom('%', '', ' min', '$'),
        (verb, a, b, unit) => {
          fc.pre(a !== b);
          const [ua, ub] = unit === '$' ? [`$${a}`, `$${b}`] : [`${a}${unit}`, `${b}${unit}`];
          const r = read(`${verb} the backlog from ${ua} to ${ub}`);
          expect(r.direction).toBe(b > a ? 'increase' : 'decrease');
        },
      ),
    );
  });
});

/** Statements built from markers around plain whole numbers: no scales, units or changes. */
const plainStatement = fc
  .tuple(
    fc.constantFrom('Reduce', 'Increase', 'Keep', 'Hold', 'Move', 'Achieve', ''),
    fc.constantFrom('churn', 'the backlog', 'NPS', 'open tickets', 'utilisation'),
    fc.array(
      fc.tuple(
        fc.constantFrom(
          'from',
          'to',
          'under',
          'above',
          'at least',
          '→',
          'target',
          '(currently',
          '=',
          ':',
          'between',
          'and',
          '',
        ),
        fc.integer({ min: 0, max: 5000 }),
      ),
      { minLength: 1, maxLength: 3 },
    ),
  )
  .map(([verb, metric, parts]) => ({
    text: `${verb} ${metric} ${parts.map(([marker, n]) => `${marker} ${n}`).join(' ')}`.trim(),
    numbers: parts.map(([, n]) => n),
  }));

describe('parseStatement, its invariants', () => {
  it('reads only numbers that the statement wrote, when it writes no change', () => {
    fc.assert(
      fc.property(plainStatement, ({ text, numbers }) => {
        const r = read(text);
        for (const field of NUMERIC) {
          const v = r[field];
          if (v !== null) expect(numbers, `${field} of "${text}"`).toContain(v);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('never gives a key result the same baseline and target, nor a range whose low exceeds its high', () => {
    const text = fc.oneof(
      plainStatement.map((s) => s.text),
      fc.array(fragments, { maxLength: 25 }).map((parts) => parts.join(' ')),
    );
    fc.assert(
      fc.property(text, (input) => {
        const r = read(input);
        if (r.kind === 'key_result' && r.baseline !== null && r.target !== null)
          expect(r.baseline, input).not.toBe(r.target);
        if (r.low !== null && r.high !== null) expect(r.low, input).toBeLessThanOrEqual(r.high);
      }),
      { numRuns: 500 },
    );
  });

  it('places a date written without a year on or after the as-of date, within a year', () => {
    const asOf = fc
      .date({
        min: new Date('2020-01-01T00:00:00Z'),
        max: new Date('2030-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    const period = fc.constantFrom(
      'by March',
      'by June 30',
      'in Q1',
      'by end of Q3',
      'in H2',
      'by EOY',
      'by 15 October',
      'this quarter',
      'next month',
      'by the end of the year',
    );
    fc.assert(
      fc.property(asOf, period, (day, when) => {
        const due = parseStatement(`Reduce churn to 3% ${when}`, day).due;
        expect(due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect((due ?? '') >= day).toBe(true);
        const days = (Date.parse(due ?? '') - Date.parse(day)) / 86_400_000;
        expect(days).toBeLessThanOrEqual(366 + 92);
      }),
      { numRuns: 300 },
    );
  });

  it('reads a level followed by "(currently …)" as a key result from the value now to the level', () => {
    const count = fc.integer({ min: 1, max: 900 });
    const metric = fc.constantFrom('views per month', 'weekly active users', 'paying customers', 'NPS');
    fc.assert(
      fc.property(count, count, metric, (goal, now, name) => {
        fc.pre(goal !== now);
        const r = read(`${goal} ${name} (currently ${now})`);
        expect(r.kind).toBe('key_result');
        expect(r.baseline).toBe(now);
        expect(r.target).toBe(goal);
        expect(r.direction).toBe(goal > now ? 'increase' : 'decrease');
      }),
      { numRuns: 200 },
    );
  });

  it('never takes a value from an example ("e.g. …") or a definition ("where … is calculated as …")', () => {
    const pct = fc.integer({ min: 1, max: 99 });
    fc.assert(
      fc.property(pct, pct, fc.integer({ min: 2, max: 1000 }), (low, width, aside) => {
        const high = Math.min(low + width, 100);
        fc.pre(high > low);
        const range = read(`CSAT benchmark: ${low}% – ${high}% (varies, e.g., ${aside}%+)`);
        expect([range.low, range.high]).toEqual([low, high]);
        const level = read(
          `${low}% of requests succeed, where success is calculated as ${aside} minus errors`,
        );
        expect(level.target).toBe(low);
        expect(level.kind).toBe('kpi');
      }),
      { numRuns: 200 },
    );
  });

  it('counts a share written without "of" ("95% requests under 500ms") as the service level', () => {
    const share = fc.integer({ min: 50, max: 99 });
    const limit = fc.integer({ min: 1, max: 5000 });
    fc.assert(
      fc.property(share, limit, fc.constantFrom('requests', 'tickets', 'calls'), (s, ms, things) => {
        const r = read(`${s}% ${things} under ${ms}ms`);
        expect([r.kind, r.direction, r.target, r.unit]).toEqual(['kpi', 'at_least', s, '%']);
      }),
      { numRuns: 200 },
    );
  });

  it('never takes a bound that only says which things count as the target ("Close 25 deals >$500K each")', () => {
    const count = fc.integer({ min: 2, max: 500 });
    const size = fc.integer({ min: 1, max: 900 });
    fc.assert(
      fc.property(count, size, fc.constantFrom('enterprise deals', 'deals', 'accounts'), (n, k, things) => {
        const r = read(`Close ${n} ${things} >$${k}K each`);
        expect([r.kind, r.target, r.unit]).toEqual(['key_result', n, null]);
      }),
      { numRuns: 200 },
    );
  });

  it('reads a thing said to be done as a milestone, and moving people somewhere as an objective', () => {
    const thing = fc.constantFrom(
      'The DHT',
      'The new API',
      'js.ipfs.io',
      'Single sign-on',
      'The rendezvous protocol',
    );
    const done = fc.constantFrom(
      'is enabled by default',
      'is finished and published',
      'is implemented',
      'is released',
    );
    const people = fc.constantFrom('people', 'new users', 'customers', 'developers');
    const feeling = fc.constantFrom(
      'excited about the browser extension',
      'to their first real win',
      'comfortable with the API',
    );
    fc.assert(
      fc.property(thing, done, people, feeling, (t, d, p, how) => {
        expect(read(`${t} ${d}`).kind).toBe('milestone');
        expect(read(`Get ${p} ${how}`).kind).toBe('objective');
      }),
      { numRuns: 100 },
    );
  });

  it('reads a ratio to one ("a 3:1 ratio") and a multiple after "be" ("should be 3x CAC") as a level, not a change', () => {
    const n = fc.integer({ min: 2, max: 20 });
    fc.assert(
      fc.property(n, (k) => {
        const ratio = read(`healthy SaaS companies maintain a ${k}:1 ratio`);
        expect([ratio.kind, ratio.target, ratio.change]).toEqual(['kpi', k, null]);
        const multiple = read(`Your LTV should be ${k}x CAC`);
        expect([multiple.kind, multiple.target, multiple.change]).toEqual(['kpi', k, null]);
      }),
      { numRuns: 50 },
    );
  });

  it('reads "ranges from A to B" as a range whose low never exceeds its high, and "in N hours or less" as a bound', () => {
    const n = fc.integer({ min: 1, max: 120 });
    fc.assert(
      fc.property(n, n, (a, b) => {
        fc.pre(a !== b);
        const r = read(`an ideal AHT ranges from ${a} to ${b} minutes`);
        expect([r.kind, r.direction, r.low, r.high]).toEqual([
          'kpi',
          'between',
          Math.min(a, b),
          Math.max(a, b),
        ]);
        const bound = read(`customers expect a response in ${a} hours or less`);
        expect([bound.kind, bound.direction, bound.target, bound.unit]).toEqual(['kpi', 'at_most', a, 'h']);
      }),
      { numRuns: 100 },
    );
  });

  it('reads "‹team›: ‹statement›" as the statement itself, whatever the team ("Frontend: Implement 10 …")', () => {
    const team = fc.constantFrom(
      'Frontend',
      'Product marketing',
      'SMB Customer Advocacy',
      'Geo',
      'VPE',
      'UX Research',
    );
    const statement = fc.constantFrom(
      'Implement 10 performance improvements',
      'Increase live chat leads by 20%',
      'Reduce churn from 8% to 5%',
      'Keep unsubscribe rate below 1%',
      'Deploy the attribution model',
      'Create 20 new web pages',
      'Hire two directors',
      'Close 5 enterprise customers',
    );
    fc.assert(
      fc.property(team, statement, (t, s) => {
        const { text: _a, why: _b, findings: _c, metric: _d, ...alone } = read(s);
        const { text: _e, why: _f, findings: _g, metric: _h, ...prefixed } = read(`${t}: ${s}`);
        expect(prefixed).toEqual(alone);
      }),
      { numRuns: 100 },
    );
  });

  it('never reads the digits of a version ("Ship v1.0", "release v2.4") as a value', () => {
    const n = fc.integer({ min: 0, max: 30 });
    fc.assert(
      fc.property(n, n, (major, minor) => {
        const r = read(`Ship v${major}.${minor} of the mobile app`);
        expect([r.kind, r.target, r.low, r.high]).toEqual(['milestone', null, null, null]);
      }),
      { numRuns: 60 },
    );
  });

  it('reads work labelled "Initiative:" or "Task:" as a task or a milestone, never a key result or a KPI', () => {
    const label = fc.constantFrom('Initiative', 'Task', 'Action');
    const work = fc.constantFrom(
      'Offer 5 new courses for internal career development',
      'Complete 15 infographics',
      'Compile bug report',
      'Develop a NPS survey',
      'Launch mobile version of product',
      'Increase traffic by 20%',
      'Keep churn below 3%',
    );
    fc.assert(
      fc.property(label, work, (l, w) => {
        expect(['task', 'milestone']).toContain(read(`${l}: ${w}`).kind);
      }),
      { numRuns: 60 },
    );
  });

  it('reads a statement that opens with a share of things ("90% of customers pay …") as that share, at least', () => {
    const share = fc.integer({ min: 1, max: 100 });
    const things = fc.constantFrom('customers', 'key accounts', 'our employees', 'job postings', 'AEs');
    const rest = fc.constantFrom(
      'have a QBR',
      'pay their invoices on time',
      'complete their plan',
      'pass the review',
    );
    fc.assert(
      fc.property(share, things, rest, (n, t, r) => {
        const reading = read(`Key Result: ${n}% of ${t} ${r}`);
        expect([reading.kind, reading.direction, reading.target, reading.unit]).toEqual([
          'kpi',
          'at_least',
          n,
          '%',
        ]);
      }),
      { numRuns: 100 },
    );
  });
  it('reads a statement the same whatever list prefix it carries ("KR2:", "- ", "🎯 KR1:", "Business (Marketing) KR:")', () => {
    const prefix = fc.constantFrom(
      'KR2: ',
      'KR 2 : ',
      'Key Result 3: ',
      '- ',
      '• ',
      '1. ',
      '🎯 KR1: ',
      'Business (Marketing) KR: ',
      'Sales (Closing Deals) KR: ',
      'KR 2.1: ',
      'KR #2: ',
      'KR1) ',
      '[KR] ',
      'O2 KR1: ',
      'Key Result 1.2 - ',
    );
    const statement = fc.constantFrom(
      'Reduce churn from 8% to 5%',
      'Increase SWAUs by 25%',
      'Keep the error rate of recorded changes below 3%.',
      'Hire two additional full-time marketing teammates',
      'Reach monthly NPS of 60 at all Tier 1 customers.',
      'Win rate: >30% overall',
      'Publish 12 blog posts',
      'Resolve issues for major customers',
    );
    fc.assert(
      fc.property(prefix, statement, (p, s) => {
        const { text: _a, why: _b, findings: _c, metric: _d, ...alone } = read(s);
        const { text: _e, why: _f, findings: _g, metric: _h, ...prefixed } = read(`${p}${s}`);
        expect(prefixed).toEqual(alone);
      }),
      { numRuns: 100 },
    );
  });
  it('reads a statement the same with a clause about another measure after it (", which is a 28% growth")', () => {
    const statement = fc.constantFrom(
      'Reduce churn from 8% to 5%',
      'Deliver 652 MQLs to sales',
      'Keep first response time under 4 hours',
      'Increase SWAUs by 25%',
    );
    const clause = fc.tuple(
      fc.constantFrom(', which is', ', of which', ', with'),
      fc.integer({ min: 1, max: 999 }),
      fc.constantFrom('% QoQ growth', '% of deals engaged', ' participants above target'),
    );
    fc.assert(
      fc.property(statement, clause, (s, [lead, n, rest]) => {
        const { text: _a, why: _b, findings: _c, metric: _d, ...alone } = read(s);
        const { text: _e, why: _f, findings: _g, metric: _h, ...longer } = read(`${s}${lead} ${n}${rest}`);
        expect(longer).toEqual(alone);
      }),
      { numRuns: 100 },
    );
  });

  it('reads "‹channel›: N% of contacts (Target: <M%)" as the value now N against the bound M', () => {
    const share = fc.integer({ min: 1, max: 99 });
    fc.assert(
      fc.property(share, share, fc.constantFrom('<', '>'), (n, m, sign) => {
        const r = read(`Phone: ${n}% of contacts (Target: ${sign}${m}%)`);
        expect([r.kind, r.direction, r.target, r.current, r.unit]).toEqual([
          'kpi',
          sign === '<' ? 'at_most' : 'at_least',
          m,
          n,
          '%',
        ]);
      }),
      { numRuns: 100 },
    );
  });
});

/** docs/statements.md, "Kind: ask these questions in order": what the order guarantees. */
