import { describe, expect, it } from 'vitest';
import { parseCsvPoints } from './csv-points.js';

describe('pasted CSV becomes data points with one message per bad row', () => {
  it('skips a header row and reads date, value and note', () => {
    const rows = parseCsvPoints('date,value,note\n2026-01-31,8.2,January close\n2026-02-28,7.9', 'en-US');
    expect(rows).toEqual([
      { line: 2, at: '2026-01-31T00:00:00.000Z', value: 8.2, note: 'January close' },
      { line: 3, at: '2026-02-28T00:00:00.000Z', value: 7.9, note: undefined },
    ]);
  });

  it('reads semicolon-separated rows with decimal commas, as European spreadsheets export them', () => {
    expect(parseCsvPoints('2026-03-31;4,5', 'de-DE')[0]).toMatchObject({ value: 4.5 });
  });

  it('says which line has a bad date or a bad number, and keeps the good rows', () => {
    const rows = parseCsvPoints('31/01/2026,8\n2026-02-28,lots\n2026-03-31,7', 'en-US');
    expect(rows.map((r) => [r.line, r.error ?? 'ok'])).toEqual([
      [1, '“31/01/2026” is not a date: use YYYY-MM-DD, e.g. 2026-03-31.'],
      [2, '“lots” is not a number.'],
      [3, 'ok'],
    ]);
  });

  it('keeps commas inside quoted notes', () => {
    expect(parseCsvPoints('2026-01-31,8,"late, but done"', 'en-US')[0]?.note).toBe('late, but done');
  });
});
