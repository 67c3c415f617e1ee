/** One fixed rate-limit window per limited key (e.g. `sign-in-email:<ip>|<email>`). */
export interface RateLimitWindowTable {
  key: string;
  /** Epoch ms the current window began. */
  window_start: number;
  hits: number;
}

declare module './tables.js' {
  interface Database {
    rate_limit_windows: RateLimitWindowTable;
  }
}
