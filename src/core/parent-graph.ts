/**
 * The one rule for trees whose records name the records above them (a team's parent, the
 * objectives an objective supports): no record is its own parent and no chain of parents
 * comes back to where it started. A record may have several parents, so the "tree" is a
 * directed graph that must stay acyclic; a team simply has at most one parent.
 */

/** A record and the ids of the records directly above it, in the order they were written. */
export interface ParentLinks {
  readonly id: string;
  readonly parents: readonly string[];
}

/**
 * A parent link that closes a loop: the parent at `index` of record `id` leads back up to
 * `id`. `chain` walks the loop from `id` through that parent and back (`[a, a]` for a
 * record that names itself).
 */
export interface ParentLoop {
  readonly id: string;
  readonly index: number;
  readonly chain: readonly string[];
}

/** Teams and other one-parent records as `ParentLinks`. */
export function singleParent(record: {
  readonly id: string;
  readonly parent?: string | undefined;
}): ParentLinks {
  return { id: record.id, parents: record.parent === undefined ? [] : [record.parent] };
}

/** Objectives and other several-parent records as `ParentLinks`. */
export function manyParents(record: {
  readonly id: string;
  readonly parents?: readonly string[] | undefined;
}): ParentLinks {
  return { id: record.id, parents: record.parents ?? [] };
}

/**
 * Every loop among the records, each reported once, at the first record (in list order)
 * whose parent link closes it. Parents that name no record are ignored here (they are
 * another rule's finding). Only ancestors are walked, so this stays cheap on wide trees.
 */
export function parentLoops(records: readonly ParentLinks[]): ParentLoop[] {
  const parentsOf = parentMap(records);
  const reported = new Set<string>();
  const loops: ParentLoop[] = [];
  for (const record of records) {
    if (parentsOf.get(record.id) !== record.parents) continue; // a repeated id: its first record counts
    record.parents.forEach((parent, index) => {
      const path = pathUp(parentsOf, parent, record.id);
      if (path === undefined) return;
      const chain = [record.id, ...path];
      if (chain.some((id) => reported.has(id))) return;
      for (const id of chain) reported.add(id);
      loops.push({ id: record.id, index, chain });
    });
  }
  return loops;
}

/**
 * Whether giving record `id` the parents `parents` would close a loop, with the first such
 * link; the other records keep the parents they have.
 */
export function loopThrough(
  records: readonly ParentLinks[],
  id: string,
  parents: readonly string[],
): ParentLoop | undefined {
  const parentsOf = parentMap(records);
  parentsOf.set(id, parents);
  for (const [index, parent] of parents.entries()) {
    const path = pathUp(parentsOf, parent, id);
    if (path !== undefined) return { id, index, chain: [id, ...path] };
  }
  return undefined;
}

/** `id` and every record below it (its children, theirs, and so on): none can become its parent. */
export function atOrBelow(records: readonly ParentLinks[], id: string): Set<string> {
  const children = childrenOf(records);
  const below = new Set([id]);
  const queue = [id];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    for (const child of children.get(next) ?? []) {
      if (below.has(child)) continue;
      below.add(child);
      queue.push(child);
    }
  }
  return below;
}

/** Each record's direct children, in list order; a self-parent link is left out. */
export function childrenOf(records: readonly ParentLinks[]): Map<string, string[]> {
  const children = new Map<string, string[]>();
  for (const record of records) {
    for (const parent of new Set(record.parents)) {
      if (parent === record.id) continue;
      const list = children.get(parent);
      if (list) list.push(record.id);
      else children.set(parent, [record.id]);
    }
  }
  return children;
}

/** What a loop is called in a message: "x" cannot be its own parent, or the chain with arrows. */
export function loopMessage(loop: ParentLoop, plural: string): string {
  return loop.chain.length <= 2
    ? `${JSON.stringify(loop.id)} cannot be its own parent`
    : `${plural} form a loop: ${loop.chain.join(' → ')}; one of them needs another parent or none`;
}

function parentMap(records: readonly ParentLinks[]): Map<string, readonly string[]> {
  const parentsOf = new Map<string, readonly string[]>();
  for (const record of records) if (!parentsOf.has(record.id)) parentsOf.set(record.id, record.parents);
  return parentsOf;
}

/** The shortest chain of parents from `from` up to `to` (both included), if there is one. */
function pathUp(
  parentsOf: ReadonlyMap<string, readonly string[]>,
  from: string,
  to: string,
): string[] | undefined {
  const cameFrom = new Map<string, string | undefined>([[from, undefined]]);
  const queue = [from];
  for (let at = 0; at < queue.length; at++) {
    const current = queue[at] as string;
    if (current === to) {
      const path: string[] = [];
      for (let step: string | undefined = current; step !== undefined; step = cameFrom.get(step))
        path.push(step);
      return path.reverse();
    }
    for (const parent of parentsOf.get(current) ?? []) {
      if (cameFrom.has(parent)) continue;
      cameFrom.set(parent, current);
      queue.push(parent);
    }
  }
  return undefined;
}
