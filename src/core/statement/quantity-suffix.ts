import { durationOfWord } from './durations.js';
import type { UnitKind } from './quantities.js';
import type { RawToken } from './tokenize.js';
import { PERCENT_WORDS, SCORE_SCALES } from './units.js';

const POINT_WORDS = new Set(['pp', 'pps', 'ppt', 'ppts', 'p.p']);

/** A percent, percentage points, a duration, a score scale or a multiplier after a number. */
export function readSuffix(
  raw: readonly RawToken[],
  k: number,
  value: number,
): { unit: string | null; unitKind: UnitKind | null; multiplier: boolean; next: number } | null {
  const t = raw[k];
  const n = raw[k + 1];
  const lower = t?.kind === 'word' ? t.lower : '';
  const nLower = n?.kind === 'word' ? n.lower : '';
  const result = (unit: string | null, unitKind: UnitKind | null, next: number, multiplier = false) => ({
    unit,
    unitKind,
    multiplier,
    next,
  });
  if (t?.kind === 'percent' || PERCENT_WORDS.has(lower) || (lower === 'per' && nLower === 'cent')) {
    const after = lower === 'per' ? k + 2 : k + 1;
    const a = raw[after];
    const aLower = a?.kind === 'word' ? a.lower : '';
    if (aLower === 'points' || aLower === 'point' || aLower === 'pts')
      return result('pp', 'points', after + 1);
    if (lower === 'percentage') return null;
    return result('%', 'percent', after);
  }
  if (POINT_WORDS.has(lower)) return result('pp', 'points', k + 1);
  if (lower === 'points' || lower === 'point' || lower === 'pts') return result(null, null, k + 1);
  if (t?.kind === 'word' && (lower === 'x' || lower === '×') && t.glued)
    return result(null, null, k + 1, true);
  if ((lower === 'business' || lower === 'working') && (nLower === 'days' || nLower === 'day'))
    return result('d', 'duration', k + 2);
  if (t?.kind === 'word') {
    const duration = durationOfWord(t.text === 'm' ? 'min' : lower, t.glued);
    if (duration) return result(duration, 'duration', k + 1);
  }
  if (
    t?.kind === 'slash' &&
    n?.kind === 'numeral' &&
    t.glued &&
    n.glued &&
    SCORE_SCALES.has(Number(n.raw)) &&
    value <= Number(n.raw)
  ) {
    return result(`/${n.raw}`, 'score', k + 2);
  }
  if (lower === 'out' && nLower === 'of' && raw[k + 2]?.kind === 'numeral') {
    const scale = raw[k + 2];
    if (scale?.kind === 'numeral') return result(`/${scale.raw}`, 'score', k + 3);
  }
  return null;
}
