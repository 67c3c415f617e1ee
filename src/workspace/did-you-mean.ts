/**
 * Suggests the known name closest to a mistyped one, so "helthy" points at "healthy"
 * and "ana" at "anna". Returns `undefined` when nothing is close enough to be a typo.
 */
export function didYouMean(typed: string, known: Iterable<string>): string | undefined {
  const lower = typed.toLowerCase();
  // A typo changes about one character in three; beyond that the guess is noise.
  const tolerance = Math.max(1, Math.floor(typed.length / 3));
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of known) {
    const distance = levenshtein(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= tolerance ? best : undefined;
}

/** `; did you mean "x"?`, or an empty string when there is no good guess. */
export function didYouMeanHint(typed: string, known: Iterable<string>): string {
  const guess = didYouMean(typed, known);
  return guess === undefined ? '' : `; did you mean ${JSON.stringify(guess)}?`;
}

/** Edit distance: insertions, deletions and substitutions, one row at a time. */
export function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
