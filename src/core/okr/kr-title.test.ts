import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { followedKrTitle, generatedKrTitle } from './kr-title.js';

const hours = { baseline: 6, target: 4, unit: 'h' };

describe('a key result title that follows its numbers', () => {
  it('writes the verb from the direction: reduce when the target is lower, else increase', () => {
    expect(generatedKrTitle('first response time', hours)).toBe('Reduce first response time from 6 h to 4 h');
    expect(generatedKrTitle('CSAT', { baseline: 3.8, target: 4.5 })).toBe('Increase CSAT from 3.8 to 4.5');
  });

  it('regenerates a generated title when the target moves (issue 9: "…to 4 h" was left behind)', () => {
    const title = 'Reduce first response time from 6 h to 4 h';
    expect(followedKrTitle(title, hours, { ...hours, target: 3.5 })).toBe(
      'Reduce first response time from 6 h to 3.5 h',
    );
  });

  it('turns the verb round when the new target lies on the other side of the baseline', () => {
    expect(
      followedKrTitle(
        'Reduce churn from 8% to 5%',
        { baseline: 8, target: 5, unit: '%' },
        {
          baseline: 8,
          target: 9,
          unit: '%',
        },
      ),
    ).toBe('Increase churn from 8% to 9%');
  });

  it('writes the numbers in the workspace locale', () => {
    const de = { locale: 'de-DE' };
    const title = generatedKrTitle('Antwortzeit', { baseline: 6.5, target: 4, unit: 'h' }, de);
    expect(title).toBe('Reduce Antwortzeit from 6,5 h to 4 h');
    expect(
      followedKrTitle(
        title,
        { baseline: 6.5, target: 4, unit: 'h' },
        { baseline: 6.5, target: 3.5, unit: 'h' },
        de,
      ),
    ).toBe('Reduce Antwortzeit from 6,5 h to 3,5 h');
  });

  it.each([
    ['a title in the person’s own words', 'Answer customers the same morning'],
    ['a title that quotes other numbers', 'Reduce first response time from 8 h to 4 h'],
    ['a title whose verb does not fit the numbers', 'Increase first response time from 6 h to 4 h'],
    ['a title that adds words after the numbers', 'Reduce first response time from 6 h to 4 h by March'],
  ])('keeps %s', (_, title) => {
    expect(followedKrTitle(title, hours, { ...hours, target: 3 })).toBe(title);
  });

  it('keeps the title when the new numbers cannot make one (no baseline, or baseline equals target)', () => {
    const title = 'Reduce first response time from 6 h to 4 h';
    expect(followedKrTitle(title, hours, { target: 3, unit: 'h' })).toBe(title);
    expect(followedKrTitle(title, hours, { ...hours, target: 6 })).toBe(title);
  });
});

const subject = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() === s && s.length > 0);
const number = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
const unit = fc.constantFrom(undefined, 'h', '%', 'min', 'EUR', '/5');
const pair = fc.tuple(number, number).filter(([a, b]) => a !== b);

describe('the title rule, for any subject and numbers', () => {
  it('a generated title always becomes the title generated from the new numbers', () => {
    fc.assert(
      fc.property(subject, pair, pair, unit, (s, [b1, t1], [b2, t2], u) => {
        const before = { baseline: b1, target: t1, unit: u };
        const after = { baseline: b2, target: t2, unit: u };
        expect(followedKrTitle(generatedKrTitle(s, before), before, after)).toBe(generatedKrTitle(s, after));
      }),
    );
  });

  it('unchanged numbers never change a title, generated or not', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), pair, unit, (title, [b, t], u) => {
        const numbers = { baseline: b, target: t, unit: u };
        expect(followedKrTitle(title, numbers, numbers)).toBe(title);
      }),
    );
  });

  it('a title that is not the one generated from the old numbers is kept, whatever the new numbers', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 80 }),
        subject,
        pair,
        pair,
        unit,
        (title, s, [b1, t1], [b2, t2], u) => {
          const before = { baseline: b1, target: t1, unit: u };
          fc.pre(title !== generatedKrTitle(s, before) && !/^(Reduce|Increase) /.test(title));
          expect(followedKrTitle(title, before, { baseline: b2, target: t2, unit: u })).toBe(title);
        },
      ),
    );
  });
});
