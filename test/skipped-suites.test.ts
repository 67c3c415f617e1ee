import { describe, expect, it } from 'vitest';
import { skippedBanner, skippedSuites } from './skipped-suites.js';

const nothingExists = () => false;
const everythingExists = () => true;

describe('the suites npm test says it skipped', () => {
  it('names the browser suite when Chromium is not at /usr/bin/chromium', () => {
    const skipped = skippedSuites({ RATCHET_TEST_PG: 'postgres://x' }, nothingExists);
    expect(skipped).toHaveLength(1);
    expect(skipped[0]).toMatch(/^Browser: .*Chromium is not at \/usr\/bin\/chromium/);
    expect(skippedBanner(skipped)).toContain('apt-get install chromium');
  });

  it('looks where RATCHET_TEST_CHROMIUM points instead', () => {
    const asked: string[] = [];
    skippedSuites({ RATCHET_TEST_PG: 'x', RATCHET_TEST_CHROMIUM: '/opt/chrome' }, (path) => {
      asked.push(path);
      return false;
    });
    expect(asked).toEqual(['/opt/chrome']);
  });

  it('says nothing about the browser when Chromium is there', () => {
    expect(skippedSuites({ RATCHET_TEST_PG: 'x' }, everythingExists)).toEqual([]);
  });

  it('lists PostgreSQL and the browser together when both are missing', () => {
    const skipped = skippedSuites({}, nothingExists);
    expect(skipped.map((s) => s.split(':')[0])).toEqual(['PostgreSQL', 'Browser']);
  });
});
