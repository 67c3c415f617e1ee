import { useEffect } from 'react';
import { navigate } from '../router/history.js';

/** Replaces the current history entry, so Back does not bounce through redirects. */
export function Redirect({ to }: { readonly to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}
