import type { KpiStatus, KrStatus } from './api/types.js';

/**
 * The one status language of the app: every status has a tone (colour), a shape (so it
 * never relies on colour alone) and a word from domain.md.
 */
export type Tone = 'healthy' | 'at-risk' | 'breach' | 'no-data' | 'achieved';

export interface StatusLook {
  readonly tone: Tone;
  readonly word: string;
}

const KPI: Readonly<Record<KpiStatus, StatusLook>> = {
  healthy: { tone: 'healthy', word: 'Healthy' },
  at_risk: { tone: 'at-risk', word: 'At risk' },
  breach: { tone: 'breach', word: 'Breach' },
  no_data: { tone: 'no-data', word: 'No data' },
  no_threshold: { tone: 'no-data', word: 'No threshold' },
};

const KR: Readonly<Record<KrStatus, StatusLook>> = {
  achieved: { tone: 'achieved', word: 'Achieved' },
  on_track: { tone: 'healthy', word: 'On track' },
  at_risk: { tone: 'at-risk', word: 'At risk' },
  off_track: { tone: 'breach', word: 'Off track' },
  not_started: { tone: 'no-data', word: 'Not started' },
};

export function kpiStatusLook(status: KpiStatus): StatusLook {
  return KPI[status] ?? { tone: 'no-data', word: status };
}

export function krStatusLook(status: KrStatus): StatusLook {
  return KR[status] ?? { tone: 'no-data', word: status };
}

export function gradeTone(colour: 'green' | 'yellow' | 'red' | undefined): Tone {
  if (colour === 'green') return 'healthy';
  if (colour === 'yellow') return 'at-risk';
  if (colour === 'red') return 'breach';
  return 'no-data';
}
