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

/**
 * A sorted sample. Typed: the engine copies each window into a reused buffer and sorts it
 * natively, so a report of thousands of verdicts allocates next to nothing.
 */
export type Values = Float64Array;

const SAMPLE = 63;
const SPREAD = 4;

// Scratch lists reused by every call (JavaScript runs one call at a time): a report makes
// thousands of selections, and fresh lists for each made the garbage collector a sixth of its time.
const samples = new Float64Array(SAMPLE);
let gathered = new Float64Array(1024);

/**
 * The window `(lo, hi]` of difference values known to hold the wanted rank, with `below`
 * differences ≤ lo and `upTo` ≤ hi. One shared record: JavaScript runs one search at a time.
 * A low end of −∞ means none, so a difference that overflows to −∞ still counts.
 */
const window = { lo: 0, hi: 0, below: 0, upTo: 0 };

// Every count made while answering one question, as (value, how many differences are ≤ it):
// a later rank of the same two samples starts from the tightest fence they give.
const MAX_PROBES = 64;
const probeValues = new Float64Array(MAX_PROBES);
const probeCounts = new Float64Array(MAX_PROBES);
let probes = 0;

/** The value at 0-based rank `k` of the ascending differences `after[j] − before[i]`. */
export function kthDifference(before: Values, after: Values, k: number): number {
  probes = 0;
  return search(before, after, k);
}

/**
 * The values at several 0-based ranks of the same differences, in the order asked: the
 * Hodges–Lehmann estimate needs three or four, and each search starts where the counts
 * of the earlier ones leave it.
 */
export function kthDifferences(before: Values, after: Values, ranks: readonly number[]): number[] {
  probes = 0;
  return ranks.map((k) => search(before, after, k));
}

function search(before: Values, after: Values, k: number): number {
  // Windows this small cost less to write out than to count again.
  const gatherLimit = (before.length + after.length) / 2 + 32;
  window.lo = Number.NEGATIVE_INFINITY;
  window.hi = Number.POSITIVE_INFINITY;
  window.below = 0;
  window.upTo = before.length * after.length;
  for (let i = 0; i < probes; i++) {
    const value = probeValues[i] as number;
    const atMost = probeCounts[i] as number;
    if (atMost <= k) {
      if (value > window.lo) {
        window.lo = value;
        window.below = atMost;
      }
    } else if (value < window.hi) {
      window.hi = value;
      window.upTo = atMost;
    }
  }
  narrowByInterpolation(before, after, k, gatherLimit);
  narrowBySampling(before, after, k, gatherLimit);
  return selectAmong(before, after, window.lo, window.hi, k - window.below, window.upTo - window.below);
}

/** How many differences are ≤ p, remembered for the next rank of the same question. */
function countAndRemember(before: Values, after: Values, p: number): number {
  const atMost = countAtMost(before, after, p);
  if (probes < MAX_PROBES) {
    probeValues[probes] = p;
    probeCounts[probes] = atMost;
    probes++;
  }
  return atMost;
}

/**
 * Most rounds end here: how many differences are ≤ p rises smoothly with p (it is a sum
 * of step functions), so the rank's value is guessed by interpolating between the
 * window's ends, and two counts a little either side of the guess usually fence the rank
 * into a window small enough to write out. A count is one cheap walk, and a guess that
 * misses still narrows the window for the next.
 */
function narrowByInterpolation(before: Values, after: Values, k: number, limit: number): void {
  const smallest = (after[0] as number) - (before[before.length - 1] as number);
  const largest = (after[after.length - 1] as number) - (before[0] as number);
  // Differences too large to subtract are left to the sampling search.
  if (!Number.isFinite(largest - smallest)) return;
  const reach = limit / 4;
  for (let step = 0; step < 6; step++) {
    const size = window.upTo - window.below;
    if (size <= limit) return;
    const left = window.lo === Number.NEGATIVE_INFINITY ? smallest : window.lo;
    const right = window.hi === Number.POSITIVE_INFINITY ? largest : window.hi;
    const guess = left + ((k + 0.5 - window.below) / size) * (right - left);
    const half = (reach / size) * (right - left);
    // When both fall outside, the guess itself (always inside) still halves the doubt.
    if (narrowAt(before, after, k, guess - half) + narrowAt(before, after, k, guess + half) === 0)
      narrowAt(before, after, k, guess);
    // Equal differences can stop the window shrinking: the sampling search takes over.
    if (window.upTo - window.below >= size) return;
  }
}

/**
 * Counts at `p` and moves the window's end on the rank's side of it; 1 when `p` became the
 * window's low end or its high end, 0 when it fell outside the window.
 */
function narrowAt(before: Values, after: Values, k: number, p: number): number {
  if (!(p > window.lo && p < window.hi)) return 0;
  const atMost = countAndRemember(before, after, p);
  if (k < atMost) {
    window.hi = p;
    window.upTo = atMost;
  } else {
    window.lo = p;
    window.below = atMost;
  }
  return 1;
}

/**
 * The fallback, and the search for windows of many ties: two pivots drawn from an evenly
 * spread sample of the candidates left around the wanted rank (as Floyd and Rivest's
 * SELECT does) narrow the window each round.
 */
function narrowBySampling(before: Values, after: Values, k: number, limit: number): void {
  for (;;) {
    const size = window.upTo - window.below;
    if (size <= limit) return;
    sampleCandidates(before, after, window.lo, window.hi, size, samples);
    const at = Math.floor(((k - window.below) / size) * SAMPLE);
    const low = quickselect(samples, Math.max(0, at - SPREAD));
    const high = quickselect(samples, Math.min(SAMPLE - 1, at + SPREAD));
    // A pivot at or past a window's end is skipped: its count is already known.
    narrowAt(before, after, k, low);
    narrowAt(before, after, k, high);
    // Many equal differences can stop the window shrinking: then write them out.
    if (window.upTo - window.below >= size) return;
  }
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
  out: Float64Array,
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
    while (end < m && (a - (before[end] as number) > lo || lo === Number.NEGATIVE_INFINITY)) end++;
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
function selectAmong(
  before: Values,
  after: Values,
  lo: number,
  hi: number,
  rank: number,
  size: number,
): number {
  if (gathered.length < size) gathered = new Float64Array(Math.max(size, 2 * gathered.length));
  const m = before.length;
  let count = 0;
  let first = 0;
  let end = 0;
  for (let j = 0; j < after.length; j++) {
    const a = after[j] as number;
    while (first < m && a - (before[first] as number) > hi) first++;
    if (end < first) end = first;
    while (end < m && (a - (before[end] as number) > lo || lo === Number.NEGATIVE_INFINITY)) end++;
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
export function quickselect(values: Values | number[], rank: number, last = values.length - 1): number {
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
