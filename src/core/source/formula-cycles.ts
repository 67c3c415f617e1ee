/**
 * Formula KPIs that depend on themselves, directly or through others: each such loop
 * once, as the ids in order with the first repeated at the end (a → b → a).
 */
export function formulaCycles(inputsOf: ReadonlyMap<string, readonly string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (id: string): void => {
    state.set(id, 'visiting');
    stack.push(id);
    for (const input of inputsOf.get(id) ?? []) {
      if (!inputsOf.has(input)) continue;
      const seen = state.get(input);
      if (seen === 'visiting') cycles.push([...stack.slice(stack.indexOf(input)), input]);
      else if (seen === undefined) visit(input);
    }
    stack.pop();
    state.set(id, 'done');
  };
  for (const id of inputsOf.keys()) if (!state.has(id)) visit(id);
  return cycles;
}

/**
 * The formula KPIs to recompute when `changed` KPIs got new values, in an order where
 * every formula comes after the formulas it reads (loops are left out: they are errors).
 */
export function dependentFormulas(
  inputsOf: ReadonlyMap<string, readonly string[]>,
  changed: Iterable<string>,
): string[] {
  const readers = new Map<string, string[]>();
  for (const [formula, inputs] of inputsOf) {
    for (const input of inputs) readers.set(input, [...(readers.get(input) ?? []), formula]);
  }
  const inLoop = new Set(formulaCycles(inputsOf).flat());
  const affected = new Set<string>();
  const queue = [...changed];
  while (queue.length > 0) {
    for (const reader of readers.get(queue.shift() as string) ?? []) {
      if (affected.has(reader) || inLoop.has(reader)) continue;
      affected.add(reader);
      queue.push(reader);
    }
  }
  const ordered: string[] = [];
  const placed = new Set<string>();
  const place = (id: string): void => {
    if (placed.has(id)) return;
    placed.add(id);
    for (const input of inputsOf.get(id) ?? []) if (affected.has(input)) place(input);
    ordered.push(id);
  };
  for (const id of affected) place(id);
  return ordered;
}
