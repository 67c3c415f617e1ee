import { useCallback, useState } from 'react';

export interface Save {
  /** True while a save is running (and after one that left the page, see `keepsBusy`). */
  readonly busy: boolean;
  /** The last failure, shown with `ErrorNotice`; its words (409 → "Someone changed this; reload…") live in `describeError`. */
  readonly error: unknown;
  readonly setError: (error: unknown) => void;
  /** Runs one save: clears the last error, is busy while it runs, keeps its failure. */
  readonly run: (work: () => Promise<void>) => Promise<void>;
}

/**
 * The busy / error / try-finally every form wraps around a save. With `keepsBusy` a
 * successful save stays busy, for forms whose success leaves the page (sign-in, setup),
 * so the button cannot be pressed twice while the next page loads.
 */
export function useSave({ keepsBusy = false }: { readonly keepsBusy?: boolean } = {}): Save {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = useCallback(
    async (work: () => Promise<void>) => {
      setBusy(true);
      setError(null);
      try {
        await work();
        if (!keepsBusy) setBusy(false);
      } catch (e) {
        setError(e);
        setBusy(false);
      }
    },
    [keepsBusy],
  );
  return { busy, error, setError, run };
}
