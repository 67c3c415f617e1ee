/** Where Ratchet keeps its data when neither --db nor $RATCHET_DB names a database. */
export const DEFAULT_DATABASE_URL = 'sqlite:./data/ratchet.db';
