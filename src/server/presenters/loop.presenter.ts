import type { DraftTargets } from '../../core/loop/draft-okr.js';
import type { Objective } from '../../core/model.js';
import type { StatementReading } from '../../core/statement/index.js';
import type { Suggestion, Suggestions } from '../../core/suggest/suggestion.js';
import { presentKeyResult } from './objective.presenter.js';

/** A drafted objective that is not stored yet: every field, versions null. */
export function presentDraftTargets(draft: { readonly targets: DraftTargets; readonly ratchets: boolean }) {
  return {
    targets: {
      backToHealthy: draft.targets.backToHealthy,
      raiseTheFloor: draft.targets.raiseTheFloor ?? null,
    },
    ratchets: draft.ratchets,
  };
}

export function presentDraft(
  objective: Objective,
  draft: { readonly targets: DraftTargets; readonly ratchets: boolean },
) {
  return {
    ...presentDraftTargets(draft),
    id: objective.id,
    title: objective.title,
    owner: objective.owner ?? null,
    team: objective.team ?? null,
    cycle: objective.cycle,
    type: objective.type,
    parent: objective.parents?.[0] ?? null,
    parents: [...(objective.parents ?? [])],
    guardrails: [],
    keyResults: objective.keyResults.map((kr) => ({
      ...presentKeyResult(kr, objective.id, 0, undefined),
      version: null,
    })),
    version: null,
    created: false,
  };
}

export function presentReading(r: StatementReading) {
  return {
    text: r.text,
    kind: r.kind,
    metric: r.metric,
    direction: r.direction,
    baseline: r.baseline,
    target: r.target,
    low: r.low,
    high: r.high,
    current: r.current,
    change: r.change ? { amount: r.change.amount, relative: r.change.relative } : null,
    unit: r.unit,
    due: r.due,
    findings: r.findings.map((f) => ({ rule: f.rule, severity: f.severity, message: f.message })),
    why: r.why,
  };
}

export function presentSuggestions(s: Suggestions) {
  return {
    objective: s.objective,
    matched: s.matched,
    note: s.note ?? null,
    kpis: s.kpis.map(presentSuggestion),
    keyResults: s.keyResults.map(presentSuggestion),
    vanity: s.vanity.map(presentSuggestion),
    domains: s.domains.map((d) => ({ domain: d.domain, label: d.label, score: d.score })),
  };
}

function presentSuggestion(s: Suggestion) {
  return {
    templateId: s.templateId,
    domain: s.domain,
    metric: s.metric,
    unit: s.unit,
    direction: s.direction,
    healthy: { ...s.healthy },
    cadence: s.cadence,
    why: s.why,
    matched: [...s.matched],
    score: s.score,
    basis: s.basis,
    vanity: s.vanity ?? null,
    keyResult: s.keyResult ?? null,
    example: s.example ?? null,
  };
}
