import { describe, expect, it } from 'vitest';
import { ruleName } from './rule-names.js';
import { COACH_RULES } from './rules.js';

describe('coach rule names', () => {
  it('every rule has a name in words, not its id', () => {
    for (const rule of COACH_RULES) {
      expect(ruleName(rule.id)).not.toContain('-');
      expect(ruleName(rule.id)).not.toBe(rule.id);
    }
  });

  it('an unknown rule still reads as words', () => {
    expect(ruleName('late-check-in')).toBe('Late check in');
  });
});
