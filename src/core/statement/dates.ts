import type { IsoDate } from '../model.js';

/**
 * Due dates inside statements ("by Q4 2026", "end of Q2", "31 March 2026", "by year end").
 * They are found on the raw text and blanked out before tokenising, so "2026" or "Q4"
 * never reads as a value.
 *
 * `due` is always an ISO date, the last day of the period named. Without a year the period
 * is the next one that has not ended by the as-of date: as of 2026-11-30, "by March" is
 * 2027-03-31, "Q4" is 2026-12-31, "June 30" is 2027-06-30, "EOY" 2026-12-31. Relative
 * periods resolve against it too: "end of the quarter", "this month", "next quarter".
 * The parser has no clock: the as-of date is a parameter.
 */

export interface DueExtraction {
  readonly due: string | null;
  /** The text with every date expression replaced by spaces (positions are kept). */
  readonly text: string;
}

const MONTHS = [
  'jan(?:uary)?',
  'feb(?:ruary)?',
  'mar(?:ch)?',
  'apr(?:il)?',
  'may',
  'june?',
  'july?',
  'aug(?:ust)?',
  'sep(?:t(?:ember)?)?',
  'oct(?:ober)?',
  'nov(?:ember)?',
  'dec(?:ember)?',
];
const MONTH = `(${MONTHS.join('|')})\\.?`;
const PREP = '(?:\\b(?:by|before|until|till|in|on|at|during|through|due|no later than)\\s+(?:the\\s+)?)';
const END_OF = '(?:\\b(?:end|close)\\s+of\\s+(?:the\\s+)?)';
const LEAD = `${PREP}?${END_OF}?`;
const ORDINAL = '(?:st|nd|rd|th)?';
const YEAR = '((?:19|20)\\d{2})';

interface Period {
  readonly year?: number;
  readonly month?: number;
  readonly day?: number;
  readonly quarter?: number;
  readonly half?: number;
  /** "this quarter" (0), "next month" (1): a period counted from the as-of date's own. */
  readonly relative?: { readonly unit: 'month' | 'quarter' | 'year'; readonly offset: number };
}

type Reader = (m: RegExpExecArray) => Period | null;

const PATTERNS: readonly (readonly [RegExp, Reader])[] = [
  [new RegExp(`${LEAD}\\b${YEAR}-(\\d{1,2})-(\\d{1,2})\\b`, 'giu'), (m) => ymd(m[1], m[2], m[3])],
  [
    new RegExp(`${LEAD}\\b(\\d{1,2})[/.](\\d{1,2})[/.]${YEAR}\\b`, 'giu'),
    // Day first unless that is impossible (03/31/2026): most of the world writes it so.
    (m) =>
      Number(m[1]) > 12
        ? ymd(m[3], m[2], m[1])
        : Number(m[2]) > 12
          ? ymd(m[3], m[1], m[2])
          : ymd(m[3], m[2], m[1]),
  ],
  [
    new RegExp(`${LEAD}\\b(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?${MONTH}(?:,?\\s+${YEAR})?\\b`, 'giu'),
    (m) => ({ day: Number(m[1]), month: monthIndex(m[2]), year: optionalYear(m[3]) }),
  ],
  [
    new RegExp(`${LEAD}\\b${MONTH},?\\s+${YEAR}\\b`, 'giu'),
    (m) => ({ month: monthIndex(m[1]), year: Number(m[2]) }),
  ],
  [
    new RegExp(`${LEAD}\\b${MONTH}\\s+(\\d{1,2})${ORDINAL}(?!\\d)(?:,?\\s+${YEAR})?\\b`, 'giu'),
    (m) => ({ month: monthIndex(m[1]), day: Number(m[2]), year: optionalYear(m[3]) }),
  ],
  [
    new RegExp(
      `${LEAD}\\b(?:fy\\s?)?(?:q([1-4])|([1-4])q)(?:\\s*(?:fy\\s?)?${YEAR}|\\s*'(\\d{2})|\\s*fy(\\d{2}))?\\b`,
      'giu',
    ),
    (m) => ({ quarter: Number(m[1] ?? m[2]), year: optionalYear(m[3], m[4] ?? m[5]) }),
  ],
  [
    // "in first quarter", "in its first quarter": a span of a product's life, not Q1 (the
    // labelling guide, "due"); "in the first quarter (of 2027)" is the calendar's.
    new RegExp(
      `${LEAD}(?<!\\b(?:compared\\s+(?:to|with)|than|vs\\.?|versus|over|since|in|its|their|our)\\s+)\\b(first|second|third|fourth|1st|2nd|3rd|4th|last)\\s+quarter(?:\\s+of)?(?:\\s+${YEAR})?\\b`,
      'giu',
    ),
    (m) => ({ quarter: ordinalIndex(m[1]), year: optionalYear(m[2]) }),
  ],
  [
    // "1H" must be upper-case: "1h" is an hour.
    new RegExp(`${LEAD}\\b(?:[hH]([12])|([12])H)(?:\\s*${YEAR}|\\s*'(\\d{2}))?\\b`, 'gu'),
    (m) => ({ half: Number(m[1] ?? m[2]), year: optionalYear(m[3], m[4]) }),
  ],
  [
    new RegExp(
      `${LEAD}\\b(first|second|1st|2nd)\\s+half(?:\\s+of)?(?:\\s+(?:the\\s+)?year)?(?:\\s+${YEAR})?\\b`,
      'giu',
    ),
    (m) => ({ half: ordinalIndex(m[1]), year: optionalYear(m[2]) }),
  ],
  [
    new RegExp(`${PREP}?\\b(?:eoy|year[- ]end|end\\s+of\\s+(?:the\\s+)?year)\\b(?:\\s+${YEAR})?`, 'giu'),
    (m) => ({ month: 12, day: 31, year: optionalYear(m[1]) }),
  ],
  [
    new RegExp(
      `(?:${PREP}|${END_OF})${END_OF}?(?:fy\\s?)?${YEAR}\\b(?!\\s*[%\\d])(?!\\s+(?!and\\b|or\\b|with\\b)\\p{L})`,
      'giu',
    ),
    (m) => ({ year: Number(m[1]) }),
  ],
  [
    new RegExp(`${LEAD}\\bfy\\s?(\\d{2}|(?:19|20)\\d{2})\\b`, 'giu'),
    (m) => ({ year: optionalYear(undefined, m[1]) }),
  ],
  [new RegExp(`${PREP}${END_OF}?${MONTH}(?![\\p{L}])`, 'giu'), (m) => ({ month: monthIndex(m[1]) })],
  [
    new RegExp(
      `(?<!\\bfor\\s+(?:the\\s+)?)(?:${PREP}?${END_OF}(?:(?:this|current)\\s+)?|${PREP}?\\b(this|next|current)\\s+|${PREP})(quarter|month|year)\\b|\\b(eoq|eom)\\b(?!\\s+(?:close|closing|process|processes|report|reporting)\\b)`,
      'giu',
    ),
    (m) => ({ relative: relativeOf(m[3] ?? m[2], m[1]) }),
  ],
  [
    new RegExp(
      `(?:${PREP}?${END_OF}|${PREP}?\\b(?:this|next|current)\\s+|${PREP})(?:sprint|cycle)\\b`,
      'giu',
    ),
    () => null,
  ],
  [new RegExp(`${PREP}?\\b(?:this|next)\\s+week\\b`, 'giu'), () => null],
];

/** Finds every date expression, blanks them, and returns the last one as the due date. */
/** Every pattern needs one of these; most statements have none, and skip the scan. */
const ANY_DATE_WORD =
  /\d|\b(?:q[1-4]|h[12]|fy|eo[qmy]|ye|quarter|month|year|sprint|cycle|half|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

export function extractDue(text: string, asOf: IsoDate): DueExtraction {
  if (!ANY_DATE_WORD.test(text)) return { due: null, text };
  const today = calendarDate(asOf);
  const taken: [number, number, string | null][] = [];
  for (const [pattern, read] of PATTERNS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (m[0].length === 0 || taken.some(([s, e]) => start < e && end > s)) continue;
      const period = read(m);
      taken.push([start, end, period === null ? null : lastDay(period, today)]);
    }
  }
  taken.sort((a, b) => a[0] - b[0]);
  let blanked = text;
  for (const [s, e] of taken) blanked = blanked.slice(0, s) + ' '.repeat(e - s) + blanked.slice(e);
  const dues = taken.map(([, , due]) => due).filter((d): d is string => d !== null);
  return { due: dues.at(-1) ?? null, text: blanked };
}

function ymd(y: string | undefined, m: string | undefined, d: string | undefined): Period {
  return { year: Number(y), month: Number(m), day: Number(d) };
}

function monthIndex(name: string | undefined): number {
  const lower = (name ?? '').toLowerCase();
  return MONTHS.findIndex((p) => new RegExp(`^(?:${p})$`).test(lower)) + 1;
}

function ordinalIndex(word: string | undefined): number {
  const w = (word ?? '').toLowerCase();
  if (w === 'last') return 4;
  return ['first', 'second', 'third', 'fourth'].indexOf(w) + 1 || Number.parseInt(w, 10);
}

function optionalYear(full: string | undefined, short?: string): number | undefined {
  if (full) return Number(full);
  if (short) return short.length === 4 ? Number(short) : 2000 + Number(short);
  return undefined;
}

interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

function calendarDate(iso: IsoDate): CalendarDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}

function relativeOf(unit: string | undefined, which: string | undefined): Period['relative'] {
  const u = (unit ?? '').toLowerCase();
  const offset = (which ?? '').toLowerCase() === 'next' ? 1 : 0;
  if (u === 'eoq' || u === 'quarter') return { unit: 'quarter', offset };
  if (u === 'eom' || u === 'month') return { unit: 'month', offset };
  return { unit: 'year', offset };
}

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const iso = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;
const before = (a: CalendarDate, b: CalendarDate) =>
  a.year !== b.year ? a.year < b.year : a.month !== b.month ? a.month < b.month : a.day < b.day;

/**
 * The ISO date of a period's last day. A period without a year is the next one that has
 * not ended by the as-of date ("by March" as of November is next March); without an
 * as-of date it cannot be placed, and gives null.
 */
function lastDay(p: Period, today: CalendarDate | null): string | null {
  if (p.relative) {
    if (!today) return null;
    const span = p.relative.unit === 'month' ? 1 : p.relative.unit === 'quarter' ? 3 : 12;
    const index = Math.floor((today.year * 12 + today.month - 1) / span) + p.relative.offset;
    const last = (index + 1) * span - 1;
    const year = Math.floor(last / 12);
    const month = (last % 12) + 1;
    return iso(year, month, daysIn(year, month));
  }
  const lastMonth = p.quarter ? p.quarter * 3 : p.half ? p.half * 6 : (p.month ?? 12);
  if (lastMonth < 1 || lastMonth > 12) return null;
  const dayIn = (year: number) => p.day ?? daysIn(year, lastMonth);
  if (p.year !== undefined) {
    const day = dayIn(p.year);
    return day >= 1 && day <= daysIn(p.year, lastMonth) ? iso(p.year, lastMonth, day) : null;
  }
  if (!today) return null;
  // "29 February" waits for the next leap year; four years always hold one but 2100's.
  for (let year = today.year; year <= today.year + 8; year++) {
    const day = dayIn(year);
    if (day < 1 || day > daysIn(year, lastMonth)) continue;
    if (!before({ year, month: lastMonth, day }, today)) return iso(year, lastMonth, day);
  }
  return null;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
