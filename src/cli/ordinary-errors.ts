/**
 * Mistakes anyone makes (a busy port, a host that is not this machine, a folder that is
 * not there, a file that is not a database) arrive from Node and the drivers as system
 * errors. They are the user's to fix, so they get a plain sentence and exit code 1, never
 * "a bug in Ratchet" (issue 13, defect 8). Null for anything else.
 */
export function ordinaryErrorMessage(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const e = error as {
    code?: unknown;
    port?: unknown;
    address?: unknown;
    hostname?: unknown;
    path?: unknown;
  };
  switch (e.code) {
    case 'EADDRINUSE':
      return `port ${String(e.port)} is already in use by another program: pick another with --port, or stop that program.`;
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `cannot listen on host "${String(e.address ?? e.hostname)}": it is not an address of this machine. Use 127.0.0.1 (this machine only) or 0.0.0.0 (every network).`;
    case 'EACCES':
      return `permission denied${e.port !== undefined ? ` for port ${String(e.port)} (ports below 1024 need privileges; try --port 3000)` : e.path ? ` for ${String(e.path)}` : ''}.`;
    case 'ENOENT':
      return `${e.path ? String(e.path) : 'a file or folder'} does not exist (is the folder there?).`;
    case 'SQLITE_NOTADB':
      return 'the file is not a SQLite database. Check --db (or $RATCHET_DB).';
    case 'SQLITE_CANTOPEN':
      return 'the SQLite database cannot be opened (is the folder there, and may you write to it?).';
    default:
      return null;
  }
}
