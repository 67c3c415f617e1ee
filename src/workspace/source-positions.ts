import type { Document, LineCounter, Node } from 'yaml';
import type { PathSegment } from './diagnostic.js';
import { yamlLibrary } from './yaml-library.js';

export interface Position {
  readonly line: number;
  readonly column: number;
}

/**
 * Finds where a document path sits in the source text. `target: 'key'` points at the
 * key itself (for unknown fields); otherwise at the value. A path that leads nowhere
 * (a missing field) points at the deepest node that does exist: the object the field
 * is missing from.
 */
export function positionOf(
  doc: Document,
  lineCounter: LineCounter,
  path: readonly PathSegment[],
  target: 'key' | 'value' = 'value',
): Position {
  const { isMap, isPair, isSeq } = yamlLibrary();
  let node: unknown = doc.contents;
  let found: Node | undefined = isNode(node) ? node : undefined;
  for (const [index, segment] of path.entries()) {
    const isLast = index === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && keyText(item.key) === String(segment));
      if (!pair) break;
      if (isLast && target === 'key' && isNode(pair.key)) {
        found = pair.key;
        break;
      }
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
    } else {
      break;
    }
    if (!isNode(node)) break;
    found = node;
  }
  const offset = found?.range?.[0] ?? 0;
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

function keyText(key: unknown): string | undefined {
  if (yamlLibrary().isScalar(key)) return String(key.value);
  return typeof key === 'string' ? key : undefined;
}

function isNode(value: unknown): value is Node {
  const { isMap, isScalar, isSeq } = yamlLibrary();
  return isMap(value) || isSeq(value) || isScalar(value);
}
