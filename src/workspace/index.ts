/**
 * The goals-as-code workspace file (docs/workspace-file.md): YAML or JSON text ⇄ `Workspace`.
 * Pure: callers read and write the files.
 */
export type { Diagnostic } from './diagnostic.js';
export { formatDiagnostics } from './diagnostic.js';
export type { ParsedWorkspace } from './parse-workspace.js';
export { parseWorkspace } from './parse-workspace.js';
export { serializeWorkspace } from './serialize-workspace.js';
