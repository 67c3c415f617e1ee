// autocannon ships no types; this declares the part the benchmarks use.
declare module 'autocannon' {
  interface Options {
    readonly url: string;
    readonly connections?: number;
    readonly duration?: number;
    /** Stop after this many requests instead of after `duration`. */
    readonly amount?: number;
    readonly headers?: Record<string, string>;
  }
  interface Histogram {
    readonly average: number;
    readonly p50: number;
    readonly p99: number;
    /** Requests only: how many were sent. */
    readonly sent?: number;
  }
  interface Result {
    readonly requests: Histogram;
    readonly latency: Histogram;
    readonly errors: number;
    readonly non2xx: number;
  }
  export default function autocannon(options: Options): Promise<Result>;
}
