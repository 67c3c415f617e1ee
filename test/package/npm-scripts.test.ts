import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/** Issue 13, defect 12: `npx ratchet` re-runs `prepare`, which rebuilt the whole project. */
describe('prepare', { timeout: 30_000 }, () => {
  function project() {
    const dir = mkdtempSync(join(tmpdir(), 'ratchet-prepare-'));
    mkdirSync(join(dir, 'scripts'));
    mkdirSync(join(dir, 'src'));
    mkdirSync(join(dir, 'dist'));
    mkdirSync(join(dir, 'web/dist'), { recursive: true });
    copyFileSync(join(ROOT, 'scripts/prepare.mjs'), join(dir, 'scripts/prepare.mjs'));
    writeFileSync(join(dir, 'src/main.ts'), 'export {};\n');
    // The build this project runs leaves a mark, so the test sees whether it ran.
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({
        name: 'p',
        scripts: { build: "node -e \"require('fs').writeFileSync('built', '')\"" },
      }),
    );
    const prepare = () => execFileSync('node', ['scripts/prepare.mjs'], { cwd: dir, encoding: 'utf8' });
    return { dir, prepare };
  }

  it('builds a fresh clone, then does nothing while dist is newer than the sources', () => {
    const { dir, prepare } = project();
    prepare();
    expect(existsSync(join(dir, 'built'))).toBe(true);
    execFileSync('rm', [join(dir, 'built')]);
    expect(prepare()).toMatch(/up to date/);
    expect(existsSync(join(dir, 'built'))).toBe(false);
  });

  it('builds again once a source file is newer than the last build', () => {
    const { dir, prepare } = project();
    prepare();
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(dir, 'src/main.ts'), later, later);
    execFileSync('rm', [join(dir, 'built')]);
    prepare();
    expect(existsSync(join(dir, 'built'))).toBe(true);
  });
});

/** Issue 13, defect 11: SIGTERM to `npm start` left the server running and holding its port. */
describe('npm start', () => {
  function untilListening(child: ChildProcess): Promise<number> {
    return new Promise((resolvePort, reject) => {
      let seen = '';
      child.stdout?.on('data', (chunk: Buffer) => {
        seen += chunk.toString();
        const match = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(seen);
        if (match?.[1]) resolvePort(Number(match[1]));
      });
      child.on('exit', (code) => reject(new Error(`npm start exited (${code}) before listening: ${seen}`)));
    });
  }
  const accepts = (port: number) =>
    new Promise<boolean>((answer) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        answer(true);
      });
      socket.once('error', () => answer(false));
    });

  it.skipIf(!existsSync(join(ROOT, 'dist/cli/main.js')))(
    'stops the server itself on SIGTERM, freeing the port',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'ratchet-start-'));
      const child = spawn('npm', ['start', '--', '--port', '0', '--db', `sqlite:${join(dir, 'r.db')}`], {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const port = await untilListening(child);
      expect(await accepts(port)).toBe(true);
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
      // The server drains and closes; give it a moment, never forever.
      for (let i = 0; i < 50 && (await accepts(port)); i++) await new Promise((r) => setTimeout(r, 100));
      expect(await accepts(port)).toBe(false);
    },
    60_000,
  );
});
