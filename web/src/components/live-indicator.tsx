import type { LiveState } from '../hooks/use-live-events.js';

const WORDS: Readonly<Record<LiveState, string>> = {
  live: 'Live',
  connecting: 'Connecting…',
  offline: 'Offline',
};

/** Says whether the page updates by itself, so nobody wonders if the numbers are current. */
export function LiveIndicator({ state }: { readonly state: LiveState }) {
  return (
    <span
      className={`live live-${state}`}
      title={state === 'live' ? 'This page updates when data changes' : 'Updates paused; reload to refresh'}
    >
      <span className="live-dot" aria-hidden="true" />
      <span className="live-word">{WORDS[state]}</span>
    </span>
  );
}
