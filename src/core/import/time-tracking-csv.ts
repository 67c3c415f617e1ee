import {
  type CsvRows,
  columnIndex,
  type DateOrder,
  guessDateOrder,
  type RowProblem,
  readDate,
  readNumber,
} from './csv-table.js';

export type TimeTracker = 'toggl' | 'clockify';

/** One row of a time tracker's detailed report. */
export interface TrackedTime {
  readonly row: number;
  readonly user?: string;
  readonly email?: string;
  readonly project: string;
  readonly date: string;
  readonly hours: number;
  readonly billable: boolean;
  readonly description?: string;
}

/**
 * The columns of each tool's detailed report export (docs/importers.md says where each
 * name was confirmed). Toggl Track: `User, Email, Client, Project, Task, Description,
 * Billable, Start date, Start time, …, Duration (hh:mm:ss)`. Clockify: `Project, Client,
 * Description, Task, User, Group, Email, Tags, Billable, Start Date, Start Time, …,
 * Duration (h), Duration (decimal)`.
 */
const COLUMNS: Readonly<Record<TimeTracker, Readonly<Record<string, readonly string[]>>>> = {
  toggl: {
    user: ['User'],
    email: ['Email'],
    project: ['Project'],
    description: ['Description'],
    billable: ['Billable'],
    date: ['Start date'],
    hours: ['Duration'],
  },
  clockify: {
    user: ['User'],
    email: ['Email'],
    project: ['Project'],
    description: ['Description'],
    billable: ['Billable'],
    date: ['Start Date'],
    hours: ['Duration (decimal)', 'Duration (h)'],
  },
};

const REQUIRED = ['project', 'date', 'hours'] as const;

/**
 * Reads a Toggl Track or Clockify detailed report. Returns every entry, or every problem
 * with its row: a file with any problem imports nothing.
 */
export function readTimeTracking(
  rows: CsvRows,
  tool: TimeTracker,
  dateOrder?: DateOrder,
): { readonly entries: readonly TrackedTime[]; readonly problems: readonly RowProblem[] } {
  const [header = [], ...body] = rows;
  const at: Record<string, number | undefined> = {};
  for (const [field, names] of Object.entries(COLUMNS[tool])) at[field] = columnIndex(header, names);
  const missing = REQUIRED.filter((f) => at[f] === undefined);
  if (missing.length > 0) {
    const names = missing.map((f) => COLUMNS[tool][f]?.join(' or ')).join(', ');
    return {
      entries: [],
      problems: [
        {
          row: 1,
          message: `no column ${names}; export the Detailed report as CSV from ${tool === 'toggl' ? 'Toggl Track' : 'Clockify'}`,
        },
      ],
    };
  }
  const cell = (row: readonly string[], field: string) => {
    const i = at[field];
    return i === undefined ? undefined : (row[i] ?? '').trim();
  };
  const order = dateOrder ?? guessDateOrder(body.map((r) => cell(r, 'date') ?? '')) ?? 'ymd';
  const entries: TrackedTime[] = [];
  const problems: RowProblem[] = [];
  body.forEach((row, i) => {
    const n = i + 2;
    if (row.every((c) => c.trim() === '')) return;
    const project = cell(row, 'project') ?? '';
    const dateText = cell(row, 'date') ?? '';
    const date = readDate(dateText, order);
    const hours = readHours(cell(row, 'hours'));
    const rowProblems: string[] = [];
    if (project === '') rowProblems.push('no project: every entry must belong to a project (an initiative)');
    if (date === undefined) {
      const ambiguous = order === 'ymd' && /\//.test(dateText);
      rowProblems.push(
        ambiguous
          ? `the date ${JSON.stringify(dateText)} could be day/month or month/day; say which with --date-format dmy or mdy`
          : `${JSON.stringify(dateText)} is not a date`,
      );
    }
    if (hours === undefined || hours <= 0 || hours > 24) {
      rowProblems.push(
        `the duration ${JSON.stringify(cell(row, 'hours') ?? '')} is not between 0 and 24 hours`,
      );
    }
    if (rowProblems.length > 0 || date === undefined || hours === undefined) {
      for (const message of rowProblems) problems.push({ row: n, message });
      return;
    }
    const text = (field: string) => {
      const v = cell(row, field);
      return v === undefined || v === '' ? {} : { [field]: v };
    };
    entries.push({
      row: n,
      ...text('user'),
      ...text('email'),
      project,
      date,
      hours,
      billable: /^(yes|true|1|billable)$/i.test(cell(row, 'billable') ?? ''),
      ...text('description'),
    });
  });
  return { entries: problems.length > 0 ? [] : entries, problems };
}

/** `01:30:00`, `1:30` (Clockify's "Duration (h)") or `1.5` hours. */
function readHours(text: string | undefined): number | undefined {
  const t = (text ?? '').trim();
  const clock = /^(\d+):([0-5]\d)(?::([0-5]\d))?$/.exec(t);
  if (clock) return Number(clock[1]) + Number(clock[2]) / 60 + Number(clock[3] ?? 0) / 3600;
  return readNumber(t);
}

/** Billable hours per ISO week (Monday), for a weekly billable-hours KPI. */
export function billableHoursByWeek(entries: readonly TrackedTime[]): Map<string, number> {
  const weeks = new Map<string, number>();
  for (const e of entries) {
    if (!e.billable) continue;
    const day = new Date(`${e.date}T00:00:00Z`);
    day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
    const week = day.toISOString().slice(0, 10);
    weeks.set(week, (weeks.get(week) ?? 0) + e.hours);
  }
  return weeks;
}
