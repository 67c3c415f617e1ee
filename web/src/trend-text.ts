import type { TrendWord } from './api/types.js';

export interface TrendText {
  /** Which way the value moves: ↗ rising, ↘ falling, → flat. */
  readonly arrow: '↗' | '↘' | '→';
  readonly direction: 'rising' | 'falling' | 'flat';
  /** Whether that is good for this KPI, said apart from the direction; absent when flat. */
  readonly judgement: 'improving' | 'worsening' | undefined;
  /** The whole reading for a title or a screen reader: "falling, improving". */
  readonly sentence: string;
}

/**
 * A KPI's trend as people read it (issue 9, item 8): the arrow shows the value's
 * direction, and whether that is good is a separate word (and colour). "38 min ↗
 * improving" while it fell read as a contradiction; now it is "↘ falling · improving".
 */
export function trendText(trend: TrendWord, slope: number | null | undefined): TrendText {
  const direction = trend === 'flat' || !slope ? 'flat' : slope > 0 ? 'rising' : 'falling';
  const arrow = direction === 'rising' ? '↗' : direction === 'falling' ? '↘' : '→';
  const judgement = trend === 'flat' ? undefined : trend;
  return {
    arrow,
    direction,
    judgement,
    sentence: judgement ? `${direction}, ${judgement}` : 'flat',
  };
}
