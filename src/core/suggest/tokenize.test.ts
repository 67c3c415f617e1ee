import { describe, expect, it } from 'vitest';
import { stem, stemsOf, tokenize } from './tokenize.js';

describe('stemming joins the word families objectives use', () => {
  it.each([
    [['retaining', 'retention', 'retain', 'retained'], 'retain'],
    [['customers', 'customer'], 'custom'],
    [['utilisation', 'utilization', 'utilised'], 'utiliz'],
    [['subscribers', 'subscribe', 'subscription'], 'subscrib'],
    [['freelance', 'freelancer', 'freelancing'], 'freelanc'],
    [['resolution', 'resolve', 'resolving'], 'resolv'],
    [['satisfaction', 'satisfied'], 'satisf'],
    [['delivery', 'deliveries', 'deliver', 'delivering'], 'deliv'],
    [['predictability', 'predictable'], 'predict'],
    [['escalations', 'escalate'], 'escalat'],
  ])('%j all stem to "%s"', (words, expected) => {
    for (const word of words) expect(stem(word)).toBe(expected);
  });

  it('keeps "marketing" (a function) apart from "market" (where you sell)', () => {
    expect(stem('marketing')).not.toBe(stem('market'));
  });

  it('keeps a "leader" apart from a sales "lead"', () => {
    expect(stem('leader')).not.toBe(stem('lead'));
  });
});

describe('tokenize', () => {
  it('drops stopwords and the verbs every goal uses', () => {
    expect(stemsOf('Improve the customer support experience')).toEqual([
      'custom',
      'support',
      stem('experience'),
    ]);
  });

  it('reads a hyphenated word as its parts and as one word', () => {
    expect(stemsOf('go-to podcast')).toEqual(['goto', 'podcast']);
    expect(stemsOf('e-commerce')).toContain(stem('ecommerce'));
  });

  it('quotes the word the user wrote, not the stem', () => {
    expect(tokenize('Retaining customers').map((token) => token.word)).toEqual(['retaining', 'customers']);
  });

  it('folds accents so "Satisfação" and "satisfacao" match', () => {
    expect(stemsOf('Satisfação')).toEqual(stemsOf('satisfacao'));
  });

  it('finds nothing in punctuation or an empty string', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize('!!! — ???')).toEqual([]);
  });
});
