/**
 * Everything a command touches outside itself, so commands run the same in a terminal
 * and in tests (which pass a recording `CliIo` and call `main` in-process).
 */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** The whole of standard input; only read when a command needs it. */
  readonly readStdin: () => Promise<string>;
  /** Whether stdout is a terminal (colours, widths). */
  readonly isTTY: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** The wall clock, read only here so every command can be tested at a fixed instant. */
  readonly now: () => number;
  /** Interactive questions (advise); undefined when stdin is not a terminal. */
  readonly ask?: (question: string) => Promise<string>;
}

export function processIo(): CliIo {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    readStdin: async () => {
      // A terminal is a person typing, not a pipe: nothing was piped in.
      if (process.stdin.isTTY) return '';
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    isTTY: Boolean(process.stdout.isTTY),
    env: process.env,
    cwd: process.cwd(),
    now: () => Date.now(),
    ask: process.stdin.isTTY ? askOnTerminal : undefined,
  };
}

async function askOnTerminal(question: string): Promise<string> {
  const { createInterface } = await import('node:readline/promises');
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return await rl.question(question);
  } finally {
    rl.close();
  }
}

/** A recording `CliIo` for tests. */
export function memoryIo(options: Partial<CliIo> & { stdin?: string } = {}): CliIo & {
  readonly stdout: () => string;
  readonly stderr: () => string;
} {
  let out = '';
  let err = '';
  return {
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
    readStdin: async () => options.stdin ?? '',
    isTTY: false,
    env: {},
    cwd: process.cwd(),
    now: () => Date.UTC(2026, 10, 23, 12),
    ...options,
    stdout: () => out,
    stderr: () => err,
  };
}
