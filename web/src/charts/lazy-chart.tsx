import { lazy, Suspense, useRef } from 'react';
import { Skeleton } from '../components/skeleton.js';
import type { UplotChartProps } from './uplot-chart.js';
import { useThemeVersion } from './use-theme-version.js';
import { useVisible } from './use-visible.js';

// uPlot (~45 KB) loads with the first chart that scrolls into view, not with the app.
const UplotChart = lazy(() => import('./uplot-chart.js'));

interface LazyChartProps extends UplotChartProps {
  /** What the chart shows, for people who cannot see it. */
  readonly label: string;
  readonly className?: string;
}

export function LazyChart({ label, className, height, version, build }: LazyChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const visible = useVisible(ref);
  const theme = useThemeVersion();
  return (
    <div ref={ref} className={className} role="img" aria-label={label} style={{ minHeight: height }}>
      {visible && (
        <Suspense fallback={<Skeleton height={height} />}>
          <UplotChart build={build} height={height} version={`${version}|${theme}`} />
        </Suspense>
      )}
    </div>
  );
}
