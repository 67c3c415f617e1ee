/** A source run failed for a reason its owner can act on; the message says which. */
export class SourceRunError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SourceRunError';
  }
}
