import type { HeldWatch } from './api/types.js';
import type { Formatter } from './format.js';
import type { Tone } from './status.js';

/** "Held?" in plain words (domain.md): a short label for a card, a sentence for a page. */
export interface HeldText {
  readonly tone: Tone;
  /** "Holding since 3 Dec 2026", "Slipped since 10 Dec 2026". */
  readonly label: string;
  /** What it means and until when it is watched. */
  readonly sentence: string;
}

export function heldText(watch: HeldWatch, fmt: Formatter): HeldText {
  const what = watch.keyResult ? 'new floor' : 'new healthy range';
  const since = fmt.date(watch.since);
  const until = fmt.date(watch.until);
  switch (watch.verdict) {
    case 'too_early':
      return {
        tone: 'healthy',
        label: `Holding since ${since}`,
        sentence:
          watch.points === 0
            ? `The ${what} took effect on ${since}; no value since. Ratchet watches whether it holds until ${until}.`
            : `Every value since the ${what} took effect on ${since} stayed inside it (${count(watch.points)}). Ratchet watches until ${until}.`,
      };
    case 'slipped': {
      const slipped = fmt.date(watch.slippedAt ?? watch.since);
      return {
        tone: 'breach',
        label: `Slipped since ${slipped}`,
        sentence: `The ${what} from ${since} did not hold: ${watch.outside} of ${count(watch.points)} since fell outside it, the first on ${slipped}.`,
      };
    }
    case 'held':
      return {
        tone: 'achieved',
        label: `Held since ${since}`,
        sentence: `The ${what} from ${since} held: all ${count(watch.points)} until ${until} stayed inside it.`,
      };
    case 'no_data':
      return {
        tone: 'no-data',
        label: 'Held? No values',
        sentence: `No value came in between ${since} and ${until}, so nobody knows whether the ${what} held.`,
      };
  }
}

function count(n: number): string {
  return n === 1 ? '1 value' : `${n} values`;
}
