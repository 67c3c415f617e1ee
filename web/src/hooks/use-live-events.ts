import { useEffect, useState } from 'react';
import { API_BASE } from '../api/client.js';
import { bumpRevision } from './live-revision.js';

export type LiveState = 'connecting' | 'live' | 'offline';

/**
 * Subscribes to the workspace's server-sent events; each `changed` event refreshes the
 * data on screen. EventSource reconnects by itself; the state feeds the "Live" marker.
 */
export function useLiveEvents(ws: string | undefined): LiveState {
  const [state, setState] = useState<LiveState>('connecting');
  useEffect(() => {
    if (!ws || typeof EventSource === 'undefined') return;
    const source = new EventSource(`${API_BASE}/workspaces/${encodeURIComponent(ws)}/events`, {
      withCredentials: true,
    });
    setState('connecting');
    source.onopen = () => setState('live');
    source.onerror = () => setState(source.readyState === EventSource.CLOSED ? 'offline' : 'connecting');
    const onChanged = () => bumpRevision();
    source.addEventListener('changed', onChanged);
    source.onmessage = (event: MessageEvent<string>) => {
      if (event.data.includes('"changed"')) bumpRevision();
    };
    return () => {
      source.removeEventListener('changed', onChanged);
      source.close();
    };
  }, [ws]);
  return state;
}
