/**
 * An absolute link into the web app for an email, from `RATCHET_PUBLIC_URL` (the address
 * people open Ratchet at, e.g. `https://ratchet.example.com`). Without it the server
 * cannot know its own address behind a proxy, so mails go without links.
 */
export function appLink(path: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const base = env.RATCHET_PUBLIC_URL?.trim();
  if (!base) return undefined;
  try {
    // Appended, not resolved: a base with a path (`https://example.com/ratchet`) keeps it.
    return new URL(`${base.replace(/\/+$/, '')}${path}`).toString();
  } catch {
    return undefined;
  }
}
