const KEY = 'ratchet.workspace';

/** The workspace opened last on this device, if the user still belongs to it, else the first. */
export function lastWorkspace(slugs: readonly string[]): string | undefined {
  let saved: string | null = null;
  try {
    saved = localStorage.getItem(KEY);
  } catch {
    saved = null;
  }
  return saved && slugs.includes(saved) ? saved : slugs[0];
}

export function rememberWorkspace(slug: string): void {
  try {
    localStorage.setItem(KEY, slug);
  } catch {
    // Storage may be unavailable (private mode); remembering is a convenience only.
  }
}
