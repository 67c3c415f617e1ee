import { type ChildProcess, spawn } from 'node:child_process';

/** A real `ratchet serve` child process, run from the sources, and the URL it listens on. */
export interface ServeProcess {
  readonly process: ChildProcess;
  readonly url: string;
  /** Everything it has written to stdout and stderr so far. */
  output(): string;
}

const cliFromSource = ['--import', 'tsx', 'scripts/ratchet.ts'];

/**
 * Starts `ratchet serve --port 0 --db <db>` with extra environment and options (e.g.
 * `--drain-delay 2`); resolves once it says where it listens, rejects with its output if
 * it exits or has not started in 90 s.
 */
export function startServe(
  db: string,
  env: Readonly<Record<string, string>> = {},
  args: readonly string[] = [],
): Promise<ServeProcess> {
  const child = spawn(process.execPath, [...cliFromSource, 'serve', '--port', '0', '--db', db, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`serve did not start:\n${out}`)), 90_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ process: child, url: match[1], output: () => out });
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code}:\n${out}`));
    });
  });
}
