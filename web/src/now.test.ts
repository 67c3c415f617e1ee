import { describe, expect, it } from 'vitest';
import { nowToTheMinute } from './now.js';

describe('a value entered now', () => {
  it('is stamped with the start of the current minute', () => {
    expect(nowToTheMinute(Date.parse('2026-11-23T10:18:32.666Z'))).toBe('2026-11-23T10:18:00.000Z');
  });

  it('keeps a time already on the minute', () => {
    expect(nowToTheMinute(Date.parse('2026-11-23T10:18:00.000Z'))).toBe('2026-11-23T10:18:00.000Z');
  });
});
