import type {
  EngineKeyResultReport,
  EngineKpiReport,
  EngineObjectiveReport,
  EngineReport,
} from '../../core/evaluate.js';
import type { Range } from '../../core/model.js';
import type { Finding, KrImpact } from '../../core/report.types.js';

/** The report as `ratchet report --json` prints it, every field named. */
export function presentReport(report: EngineReport) {
  return {
    asOf: report.asOf,
    kpis: report.kpis.map(presentKpiReport),
    objectives: report.objectives.map(presentObjectiveReport),
    findings: report.findings.map(presentFinding),
  };
}

export function presentKpiReport(k: EngineKpiReport) {
  return {
    id: k.id,
    name: k.name,
    unit: k.unit,
    status: k.status,
    stale: k.stale,
    breachStreak: k.breachStreak,
    value: k.value,
    at: k.at,
    trend: k.trend,
    trendSlope: k.trendSlope,
    recent: [...k.recent],
    breachSince: k.breachSince,
    unansweredBreach: k.unansweredBreach,
    noise: k.noise,
    held: k.held,
    heldWatch: k.heldWatch ? { ...k.heldWatch } : null,
    suggestedHealthy: k.suggestedHealthy ? presentRange(k.suggestedHealthy) : null,
  };
}

export function presentObjectiveReport(o: EngineObjectiveReport) {
  return {
    id: o.id,
    title: o.title,
    cycle: o.cycle,
    type: o.type,
    progress: o.progress,
    expected: o.expected,
    status: o.status,
    grade: o.grade,
    gradeColour: o.gradeColour,
    gradeNote: o.gradeNote,
    keyResults: o.keyResults.map(presentKeyResultReport),
    guardrails: o.guardrails.map((g) => ({ kpi: g.kpi, status: g.status, breached: g.breached })),
    owner: o.owner,
    team: o.team,
  };
}

function presentKeyResultReport(kr: EngineKeyResultReport) {
  return {
    id: kr.id,
    title: kr.title,
    current: kr.current,
    progress: kr.progress,
    status: kr.status,
    forecast: kr.forecast ? { value: kr.forecast.value, progress: kr.forecast.progress } : null,
    confidence: kr.confidence,
    impact: kr.impact ? presentImpact(kr.impact) : null,
    baseline: kr.baseline,
    baselineSource: kr.baselineSource,
    target: kr.target,
    unit: kr.unit,
    kpi: kr.kpi,
    milestone: kr.milestone,
    expected: kr.expected,
  };
}

function presentRange(r: Range) {
  return { min: r.min ?? null, max: r.max ?? null };
}

export function presentImpact(i: KrImpact) {
  return {
    verdict: i.verdict,
    before: { median: i.before.median, n: i.before.n },
    after: { median: i.after.median, n: i.after.n },
    shift: i.shift,
    low: i.low,
    high: i.high,
  };
}

export function presentFinding(f: Finding) {
  return { rule: f.rule, severity: f.severity, message: f.message, ref: f.ref };
}
