import { describe, expect, it } from 'vitest';
import { readOkrCsv } from './okr-csv.js';
import { billableHoursByWeek, readTimeTracking } from './time-tracking-csv.js';

const split = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((line) => line.split(','));

describe('a Toggl Track detailed report', () => {
  const toggl =
    split(`User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags,Amount ()
Ana Lima,ana@solo.example,Acme,Website redesign,,Wireframes,Yes,2026-11-23,09:00:00,2026-11-23,12:30:00,03:30:00,,
Ana Lima,ana@solo.example,,Admin,,Invoices,No,2026-11-24,08:00:00,2026-11-24,09:00:00,01:00:00,,
Ana Lima,ana@solo.example,Acme,Website redesign,,Build,Yes,2026-11-30,09:00:00,2026-11-30,11:15:00,02:15:00,,`);

  it('reads each entry with its hours, billable flag and project', () => {
    const { entries, problems } = readTimeTracking(toggl, 'toggl');
    expect(problems).toEqual([]);
    expect(entries.map((e) => [e.project, e.date, e.hours, e.billable])).toEqual([
      ['Website redesign', '2026-11-23', 3.5, true],
      ['Admin', '2026-11-24', 1, false],
      ['Website redesign', '2026-11-30', 2.25, true],
    ]);
    expect([...billableHoursByWeek(entries)]).toEqual([
      ['2026-11-23', 3.5],
      ['2026-11-30', 2.25],
    ]);
  });

  it('reports every bad row and returns no entry', () => {
    const bad = [
      ...toggl,
      ['Ana', 'ana@solo.example', '', '', '', 'x', 'No', '2026-13-01', '', '', '', '30:00:00', '', ''],
    ];
    const { entries, problems } = readTimeTracking(bad, 'toggl');
    expect(problems).toEqual([
      { row: 5, message: 'no project: every entry must belong to a project (an initiative)' },
      { row: 5, message: '"2026-13-01" is not a date' },
      { row: 5, message: 'the duration "30:00:00" is not between 0 and 24 hours' },
    ]);
    expect(entries).toEqual([]);
  });
});

describe('a Clockify detailed report', () => {
  const clockify =
    split(`Project,Client,Description,Task,User,Group,Email,Tags,Type,Billable,Invoiced,Invoice ID,Start Date,Start Time,End Date,End Time,Duration (h),Duration (decimal),Date of creation
Website redesign,Acme,Wireframes,,Ana Lima,,ana@solo.example,,Regular,Yes,No,,23/11/2026,09:00,23/11/2026,12:30,3:30,3.50,23/11/2026
Admin,,Invoices,,Ana Lima,,ana@solo.example,,Regular,No,No,,24/11/2026,08:00,24/11/2026,09:00,1:00,1.00,24/11/2026`);

  it('reads day-first dates when a day is over 12, and the decimal duration', () => {
    const { entries, problems } = readTimeTracking(clockify, 'clockify');
    expect(problems).toEqual([]);
    expect(entries.map((e) => [e.date, e.hours, e.billable, e.email])).toEqual([
      ['2026-11-23', 3.5, true, 'ana@solo.example'],
      ['2026-11-24', 1, false, 'ana@solo.example'],
    ]);
  });

  it('says which column is missing when the file is not a detailed report', () => {
    expect(readTimeTracking(split('Project,Time\nX,1'), 'clockify').problems).toEqual([
      {
        row: 1,
        message:
          'no column Start Date, Duration (decimal) or Duration (h); export the Detailed report as CSV from Clockify',
      },
    ]);
  });
});

describe('a generic OKR sheet', () => {
  const sheet = split(`Objective,Key result,Owner,Baseline,Target,Current,Due
Delight customers,Reduce first response time,ana@acme.example,6,3,4.5,2026-12-31
,Raise CSAT,Ben,80,90,,2026-12-31
Grow revenue,Sign 5 retainers,ana@acme.example,0,5,2,2026-12-31`);

  it('reads one row per key result, a blank objective meaning the one above', () => {
    const { rows, problems } = readOkrCsv(sheet);
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.objective, r.keyResult, r.baseline, r.target, r.current])).toEqual([
      ['Delight customers', 'Reduce first response time', 6, 3, 4.5],
      ['Delight customers', 'Raise CSAT', 80, 90, undefined],
      ['Grow revenue', 'Sign 5 retainers', 0, 5, 2],
    ]);
  });

  it('reports every problem with its row and imports nothing', () => {
    const broken = [
      ...sheet,
      ['', 'Ship app', 'Ana', 'ten', '5', '', '31/12/2026'],
      ['X', 'Keep', '', '3', '3', '', ''],
    ];
    expect(readOkrCsv(broken)).toEqual({
      rows: [],
      problems: [
        { row: 5, message: 'baseline "ten" is not a number' },
        { row: 5, message: 'due "31/12/2026" is not a date like 2026-12-31' },
        { row: 6, message: 'the target equals the baseline (3); a key result must move something' },
      ],
    });
  });

  it('takes a column mapping for exports whose headers differ', () => {
    const other = split('Goal name,Measure,Lead,Start,Goal value\nBe faster,Cut build time,Ana,10,5');
    expect(
      readOkrCsv(other, { objective: 'Goal name', keyResult: 'Measure', target: 'Goal value' }).rows[0],
    ).toMatchObject({
      objective: 'Be faster',
      keyResult: 'Cut build time',
      owner: 'Ana',
      baseline: 10,
      target: 5,
    });
    expect(readOkrCsv(other, { objective: 'Title' }).problems[0]?.message).toMatch(/no column "Title"/);
  });
});
