/**
 * Who makes a change and when, recorded in the audit log with every write.
 * `actor` reads like `user:42`, `token:7`, `cli:alice` or `system`.
 */
export interface ChangeContext {
  readonly actor: string;
  /** Defaults to the wall clock; tests and imports pass a fixed instant. */
  readonly at?: number;
}

export function changeTime(change: ChangeContext): number {
  return change.at ?? Date.now();
}
