import type uPlot from 'uplot';
import type { Range, SeriesPoint, ThresholdChange } from '../../api/types.js';
import { bandsPlugin, yRangeWith } from '../../charts/bands.js';
import type { ChartColors } from '../../charts/chart-colors.js';
import { LazyChart } from '../../charts/lazy-chart.js';
import { toSeconds } from '../../charts/sparkline.js';
import { thresholdSpans } from '../../charts/threshold-segments.js';
import { useWorkspace } from '../../session/workspace-context.js';

interface KpiChartProps {
  readonly name: string;
  readonly unit?: string | null;
  readonly points: readonly SeriesPoint[];
  readonly healthy?: Range | null;
  readonly warning?: Range | null;
  /** Past moves of the healthy range: each band is drawn only while it was in force. */
  readonly changes?: readonly ThresholdChange[];
  readonly label: string;
}

/**
 * The KPI's history over its healthy band (green) and warning band (amber), each drawn
 * from the date it took effect, with a dashed marker where the threshold moved.
 */
export function KpiChart({ name, unit, points, healthy, warning, changes = [], label }: KpiChartProps) {
  const { fmt } = useWorkspace();
  const sorted = [...points].sort((a, b) => toSeconds(a.at) - toSeconds(b.at));
  const xs = sorted.map((p) => toSeconds(p.at));
  const ys = sorted.map((p) => p.value);
  const spans = thresholdSpans(changes, healthy, warning);
  const version = `${xs.join(',')}|${ys.join(',')}|${JSON.stringify(spans)}`;
  // The x scale reaches every move, so a ratchet after the latest value still shows.
  const xMin = Math.min(...xs, ...spans.moves);
  const xMax = Math.max(...xs, ...spans.moves);
  const build = (colors: ChartColors) => {
    const axis = {
      stroke: colors.muted,
      grid: { stroke: colors.grid, width: 1 },
      ticks: { stroke: colors.grid, width: 1 },
    };
    const bands = [
      ...spans.warning.map((s) => ({ ...s, fill: colors.warningBand })),
      ...spans.healthy.map((s) => ({ ...s, fill: colors.healthyBand })),
    ];
    const ranges = [...spans.healthy, ...spans.warning].map((s) => s.range);
    const pad = Math.max((xMax - xMin) * 0.02, 3600);
    return {
      options: {
        scales: {
          x: { time: true, range: (): uPlot.Range.MinMax => [xMin - pad, xMax + pad] },
          y: { range: (): uPlot.Range.MinMax => yRangeWith(ys, ranges) },
        },
        axes: [
          {
            ...axis,
            values: (_u: uPlot, splits: number[]) => splits.map((s) => fmt.date(s * 1000)),
            space: 90,
          },
          {
            ...axis,
            size: 64,
            values: (_u: uPlot, splits: number[]) => splits.map((s) => fmt.value(s, unit)),
          },
        ],
        series: [
          { label: 'Date', value: (_u: uPlot, v: number | null) => (v === null ? '' : fmt.date(v * 1000)) },
          {
            label: name,
            stroke: colors.line,
            width: 2,
            points: { show: true, size: 6, fill: colors.line },
            value: (_u: uPlot, v: number | null) => (v === null ? '—' : fmt.value(v, unit)),
          },
        ],
        plugins: [bandsPlugin(bands, { at: spans.moves, stroke: colors.text })],
      },
      data: [xs, ys] as uPlot.AlignedData,
    };
  };
  return <LazyChart label={label} height={280} version={version} build={build} />;
}
