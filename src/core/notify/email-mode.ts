/** How a person gets alert emails: one by one as they happen, gathered in the weekly digest, or none. */
export type EmailMode = 'instant' | 'digest' | 'off';

/** The stored word as a mode; anything else (no preferences saved) is the default, instant. */
export function emailMode(stored: string | null | undefined): EmailMode {
  return stored === 'off' || stored === 'digest' ? stored : 'instant';
}
