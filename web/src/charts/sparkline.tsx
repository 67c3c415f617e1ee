import type uPlot from 'uplot';
import type { Range, SeriesPoint } from '../api/types.js';
import type { Tone } from '../status.js';
import { bandsPlugin, yRangeWith } from './bands.js';
import type { ChartColors } from './chart-colors.js';
import { LazyChart } from './lazy-chart.js';

export function toSeconds(at: string | number): number {
  return (typeof at === 'number' ? at : Date.parse(at)) / 1000;
}

function toneColour(colors: ChartColors, tone: Tone): string {
  if (tone === 'healthy') return colors.healthy;
  if (tone === 'at-risk') return colors.atRisk;
  if (tone === 'breach') return colors.breach;
  return colors.line;
}

interface SparklineProps {
  readonly points: readonly SeriesPoint[];
  readonly healthy?: Range | null;
  readonly tone: Tone;
  readonly label: string;
}

/** A small trend line over the healthy band: is it inside, and which way is it going? */
export function Sparkline({ points, healthy, tone, label }: SparklineProps) {
  const xs = points.map((p) => toSeconds(p.at));
  const ys = points.map((p) => p.value);
  const version = `${xs.join(',')}|${ys.join(',')}|${healthy?.min}|${healthy?.max}|${tone}`;
  const build = (colors: ChartColors) => ({
    options: {
      legend: { show: false },
      cursor: { show: false },
      select: { show: false, left: 0, top: 0, width: 0, height: 0 },
      axes: [{ show: false }, { show: false }],
      padding: [4, 2, 4, 2] as uPlot.Padding,
      scales: {
        x: { time: true },
        y: { range: (): uPlot.Range.MinMax => yRangeWith(ys, [healthy]) },
      },
      series: [
        {},
        {
          stroke: toneColour(colors, tone),
          width: 2,
          points: { show: points.length < 3, size: 5 },
        },
      ],
      plugins: healthy ? [bandsPlugin([{ range: healthy, fill: colors.healthyBand }])] : [],
    },
    data: [xs, ys] as uPlot.AlignedData,
  });
  return <LazyChart className="sparkline" label={label} height={44} version={version} build={build} />;
}
