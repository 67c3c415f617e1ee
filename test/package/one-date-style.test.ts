import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const WEB_SRC = new URL('../../web/src/', import.meta.url).pathname;
/** The one home of date formatting: the workspace's formatter (format.ts). */
const HOME = 'format.ts';
/** Ways to write a date for people that bypass the workspace's locale and style. */
const AD_HOC = /\.toLocale(Date|Time)?String\(|new Intl\.DateTimeFormat\(|\.toDateString\(|\.toUTCString\(/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('one date style per locale in the web app', () => {
  it('formats every date people read through the workspace formatter (fmt.date, fmt.dateTime, fmt.day)', () => {
    const offenders = sources(WEB_SRC)
      .filter((path) => relative(WEB_SRC, path) !== HOME)
      .flatMap((path) =>
        readFileSync(path, 'utf8')
          .split('\n')
          .flatMap((line, i) =>
            AD_HOC.test(line) ? [`${relative(WEB_SRC, path)}:${i + 1}: ${line.trim()}`] : [],
          ),
      );
    expect(offenders).toEqual([]);
  });
});
