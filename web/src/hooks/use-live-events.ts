import { useEffect, useState } from 'react';
import { API_BASE } from '../api/client.js';
import { DIRECTORY_ENTITIES, invalidateDirectory } from './directory-cache.js';
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
    let opened = false;
    source.onopen = () => {
      // A reconnect may have missed changes to the cached lists: fetch them again.
      if (opened) invalidateDirectory(ws);
      opened = true;
      setState('live');
    };
    source.onerror = () => setState(source.readyState === EventSource.CLOSED ? 'offline' : 'connecting');
    const onChanged = (event: MessageEvent<string>) => {
      if (DIRECTORY_ENTITIES.has(changedEntity(event.data))) invalidateDirectory(ws);
      bumpRevision();
    };
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

/** The entity a `changed` event names (`{type, entity, id}`), or '' when it cannot be read. */
function changedEntity(data: string): string {
  try {
    const parsed = JSON.parse(data) as { entity?: unknown };
    return typeof parsed.entity === 'string' ? parsed.entity : '';
  } catch {
    return '';
  }
}
