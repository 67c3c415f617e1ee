/**
 * The k-th smallest of the m·n pairwise differences `after[j] − before[i]` of two sorted
 * samples, found without writing them all down. The differences form a matrix whose rows
 * and columns are sorted, so "how many are ≤ p" is one two-pointer walk over the samples
 * (O(m + n)). The search keeps a window `(lo, hi]` known to hold the answer, narrows it
 * with two pivots drawn from an evenly spread sample of the candidates left around the
 * wanted rank (as Floyd and Rivest's SELECT does), and once few candidates remain, writes
 * them out and selects among them. A report asks this for every KPI-linked key result, so
 * the cost matters: for 91 points against 91 it is a few walks instead of sorting 8,281
 * numbers.
 *
 * Every comparison is made on the difference exactly as `after[j] - before[i]` computes
 * it, so the counts agree with the values written out, floating-point rounding included.
 */

/** A list of numbers: plain arrays of doubles allocate far more cheaply than typed arrays. */
export type Values = number[];

const SAMPLE = 63;
const SPREAD = 4;

// Scratch lists reused by every call (JavaScript runs one call at a time): a report makes
// thousands of selections, and fresh lists for each made the garbage collector a sixth of its time.
const samples: Values = new Array<number>(SAMPLE).fill(0);
const gathered: Values = [];

/**
 * The smallest difference larger than `v` (`undefined` when none is): the next value up
 * after a rank already found, in one walk.
 */
export function nextDifferenceAbove(before: Values, after: Values, v: number): number | undefined {
  const m = before.length;
  let best: number | undefined;
  let h = 0; // first column whose difference is ≤ v
  for (let j = 0; j < after.length; j++) {
    const a = after[j] as number;
    while (h < m && a - (before[h] as number) > v) h++;
    if (h > 0) {
      const d = a - (before[h - 1] as number);
      if (best === undefined || d < best) best = d;
    }
  }
  return best;
}

/** The value at 0-based rank `k` of the ascending differences `after[j] − before[i]`. */
export function kthDifference(before: Values, after: Values, k: number): number {
  const m = before.length;
  const n = after.length;
  const gatherLimit = m + n + 128;
  let lo = Number.NEGATIVE_INFINITY;
  let hi = Number.POSITIVE_INFINITY;
  // How many differences are ≤ lo, and how many ≤ hi: the window holds upTo − below.
  let below = 0;
  let upTo = m * n;
  for (;;) {
    const size = upTo - below;
    if (size <= gatherLimit) break;
    sampleCandidates(before, after, lo, hi, size, samples);
    const at = Math.floor(((k - below) / size) * SAMPLE);
    const low = quickselect(samples, Math.max(0, at - SPREAD));
    const high = quickselect(samples, Math.min(SAMPLE - 1, at + SPREAD));
    const atMostLow = countAtMost(before, after, low);
    if (k < atMostLow) {
      hi = low;
      upTo = atMostLow;
    } else {
      lo = low;
      below = atMostLow;
      const atMostHigh = countAtMost(before, after, high);
      if (k < atMostHigh) {
        hi = high;
        upTo = atMostHigh;
      } else {
        lo = high;
        below = atMostHigh;
      }
    }
    // Many equal differences can stop the window shrinking: then write them out.
    if (upTo - below >= size) break;
  }
  return selectAmong(before, after, lo, hi, k - below);
}

/** How many differences are ≤ p: one walk, the column pointer only moving forward. */
export function countAtMost(before: Values, after: Values, p: number): number {
  const m = before.length;
  let count = 0;
  let i = 0; // first column whose difference is ≤ p
  for (let j = 0; j < after.length; j++) {
    const a = after[j] as number;
    while (i < m && a - (before[i] as number) > p) i++;
    count += m - i;
  }
  return count;
}

/**
 * Fills `out` with the candidates at evenly spread positions of the window. The
 * differences in `(lo, hi]` sit, row by row, in a run of columns `[first, end)` (columns
 * hold larger `before` values, so smaller differences); both ends only move forward from
 * row to row, here and in `selectAmong`.
 */
function sampleCandidates(
  before: Values,
  after: Values,
  lo: number,
  hi: number,
  size: number,
  out: Values,
): void {
  const m = before.length;
  let first = 0;
  let end = 0;
  let s = 0;
  let seen = 0;
  for (let j = 0; j < after.length && s < out.length; j++) {
    const a = after[j] as number;
    while (first < m && a - (before[first] as number) > hi) first++;
    if (end < first) end = first;
    while (end < m && a - (before[end] as number) > lo) end++;
    const count = end - first;
    for (;;) {
      const position = Math.floor(((s + 0.5) * size) / out.length) - seen;
      if (s >= out.length || position >= count) break;
      out[s++] = a - (before[first + position] as number);
    }
    seen += count;
  }
}

/** Writes out the differences in `(lo, hi]` and returns the one at `rank` among them. */
function selectAmong(before: Values, after: Values, lo: number, hi: number, rank: number): number {
  const m = before.length;
  let count = 0;
  let first = 0;
  let end = 0;
  for (let j = 0; j < after.length; j++) {
    const a = after[j] as number;
    while (first < m && a - (before[first] as number) > hi) first++;
    if (end < first) end = first;
    while (end < m && a - (before[end] as number) > lo) end++;
    for (let i = first; i < end; i++) gathered[count++] = a - (before[i] as number);
  }
  return quickselect(gathered, rank, count - 1);
}

/** Sorts a list of numbers in place: insertion sort for short runs, else quicksort. */
export function sortNumbers(values: Values, left = 0, right = values.length - 1): Values {
  while (right - left > 24) {
    const mid = (left + right) >>> 1;
    const pivot = medianOfThree(values[left] as number, values[mid] as number, values[right] as number);
    let i = left;
    let j = right;
    while (i <= j) {
      while ((values[i] as number) < pivot) i++;
      while ((values[j] as number) > pivot) j--;
      if (i <= j) {
        const t = values[i] as number;
        values[i] = values[j] as number;
        values[j] = t;
        i++;
        j--;
      }
    }
    // Recurse into the smaller side, loop on the larger: the stack stays shallow.
    if (j - left < right - i) {
      sortNumbers(values, left, j);
      left = i;
    } else {
      sortNumbers(values, i, right);
      right = j;
    }
  }
  for (let i = left + 1; i <= right; i++) {
    const v = values[i] as number;
    let j = i - 1;
    while (j >= left && (values[j] as number) > v) {
      values[j + 1] = values[j] as number;
      j--;
    }
    values[j + 1] = v;
  }
  return values;
}

/** The value at `rank` among `values[0..last]` (reordered in place): Hoare's selection, median-of-three pivots. */
export function quickselect(values: Values, rank: number, last = values.length - 1): number {
  let left = 0;
  let right = last;
  while (right > left) {
    const mid = (left + right) >>> 1;
    const pivot = medianOfThree(values[left] as number, values[mid] as number, values[right] as number);
    let i = left;
    let j = right;
    while (i <= j) {
      while ((values[i] as number) < pivot) i++;
      while ((values[j] as number) > pivot) j--;
      if (i <= j) {
        const t = values[i] as number;
        values[i] = values[j] as number;
        values[j] = t;
        i++;
        j--;
      }
    }
    if (rank <= j) right = j;
    else if (rank >= i) left = i;
    else return values[rank] as number;
  }
  return values[rank] as number;
}

function medianOfThree(a: number, b: number, c: number): number {
  return a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
}
