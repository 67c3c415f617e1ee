/** A person's quiet hours: local `HH:MM` start and end in their IANA time zone; may wrap midnight. */
export interface QuietHours {
  readonly start: string;
  readonly end: string;
  readonly timeZone: string;
}

const DAY_SECONDS = 24 * 60 * 60;

/**
 * When a message due at `at` may go out: `at` itself outside the quiet window, else the
 * instant the window ends in the person's time zone (22:00–07:00 in Berlin holds a 23:30
 * alert until 07:00 Berlin time).
 */
export function quietUntil(at: number, quiet: QuietHours): number {
  const start = clockSeconds(quiet.start);
  const end = clockSeconds(quiet.end);
  if (start === undefined || end === undefined || start === end) return at;
  const now = localSeconds(at, quiet.timeZone);
  const inside = start < end ? now >= start && now < end : now >= start || now < end;
  if (!inside) return at;
  const wait = (end - now + DAY_SECONDS) % DAY_SECONDS;
  // Whole local seconds: drop the milliseconds of `at` so the result lands on the minute.
  return at - (at % 1000) + wait * 1000;
}

/** `HH:MM` (24-hour) as seconds after midnight, or undefined when it is not such a time. */
export function clockSeconds(text: string): number | undefined {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  if (!match) return undefined;
  return Number(match[1]) * 3600 + Number(match[2]) * 60;
}

export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

function localSeconds(at: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(at));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return part('hour') * 3600 + part('minute') * 60 + part('second');
}
