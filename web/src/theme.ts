import { useCallback, useEffect, useState } from 'react';

export type ThemeChoice = 'system' | 'light' | 'dark';
const KEY = 'ratchet.theme';

function readChoice(): ThemeChoice {
  try {
    const saved = localStorage.getItem(KEY);
    return saved === 'light' || saved === 'dark' ? saved : 'system';
  } catch {
    return 'system';
  }
}

function systemDark(): boolean {
  return window.matchMedia('(prefers-color-scheme: dark)').matches;
}

/** The theme actually shown, for canvas charts that cannot read light-dark() themselves. */
export function effectiveTheme(): 'light' | 'dark' {
  const forced = document.documentElement.dataset.theme;
  if (forced === 'light' || forced === 'dark') return forced;
  return systemDark() ? 'dark' : 'light';
}

/** Follows prefers-color-scheme until the user picks a theme; the pick is remembered. */
export function useTheme(): { choice: ThemeChoice; effective: 'light' | 'dark'; cycle: () => void } {
  const [choice, setChoice] = useState<ThemeChoice>(readChoice);
  const [effective, setEffective] = useState<'light' | 'dark'>(effectiveTheme);

  useEffect(() => {
    const root = document.documentElement;
    if (choice === 'system') delete root.dataset.theme;
    else root.dataset.theme = choice;
    try {
      if (choice === 'system') localStorage.removeItem(KEY);
      else localStorage.setItem(KEY, choice);
    } catch {
      // Private windows may refuse storage; the choice still applies to this visit.
    }
    setEffective(effectiveTheme());
    window.dispatchEvent(new Event('ratchet-theme'));
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const onChange = () => {
      setEffective(effectiveTheme());
      window.dispatchEvent(new Event('ratchet-theme'));
    };
    media.addEventListener('change', onChange);
    return () => media.removeEventListener('change', onChange);
  }, [choice]);

  const cycle = useCallback(() => {
    setChoice((c) =>
      c === 'system' ? (systemDark() ? 'light' : 'dark') : c === 'light' ? 'dark' : 'system',
    );
  }, []);
  return { choice, effective, cycle };
}
