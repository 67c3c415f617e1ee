import { useEffect, useState } from 'react';

/** Goes up when the theme changes, so canvas charts redraw with the new colours. */
export function useThemeVersion(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const bump = () => setVersion((v) => v + 1);
    window.addEventListener('ratchet-theme', bump);
    return () => window.removeEventListener('ratchet-theme', bump);
  }, []);
  return version;
}
