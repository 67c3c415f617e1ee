import type { KrImpact } from '../api/types.js';
import { impactLook, impactSentence } from '../impact-text.js';
import { useWorkspace } from '../session/workspace-context.js';
import { StatusBadge } from './status-badge.js';

/**
 * Did the work move the KPI? The verdict as a badge and a sentence (docs/engine.md,
 * "Impact verdict"): the KPI's points before the cycle against those since the work began.
 */
export function ImpactVerdict({
  impact,
  unit,
}: {
  readonly impact: KrImpact;
  readonly unit: string | null | undefined;
}) {
  const { fmt } = useWorkspace();
  return (
    <p className="impact-verdict small" data-verdict={impact.verdict}>
      <StatusBadge look={impactLook(impact)} size="small" />{' '}
      <span className="muted">{impactSentence(impact, unit, fmt)}</span>
    </p>
  );
}
