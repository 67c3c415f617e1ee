import { type FormatOptions, formatDate, formatFraction, formatValue } from '../../core/format.js';
import type { Kpi, Range, Workspace } from '../../core/model.js';
import type {
  KeyResultReport,
  KpiReport,
  KpiStatus,
  KrStatus,
  ObjectiveReport,
  Report,
} from '../../core/report.types.js';
import { renderFindings } from './findings-text.js';
import { progressBar } from './progress-bar.js';
import { sparkline } from './sparkline.js';
import { type Paint, table } from './style.js';

/** The terminal report: KPI health, objectives with progress, then the coach's findings. */
export function renderReport(report: Report, ws: Workspace, paint: Paint): string {
  const fmt: FormatOptions = { locale: ws.locale, currency: ws.currency };
  const lines: string[] = [];
  lines.push(paint.bold(`${ws.name} — as of ${formatDate(Date.parse(report.asOf), fmt)}`), '');
  lines.push(...renderKpis(report.kpis, ws, paint, fmt), '');
  lines.push(...renderObjectives(report.objectives, ws, paint, fmt), '');
  lines.push(paint.bold('Findings'));
  lines.push(...renderFindings(report.findings, paint).map((l) => `  ${l}`));
  lines.push('', summary(report));
  return `${lines.join('\n')}\n`;
}

const KPI_STATUS_WORD: Record<KpiStatus, string> = {
  breach: 'breach',
  at_risk: 'at risk',
  healthy: 'healthy',
  no_threshold: 'no threshold',
  no_data: 'no data',
};

function paintKpiStatus(status: KpiStatus, paint: Paint): string {
  const word = `● ${KPI_STATUS_WORD[status]}`;
  if (status === 'breach') return paint.red(word);
  if (status === 'at_risk') return paint.yellow(word);
  if (status === 'healthy') return paint.green(word);
  return paint.dim(word);
}

function renderKpis(kpis: readonly KpiReport[], ws: Workspace, paint: Paint, fmt: FormatOptions): string[] {
  if (kpis.length === 0) {
    return [
      paint.bold('KPIs'),
      '  No KPIs yet. A KPI watches what must stay healthy: add one with a healthy range.',
    ];
  }
  const byId = new Map(ws.kpis.map((k) => [k.id, k]));
  const rows: string[][] = [['status', 'KPI', 'value', 'healthy', 'trend', ''].map((h) => paint.dim(h))];
  for (const k of kpis) {
    const def = byId.get(k.id);
    const notes: string[] = [];
    if (k.stale) notes.push(paint.yellow('stale'));
    if (k.breachStreak > 1) notes.push(`${k.breachStreak} points outside`);
    rows.push([
      paintKpiStatus(k.status, paint),
      k.name,
      k.value === null ? paint.dim('—') : formatValue(k.value, k.unit, fmt),
      def ? describeRange(def, fmt) : '',
      [sparkline(k.recent), k.trend ? paintTrend(k.trend, paint) : ''].filter(Boolean).join(' '),
      notes.join(', '),
    ]);
  }
  return [paint.bold('KPIs'), ...table(rows, ['l', 'l', 'r', 'l', 'l', 'l']).map((l) => `  ${l}`)];
}

function paintTrend(trend: string, paint: Paint): string {
  if (trend === 'improving') return paint.green('improving');
  if (trend === 'worsening') return paint.red('worsening');
  return paint.dim('flat');
}

/** "≤ 30 min", "≥ 95%", "70%–80%", or "no range" — the KPI's healthy range in words. */
export function describeRange(kpi: Kpi, fmt: FormatOptions): string {
  return rangeText(kpi.healthy, kpi.unit, fmt);
}

function rangeText(range: Range | undefined, unit: string | undefined, fmt: FormatOptions): string {
  const min = range?.min;
  const max = range?.max;
  if (min !== undefined && max !== undefined)
    return `${formatValue(min, unit, fmt)}–${formatValue(max, unit, fmt)}`;
  if (min !== undefined) return `≥ ${formatValue(min, unit, fmt)}`;
  if (max !== undefined) return `≤ ${formatValue(max, unit, fmt)}`;
  return 'no range';
}

const KR_STATUS_WORD: Record<KrStatus, string> = {
  achieved: 'achieved',
  on_track: 'on track',
  at_risk: 'at risk',
  off_track: 'off track',
  not_started: 'not started',
};

function paintKrStatus(status: KrStatus, paint: Paint): string {
  const word = KR_STATUS_WORD[status];
  if (status === 'achieved' || status === 'on_track') return paint.green(word);
  if (status === 'at_risk') return paint.yellow(word);
  if (status === 'off_track') return paint.red(word);
  return paint.dim(word);
}

function renderObjectives(
  objectives: readonly ObjectiveReport[],
  ws: Workspace,
  paint: Paint,
  fmt: FormatOptions,
): string[] {
  if (objectives.length === 0) {
    return [
      paint.bold('Objectives'),
      '  No objectives yet. An OKR sets out to change something: from a baseline to a target, in a cycle.',
    ];
  }
  const lines = [paint.bold('Objectives')];
  const krDefs = new Map(ws.objectives.flatMap((o) => o.keyResults.map((kr) => [kr.id, kr] as const)));
  for (const o of objectives) {
    const grade = paint.dim(`grade ${o.grade.toFixed(1)}`);
    lines.push(
      `  ${paint.bold(o.title)} ${paint.dim(`(${o.cycle}, ${o.type})`)}`,
      `    ${progressBar(o.progress, o.expected)} ${formatFraction(o.progress, fmt).padStart(4)}  ${paintKrStatus(o.status, paint)}  ${paint.dim(`expected ${formatFraction(o.expected, fmt)}`)}  ${grade}`,
    );
    if (o.gradeNote) lines.push(`    ${paint.dim(o.gradeNote)}`);
    const rows = o.keyResults.map((kr) => keyResultRow(kr, krDefs.get(kr.id)?.unit, o.expected, paint, fmt));
    lines.push(...table(rows, ['l', 'l', 'r', 'l', 'l']).map((l) => `      ${l}`));
  }
  return lines;
}

function keyResultRow(
  kr: KeyResultReport,
  unit: string | undefined,
  expected: number,
  paint: Paint,
  fmt: FormatOptions,
): string[] {
  const now = kr.current === null ? '' : `now ${formatValue(kr.current, unit, fmt)}`;
  const forecast = kr.forecast ? paint.dim(`forecast ${formatValue(kr.forecast.value, unit, fmt)}`) : '';
  return [
    `${progressBar(kr.progress, expected, 10)} ${formatFraction(kr.progress, fmt).padStart(4)}`,
    kr.title,
    now,
    paintKrStatus(kr.status, paint),
    forecast,
  ];
}

function summary(report: Report): string {
  const count = (status: KpiStatus) => report.kpis.filter((k) => k.status === status).length;
  const errors = report.findings.filter((f) => f.severity === 'error').length;
  const warnings = report.findings.filter((f) => f.severity === 'warning').length;
  return [
    `${plural(report.kpis.length, 'KPI')} (${count('breach')} in breach, ${count('at_risk')} at risk, ${count('healthy')} healthy)`,
    plural(report.objectives.length, 'objective'),
    `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`,
  ].join(' · ');
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
