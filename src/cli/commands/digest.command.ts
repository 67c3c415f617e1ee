import type { Command } from 'commander';
import { digestFor } from '../../core/notify/digest.js';
import { digestMarkdown } from '../../core/notify/digest-text.js';
import { MailDeliveryError, MailNotConfiguredError } from '../../service/mail/mail-errors.js';
import { sendMail } from '../../service/mail/send-mail.js';
import { digestFacts, digestMail } from '../../service/notify/weekly-notices.service.js';
import { resolveWorkspace } from '../../service/workspace-ref.js';
import { CliError } from '../cli-error.js';
import type { CommandContext } from '../main.js';
import { withStore } from './with-store.js';

interface DigestOptions {
  readonly workspace?: string;
  readonly to?: string;
  readonly dryRun?: boolean;
  readonly db?: string;
}

export function registerDigestCommand(program: Command, ctx: CommandContext): void {
  program
    .command('digest')
    .description(
      'The weekly digest: per person, what needs their attention. Emails it now, or prints it as Markdown with --dry-run.',
    )
    .option('--workspace <name>', 'the workspace (name or slug); default the only one')
    .option('--to <person>', 'only this person (their id in the workspace)')
    .option('--dry-run', 'print each digest as Markdown instead of sending it')
    .option('--db <url>', 'database (default: $RATCHET_DB or sqlite:./data/ratchet.db)')
    .action(async (options: DigestOptions) => {
      await withStore(
        ctx,
        options.db,
        async (store) => {
          const row = await resolveWorkspace(store.db, options.workspace);
          const now = ctx.io.now();
          const facts = await digestFacts(store, row.slug, now);
          const people = facts.ws.people.filter((p) => options.to === undefined || p.id === options.to);
          if (options.to !== undefined && people.length === 0)
            throw new CliError(
              `No person with id "${options.to}" in ${row.name}; see \`ratchet export\` for the ids.`,
            );
          const date = new Intl.DateTimeFormat(row.locale ?? 'en-US', {
            dateStyle: 'medium',
            timeZone: 'UTC',
          });
          let sent = 0;
          for (const person of people) {
            const digest = digestFor(facts, person.id);
            if (options.dryRun) {
              ctx.io.out(`${digestMarkdown(digest, row.name, date.format(now))}\n`);
              continue;
            }
            // Sending: only to people with an email and something to tell (like the weekly job).
            if (!person.email || digest.items.length === 0) continue;
            const mail = digestMail(digest, row.name, row.locale);
            try {
              await sendMail(store, { to: person.email, ...mail }, { workspaceId: row.id, env: ctx.io.env });
            } catch (error) {
              if (error instanceof MailNotConfiguredError || error instanceof MailDeliveryError)
                throw new CliError(`${error.message} (${sent} sent before this one)`);
              throw error;
            }
            sent++;
          }
          if (!options.dryRun) ctx.io.out(`Sent ${sent} ${sent === 1 ? 'digest' : 'digests'}.\n`);
        },
        { mustExist: true },
      );
    });
}
