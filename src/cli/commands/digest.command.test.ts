import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SmtpInbox, startSmtpInbox } from '../../../test/mail/smtp-inbox.js';
import { memoryIo } from '../io.js';
import { main } from '../main.js';

const FILE = `version: 1
workspace: Acme Support
people:
  - {id: priya, name: Priya Patel, email: priya@acme.test}
  - {id: ben, name: Ben Okafor, email: ben@acme.test}
teams:
  - {id: support, name: Support}
kpis:
  - id: refund-rate
    name: Refund rate
    unit: "%"
    owner: priya
    team: support
    cadence: weekly
    healthy: {max: 5}
    points:
      - {at: 2026-11-09, value: 7}
      - {at: 2026-11-16, value: 8}
`;

let inbox: SmtpInbox;
let db: string;
beforeAll(async () => {
  inbox = await startSmtpInbox();
  const dir = mkdtempSync(join(tmpdir(), 'ratchet-digest-'));
  writeFileSync(join(dir, 'acme.yaml'), FILE);
  db = `sqlite:${join(dir, 'ratchet.db')}`;
  expect((await run(['import', join(dir, 'acme.yaml'), '--db', db])).code).toBe(0);
});
afterAll(async () => {
  await inbox.close();
});

async function run(argv: string[], env: Record<string, string> = {}) {
  const io = memoryIo({ env });
  const code = await main(argv, io);
  return { code, out: io.stdout(), err: io.stderr() };
}

describe('ratchet digest', () => {
  it('prints a person’s digest as Markdown and sends nothing', async () => {
    const { code, out } = await run(['digest', '--db', db, '--person', 'priya']);
    expect(code).toBe(0);
    expect(out).toContain('# Your week in Acme Support: 1 thing needs your attention');
    expect(out).toContain('## Breaches waiting for an answer');
    expect(out).toContain('- Refund rate has been outside its healthy range since Nov 9, 2026');
    expect(inbox.messages).toHaveLength(0);
  });

  it('--as-of reads the digest as of the end of that day', async () => {
    const early = await run(['digest', '--db', db, '--person', 'priya', '--as-of', '2026-11-10']);
    expect(early.code).toBe(0);
    // One cadence period had not passed since the breach began: out of range, not yet unanswered.
    expect(early.out).toContain('as of Tuesday, November 10, 2026.');
    expect(early.out).toContain('## KPIs out of range');
    expect(early.out).not.toContain('## Breaches waiting for an answer');
    const bad = await run(['digest', '--db', db, '--as-of', 'monday']);
    expect(bad.code).not.toBe(0);
    expect(bad.err).toContain('--as-of: expected a calendar date like 2026-03-31, got "monday"');
  });

  it("prints a team's digest, and everyone's without --person", async () => {
    const team = await run(['digest', '--db', db, '--team', 'support']);
    expect(team.out).toContain("# Support's week in Acme Support: 1 thing needs the team's attention");
    const everyone = await run(['digest', '--db', db]);
    expect(everyone.out).toContain('For Priya Patel, as of');
    expect(everyone.out).toContain('For Ben Okafor, as of');
    expect(everyone.out).toContain('Every KPI you own is healthy');
  });

  it('--send emails each person who has something waiting, over SMTP', async () => {
    const { code, out } = await run(['digest', '--db', db, '--send'], { RATCHET_SMTP_URL: inbox.url });
    expect(code).toBe(0);
    expect(out).toBe('Sent 1 digest.\n');
    const [mail] = await inbox.waitFor(1);
    expect(mail?.subject).toBe('Your week in Acme Support: 1 thing needs your attention');
    expect(mail?.html).toContain('<li>Refund rate has been outside its healthy range since');
  });

  it('names a person or team it does not know, and says how to set up mail when there is none', async () => {
    const unknown = await run(['digest', '--db', db, '--person', 'nobody']);
    expect(unknown.code).not.toBe(0);
    expect(unknown.err).toContain('No person with id "nobody" in Acme Support');
    const noTeam = await run(['digest', '--db', db, '--team', 'sales']);
    expect(noTeam.err).toContain('No team with id "sales" in Acme Support');
    const noMail = await run(['digest', '--db', db, '--send']);
    expect(noMail.code).not.toBe(0);
    expect(noMail.err).toContain('RATCHET_SMTP_URL');
  });
});
