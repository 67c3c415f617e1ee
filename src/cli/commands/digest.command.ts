import type { Command } from 'commander';
import { digestMarkdown } from '../../core/notify/digest-text.js';
import { NotFoundError } from '../../service/errors.js';
import { MailDeliveryError, MailNotConfiguredError } from '../../service/mail/mail-errors.js';
import { sendMail } from '../../service/mail/send-mail.js';
import { type DigestFor, digestMail, digestsOf } from '../../service/notify/digest.service.js';
import { resolveWorkspace } from '../../service/workspace-ref.js';
import { resolveAsOf } from '../as-of.js';
import { CliError } from '../cli-error.js';
import type { CommandContext } from '../main.js';
import { withStore } from './with-store.js';

interface DigestOptions {
  readonly workspace?: string;
  readonly person?: string;
  readonly team?: string;
  readonly asOf?: string;
  readonly send?: boolean;
  readonly db?: string;
}

export function registerDigestCommand(program: Command, ctx: CommandContext): void {
  program
    .command('digest')
    .description(
      "The weekly digest: what needs each person's (or a team's) attention, as Markdown. With --send, emails it now instead.",
    )
    .option('--workspace <name>', 'the workspace (name or slug); default the only one')
    .option('--person <id>', 'only this person (their id in the workspace); default everyone')
    .option('--team <id>', "the team's digest instead: its KPIs and objectives")
    .option('--as-of <date>', 'as of the end of this day (YYYY-MM-DD); default now')
    .option('--send', 'email each person with something waiting instead of printing')
    .option('--db <url>', 'database (default: $RATCHET_DB or sqlite:./data/ratchet.db)')
    .action(async (options: DigestOptions) => {
      if (options.person !== undefined && options.team !== undefined)
        throw new CliError('Give --person or --team, not both.');
      if (options.send && options.team !== undefined)
        throw new CliError('A team digest is printed, not sent: drop --send, or give --person.');
      const asOf = options.asOf === undefined ? ctx.io.now() : resolveAsOf(options.asOf, ctx.io.now());
      await withStore(
        ctx,
        options.db,
        async (store) => {
          const row = await resolveWorkspace(store.db, options.workspace);
          const target: DigestFor =
            options.team !== undefined
              ? { team: options.team }
              : options.person !== undefined
                ? { person: options.person }
                : 'everyone';
          const answers = await digestsOf(store, row.slug, target, asOf).catch((error: unknown) => {
            if (error instanceof NotFoundError)
              throw new CliError(
                `No ${error.entity} with id "${error.key}" in ${row.name}; see \`ratchet export\` for the ids.`,
              );
            throw error;
          });
          let sent = 0;
          for (const answer of answers) {
            if (!options.send) {
              ctx.io.out(`${digestMarkdown(answer.document)}\n`);
              continue;
            }
            // Sending: only to people with an email and something to tell (like the weekly job).
            const email = answer.email;
            if (!email || answer.digest.items.length === 0) continue;
            const mail = digestMail(answer.digest, row.name, row.locale);
            try {
              await sendMail(store, { to: email, ...mail }, { workspaceId: row.id, env: ctx.io.env });
            } catch (error) {
              if (error instanceof MailNotConfiguredError || error instanceof MailDeliveryError)
                throw new CliError(`${error.message} (${sent} sent before this one)`);
              throw error;
            }
            sent++;
          }
          if (options.send) ctx.io.out(`Sent ${sent} ${sent === 1 ? 'digest' : 'digests'}.\n`);
        },
        { mustExist: true },
      );
    });
}
