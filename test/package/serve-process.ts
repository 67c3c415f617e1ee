import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const repo = join(import.meta.dirname, '../..');
/** The CLI from source, runnable from any working directory. */
const cliFromSource = [
  '--import',
  pathToFileURL(join(repo, 'node_modules/tsx/dist/loader.mjs')).href,
  join(repo, 'scripts/ratchet.ts'),
];

export interface ServeProcess {
  readonly process: ChildProcess;
  readonly url: string;
  readonly output: () => string;
  /** SIGTERM, then waits for the exit. */
  readonly stop: () => Promise<void>;
}

/** `ratchet serve …` as a child process in `cwd`; resolves once it is listening. */
export function startServeProcess(args: readonly string[], cwd: string): Promise<ServeProcess> {
  const env = { ...process.env };
  delete env.RATCHET_DB;
  const child = spawn(process.execPath, [...cliFromSource, 'serve', '--port', '0', ...args], {
    cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start:\n${out}`)), 90_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({
          process: child,
          url: match[1],
          output: () => out,
          stop: async () => {
            child.kill('SIGTERM');
            await exited;
          },
        });
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
