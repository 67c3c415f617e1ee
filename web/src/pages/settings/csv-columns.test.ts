import { describe, expect, it } from 'vitest';
import { csvHeader, startingMapping } from './csv-columns.js';

describe('the columns of an uploaded CSV', () => {
  it('reads the header row, quotes and all', () => {
    expect(csvHeader('\uFEFFDate,"Amount, EUR",KPI\r\n2026-11-30,1,mrr\n')).toEqual([
      'Date',
      'Amount, EUR',
      'KPI',
    ]);
    expect(csvHeader('a,"say ""hi""",c')).toEqual(['a', 'say "hi"', 'c']);
  });

  it('starts from the saved mapping where the file has its columns, else guesses by name', () => {
    const header = ['Day', 'Metric', 'Total', 'Revenue'];
    expect(startingMapping(header, null)).toEqual({ at: 'Day', value: 'Total', kpi: 'Metric' });
    expect(startingMapping(header, { at: 'Day', value: 'Revenue', kpi: 'Gone', dateOrder: 'dmy' })).toEqual({
      at: 'Day',
      value: 'Revenue',
      kpi: 'Metric',
      dateOrder: 'dmy',
    });
  });
});
