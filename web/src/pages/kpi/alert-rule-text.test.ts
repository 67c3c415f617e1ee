import { describe, expect, it } from 'vitest';
import { alertRuleText } from './alert-rule-text.js';

describe('a KPI’s alert timing in words', () => {
  it('says the default wait is one cadence period, named for the KPI’s cadence', () => {
    expect(alertRuleText({ for: null, repeat: null, ownRepeat: null }, 'weekly').fires).toBe(
      'Fires once values stay out of range for one cadence period (a week).',
    );
    expect(alertRuleText({ for: null, repeat: null, ownRepeat: null }, 'quarterly').fires).toBe(
      'Fires once values stay out of range for one cadence period (a quarter).',
    );
  });

  it('says a KPI’s own wait as the API writes it, points or a duration', () => {
    expect(alertRuleText({ for: '3 points', repeat: null, ownRepeat: null }, 'daily').fires).toBe(
      'Fires once values stay out of range for 3 points.',
    );
    expect(alertRuleText({ for: '36h', repeat: null, ownRepeat: null }, 'daily').fires).toBe(
      'Fires once values stay out of range for 36h.',
    );
  });

  it('tells a KPI’s own repeat interval from the workspace’s default, and no repeat at all', () => {
    expect(alertRuleText({ for: null, repeat: '4h', ownRepeat: '4h' }, 'weekly').repeats).toBe(
      'Told again every 4h while firing.',
    );
    expect(alertRuleText({ for: null, repeat: '1d', ownRepeat: null }, 'weekly').repeats).toBe(
      'Told again every 1d while firing (the workspace’s default).',
    );
    expect(alertRuleText({ for: null, repeat: null, ownRepeat: null }, 'weekly').repeats).toBe(
      'Told once, not repeated while firing (the workspace’s default).',
    );
  });
});
