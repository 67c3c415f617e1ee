import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { type ChartColors, chartColors } from './chart-colors.js';

export interface ChartSpec {
  readonly options: Omit<uPlot.Options, 'width' | 'height'>;
  readonly data: uPlot.AlignedData;
}

export interface UplotChartProps {
  readonly build: (colors: ChartColors) => ChartSpec;
  readonly height: number;
  /** Changes when the chart must be rebuilt (new data, theme). */
  readonly version: string;
}

/** Mounts one uPlot chart that follows its container's width. Loaded lazily with uPlot. */
export default function UplotChart({ build, height, version }: UplotChartProps) {
  const hostRef = useRef<HTMLDivElement>(null);
  const buildRef = useRef(build);
  buildRef.current = build;

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    void version;
    const spec = buildRef.current(chartColors());
    const width = Math.max(120, Math.floor(host.clientWidth));
    const chart = new uPlot({ ...spec.options, width, height }, spec.data, host);
    const observer = new ResizeObserver(() => {
      const w = Math.max(120, Math.floor(host.clientWidth));
      if (w !== chart.width) chart.setSize({ width: w, height });
    });
    observer.observe(host);
    return () => {
      observer.disconnect();
      chart.destroy();
    };
  }, [height, version]);

  return <div ref={hostRef} className="uplot-host" />;
}
