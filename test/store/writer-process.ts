import { spawn } from 'node:child_process';
import { join } from 'node:path';

/** The kill -9 writer (`durability-writer.ts`) running in a child process on a database URL. */
export interface WriterProcess {
  /** The last point whose commit the writer acknowledged. */
  readonly lastAck: () => number;
  /** Resolves once `n` points were acknowledged. */
  readonly acknowledged: (n: number) => Promise<void>;
  /** SIGKILL: no shutdown, no flush. Resolves with the last acknowledged point once it is dead. */
  readonly kill: () => Promise<number>;
}

export function startWriter(url: string): WriterProcess {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'durability-writer.ts'), url],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let lastAck = 0;
  let failure: Error | undefined;
  const waiters: { n: number; resolve: () => void; reject: (error: Error) => void }[] = [];
  const settle = () => {
    for (const waiter of [...waiters]) {
      if (failure) waiter.reject(failure);
      else if (lastAck >= waiter.n) waiter.resolve();
      else continue;
      waiters.splice(waiters.indexOf(waiter), 1);
    }
  };
  let buffer = '';
  child.stdout.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines) lastAck = Number(line.slice('ack '.length));
    settle();
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let killed = false;
  child.once('exit', (code) => {
    if (!killed) failure = new Error(`the writer exited on its own (${code})`);
    settle();
  });
  child.once('error', (error) => {
    failure = error;
    settle();
  });
  return {
    lastAck: () => lastAck,
    acknowledged: (n) =>
      new Promise<void>((resolve, reject) => {
        waiters.push({ n, resolve, reject });
        settle();
      }),
    kill: async () => {
      killed = true;
      const at = lastAck;
      child.stdout.removeAllListeners('data');
      child.kill('SIGKILL');
      await exited;
      return at;
    },
  };
}
