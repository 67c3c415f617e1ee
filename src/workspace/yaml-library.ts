import { createRequire } from 'node:module';

type Yaml = typeof import('yaml');

let yaml: Yaml | undefined;

/**
 * The `yaml` library, loaded on first use: it reads a file with every value's position
 * (for diagnostics) and writes one with comments and layout, but a valid file is read by
 * the quicker quick-yaml.ts, so `ratchet report` on a good file never loads it.
 */
export function yamlLibrary(): Yaml {
  yaml ??= createRequire(import.meta.url)('yaml') as Yaml;
  return yaml;
}
