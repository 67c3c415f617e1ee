import type uPlot from 'uplot';
import type { Range } from '../api/types.js';

export interface Band {
  readonly range: Range;
  readonly fill: string;
}

/** Draws threshold ranges behind the series: the healthy band, and the warning band around it. */
export function bandsPlugin(bands: readonly Band[]): uPlot.Plugin {
  return {
    hooks: {
      drawAxes: [
        (u: uPlot) => {
          const { ctx, bbox } = u;
          ctx.save();
          for (const band of bands) {
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
            ctx.fillRect(bbox.left, y0, bbox.width, y1 - y0);
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
