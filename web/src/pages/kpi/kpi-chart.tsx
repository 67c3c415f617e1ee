import type uPlot from 'uplot';
import type { Range, SeriesPoint } from '../../api/types.js';
import { bandsPlugin, yRangeWith } from '../../charts/bands.js';
import type { ChartColors } from '../../charts/chart-colors.js';
import { LazyChart } from '../../charts/lazy-chart.js';
import { toSeconds } from '../../charts/sparkline.js';
import { useWorkspace } from '../../session/workspace-context.js';

interface KpiChartProps {
  readonly name: string;
  readonly unit?: string | null;
  readonly points: readonly SeriesPoint[];
  readonly healthy?: Range | null;
  readonly warning?: Range | null;
  readonly label: string;
}

/** The KPI's history over its healthy band (green) and warning band (amber). */
export function KpiChart({ name, unit, points, healthy, warning, label }: KpiChartProps) {
  const { fmt } = useWorkspace();
  const sorted = [...points].sort((a, b) => toSeconds(a.at) - toSeconds(b.at));
  const xs = sorted.map((p) => toSeconds(p.at));
  const ys = sorted.map((p) => p.value);
  const version = `${xs.join(',')}|${ys.join(',')}|${JSON.stringify(healthy)}|${JSON.stringify(warning)}`;
  const build = (colors: ChartColors) => {
    const axis = {
      stroke: colors.muted,
      grid: { stroke: colors.grid, width: 1 },
      ticks: { stroke: colors.grid, width: 1 },
    };
    const bands = [
      ...(warning ? [{ range: warning, fill: colors.warningBand }] : []),
      ...(healthy ? [{ range: healthy, fill: colors.healthyBand }] : []),
    ];
    return {
      options: {
        scales: {
          x: { time: true },
          y: { range: (): uPlot.Range.MinMax => yRangeWith(ys, [healthy, warning]) },
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
        plugins: [bandsPlugin(bands)],
      },
      data: [xs, ys] as uPlot.AlignedData,
    };
  };
  return <LazyChart label={label} height={280} version={version} build={build} />;
}
