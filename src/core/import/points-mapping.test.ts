import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { startOfDate } from '../time.js';
import { mapPointRows } from './points-mapping.js';

const KPIS = [
  { id: 'mrr', name: 'Monthly recurring revenue' },
  { id: 'churn', name: 'Churn' },
];
const MAPPING = { at: 'Date', value: 'Amount', kpi: 'Metric' };

/** A real calendar date from 2000 to 2099, as an ISO date. */
const isoDate = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('mapping any CSV to KPI values', () => {
  it('reads one file of many KPIs, matching each by id or by name', () => {
    const read = mapPointRows(
      [
        ['Date', 'Metric', 'Amount', 'Comment'],
        ['2026-10-31', 'mrr', '12,500', 'after the price change'],
        ['2026-10-31', 'churn', '2.5%', ''],
        ['2026-11-30', ' monthly  recurring revenue ', '13100', ''],
      ],
      { ...MAPPING, note: 'Comment' },
      KPIS,
    );
    expect(read.problems).toEqual([]);
    expect(read.points).toEqual([
      { row: 2, kpi: 'mrr', at: startOfDate('2026-10-31'), value: 12500, note: 'after the price change' },
      { row: 3, kpi: 'churn', at: startOfDate('2026-10-31'), value: 2.5 },
      { row: 4, kpi: 'mrr', at: startOfDate('2026-11-30'), value: 13100 },
    ]);
  });

  it('names every bad row and why: a date that does not exist, a word, an unknown KPI, a repeat', () => {
    const read = mapPointRows(
      [
        ['Date', 'Metric', 'Amount'],
        ['2026-11-31', 'mrr', '1'],
        ['2026-11-30', 'mrr', 'lots'],
        ['2026-11-30', 'revenue', '3'],
        ['2026-11-29', 'churn', '2'],
        ['2026-11-29', 'Churn', '2.1'],
      ],
      MAPPING,
      KPIS,
    );
    expect(read.problems).toEqual([
      { row: 2, message: '"2026-11-31" is not a date like 2026-11-30' },
      { row: 3, message: '"lots" is not a number' },
      { row: 4, message: 'no KPI with id or name "revenue"' },
      { row: 6, message: 'row 5 already gives churn a value at that instant' },
    ]);
  });

  it('refuses a mapping whose columns the header lacks, and needs a KPI column or one KPI', () => {
    expect(mapPointRows([['When', 'Amount']], MAPPING, KPIS).problems).toEqual([
      { row: 1, message: 'no column "Date" for at; the header has "When", "Amount"' },
      { row: 1, message: 'no column "Metric" for kpi; the header has "When", "Amount"' },
    ]);
    const rows = [
      ['Date', 'Amount'],
      ['2026-11-30', '4'],
    ];
    expect(mapPointRows(rows, { at: 'Date', value: 'Amount' }, KPIS).problems).toHaveLength(1);
    expect(mapPointRows(rows, { at: 'Date', value: 'Amount' }, KPIS, 'churn').points).toEqual([
      { row: 2, kpi: 'churn', at: startOfDate('2026-11-30'), value: 4 },
    ]);
  });

  it('reads day-first dates when the file shows them, and refuses 31/11', () => {
    const read = mapPointRows(
      [
        ['Date', 'Amount'],
        ['25/11/2026', '1'],
        ['31/11/2026', '2'],
      ],
      { at: 'Date', value: 'Amount' },
      KPIS,
      'mrr',
    );
    expect(read.points.map((p) => p.at)).toEqual([startOfDate('2026-11-25')]);
    expect(read.problems).toEqual([{ row: 3, message: '"31/11/2026" is not a date like 2026-11-30' }]);
  });

  it('every good row becomes exactly its point, in file order', () => {
    const row = fc.record({
      kpi: fc.constantFrom('mrr', 'churn', 'Churn', 'Monthly recurring revenue'),
      date: isoDate,
      value: fc.double({ min: -1e9, max: 1e9, noNaN: true }).map((v) => (v === 0 ? 0 : v)),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(row, {
          selector: (r) => `${/^m/i.test(r.kpi) ? 'mrr' : 'churn'}@${r.date}`,
          maxLength: 30,
        }),
        (good) => {
          const read = mapPointRows(
            [['Date', 'Metric', 'Amount'], ...good.map((r) => [r.date, r.kpi, String(r.value)])],
            MAPPING,
            KPIS,
          );
          expect(read.problems).toEqual([]);
          expect(read.points.map((p) => [p.row, p.at, p.value])).toEqual(
            good.map((r, i) => [i + 2, startOfDate(r.date), r.value]),
          );
        },
      ),
    );
  });

  it('a row with a day past the end of its month is refused by row, and stores no point', () => {
    const impossible = fc
      .record({
        year: fc.integer({ min: 2000, max: 2099 }),
        month: fc.integer({ min: 1, max: 12 }),
        over: fc.integer({ min: 1, max: 3 }),
      })
      .map(({ year, month, over }) => {
        const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
        const day = last + over;
        return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      })
      .filter((text) => Number(text.slice(8)) <= 34);
    fc.assert(
      fc.property(fc.array(isoDate, { maxLength: 10 }), impossible, fc.nat(), (dates, bad, where) => {
        const good = [...new Set(dates)];
        const position = where % (good.length + 1);
        const texts = [...good.slice(0, position), bad, ...good.slice(position)];
        const read = mapPointRows(
          [['Date', 'Amount'], ...texts.map((d) => [d, '1'])],
          { at: 'Date', value: 'Amount' },
          KPIS,
          'mrr',
        );
        expect(read.problems).toEqual([
          { row: position + 2, message: `"${bad}" is not a date like 2026-11-30` },
        ]);
        expect(read.points).toHaveLength(good.length);
      }),
    );
  });
});
