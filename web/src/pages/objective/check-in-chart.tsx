import type uPlot from 'uplot';
import type { CheckIn, Forecast } from '../../api/types.js';
import type { ChartColors } from '../../charts/chart-colors.js';
import { LazyChart } from '../../charts/lazy-chart.js';
import { toSeconds } from '../../charts/sparkline.js';
import { useWorkspace } from '../../session/workspace-context.js';

interface CheckInChartProps {
  readonly title: string;
  readonly unit?: string | null;
  readonly checkIns: readonly CheckIn[];
  readonly target?: number | null;
  readonly forecast: Forecast | null;
  /** ISO date of the cycle's last day: where the forecast line ends. */
  readonly cycleEnd?: string;
}

/** Check-in values, the target line and the forecast to the end of the cycle. */
export function CheckInChart({ title, unit, checkIns, target, forecast, cycleEnd }: CheckInChartProps) {
  const { fmt } = useWorkspace();
  const sorted = [...checkIns].sort((a, b) => toSeconds(a.at) - toSeconds(b.at));
  const last = sorted.at(-1);
  const endX = cycleEnd ? Date.parse(`${cycleEnd}T23:59:59Z`) / 1000 : undefined;
  const showForecast = forecast && last && endX && endX > toSeconds(last.at);
  const xs = sorted.map((c) => toSeconds(c.at));
  const values: (number | null)[] = sorted.map((c) => c.value);
  const projection: (number | null)[] = sorted.map((c) => (c === last ? c.value : null));
  if (showForecast) {
    xs.push(endX);
    values.push(null);
    projection.push(forecast.value);
  }
  const targets = xs.map(() => target ?? null);
  const version = `${xs.join(',')}|${values.join(',')}|${projection.join(',')}|${target}`;
  const build = (colors: ChartColors) => {
    const axis = {
      stroke: colors.muted,
      grid: { stroke: colors.grid, width: 1 },
      ticks: { stroke: colors.grid, width: 1 },
    };
    const format = (_u: uPlot, v: number | null) => (v === null ? '—' : fmt.value(v, unit));
    return {
      options: {
        scales: { x: { time: true } },
        axes: [
          { ...axis, space: 90, values: (_u: uPlot, s: number[]) => s.map((x) => fmt.date(x * 1000)) },
          { ...axis, size: 64, values: (_u: uPlot, s: number[]) => s.map((y) => fmt.value(y, unit)) },
        ],
        series: [
          { label: 'Date', value: (_u: uPlot, v: number | null) => (v === null ? '' : fmt.date(v * 1000)) },
          {
            label: 'Check-ins',
            stroke: colors.line,
            width: 2,
            points: { show: true, size: 7 },
            value: format,
          },
          {
            label: 'Forecast',
            stroke: colors.forecast,
            width: 2,
            dash: [6, 5],
            spanGaps: true,
            points: { show: false },
            value: format,
          },
          {
            label: 'Target',
            stroke: colors.healthy,
            width: 1.5,
            dash: [2, 4],
            points: { show: false },
            value: format,
          },
        ],
      },
      data: [xs, values, projection, targets] as uPlot.AlignedData,
    };
  };
  const words = last
    ? `${title}: ${sorted.length} check-ins, latest ${fmt.value(last.value, unit)}${forecast ? `, forecast ${fmt.value(forecast.value, unit)} at the end of the cycle` : ''}`
    : `${title}: no check-ins yet`;
  return <LazyChart label={words} height={200} version={version} build={build} />;
}
