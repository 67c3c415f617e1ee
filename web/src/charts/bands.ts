import type uPlot from 'uplot';
import type { Range } from '../api/types.js';

export interface Band {
  readonly range: Range;
  readonly fill: string;
  /** Where the band starts and ends on the x scale (seconds); unbounded when absent. */
  readonly from?: number;
  readonly to?: number;
}

/** A dashed vertical line at each instant (seconds): where a threshold moved. */
export interface Markers {
  readonly at: readonly number[];
  readonly stroke: string;
}

/**
 * Draws threshold ranges behind the series: the healthy band, and the warning band around
 * it, each over the span of time it was in force; and a marker where a threshold moved.
 */
export function bandsPlugin(bands: readonly Band[], markers?: Markers): uPlot.Plugin {
  return {
    hooks: {
      drawAxes: [
        (u: uPlot) => {
          const { ctx, bbox } = u;
          ctx.save();
          for (const band of bands) {
            const x0 =
              band.from === undefined ? bbox.left : Math.max(bbox.left, u.valToPos(band.from, 'x', true));
            const x1 =
              band.to === undefined
                ? bbox.left + bbox.width
                : Math.min(bbox.left + bbox.width, u.valToPos(band.to, 'x', true));
            if (x1 <= x0) continue;
            const top =
              band.range.max === null || band.range.max === undefined
                ? bbox.top
                : u.valToPos(band.range.max, 'y', true);
            const bottom =
              band.range.min === null || band.range.min === undefined
                ? bbox.top + bbox.height
                : u.valToPos(band.range.min, 'y', true);
            const y0 = Math.max(bbox.top, Math.min(top, bottom));
            const y1 = Math.min(bbox.top + bbox.height, Math.max(top, bottom));
            if (y1 <= y0) continue;
            ctx.fillStyle = band.fill;
            ctx.fillRect(x0, y0, x1 - x0, y1 - y0);
          }
          if (markers) {
            ctx.strokeStyle = markers.stroke;
            ctx.lineWidth = 2 * devicePixelRatio;
            ctx.setLineDash([5 * devicePixelRatio, 4 * devicePixelRatio]);
            for (const at of markers.at) {
              const x = Math.round(u.valToPos(at, 'x', true));
              if (x < bbox.left || x > bbox.left + bbox.width) continue;
              ctx.beginPath();
              ctx.moveTo(x, bbox.top);
              ctx.lineTo(x, bbox.top + bbox.height);
              ctx.stroke();
            }
          }
          ctx.restore();
        },
      ],
    },
  };
}

/** A y-range that shows the data and the band edges, with a little air. */
export function yRangeWith(
  values: readonly number[],
  ranges: readonly (Range | null | undefined)[],
): [number, number] {
  const all = [...values];
  for (const r of ranges) {
    if (r?.min !== null && r?.min !== undefined) all.push(r.min);
    if (r?.max !== null && r?.max !== undefined) all.push(r.max);
  }
  if (all.length === 0) return [0, 1];
  let lo = Math.min(...all);
  let hi = Math.max(...all);
  if (lo === hi) {
    const pad = Math.abs(lo) * 0.1 || 1;
    lo -= pad;
    hi += pad;
  }
  const pad = (hi - lo) * 0.12;
  return [lo - pad, hi + pad];
}
