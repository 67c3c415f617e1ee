/**
 * A problem the user can fix (bad flag, missing file, invalid workspace). `main` prints
 * its message without a stack trace and exits with `exitCode`.
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
