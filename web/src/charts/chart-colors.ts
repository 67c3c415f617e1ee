/**
 * Canvas charts cannot read CSS variables (and our tokens use light-dark()), so resolve
 * them through a hidden element's computed colour, which the browser turns into rgb().
 */
export interface ChartColors {
  readonly text: string;
  readonly muted: string;
  readonly grid: string;
  readonly line: string;
  readonly healthyBand: string;
  readonly warningBand: string;
  readonly healthy: string;
  readonly atRisk: string;
  readonly breach: string;
  readonly forecast: string;
}

function resolve(probe: HTMLElement, variable: string): string {
  probe.style.color = `var(${variable})`;
  return getComputedStyle(probe).color;
}

function withAlpha(rgb: string, alpha: number): string {
  const m = rgb.match(/rgba?\(([^)]+)\)/);
  if (!m?.[1]) return rgb;
  const [r, g, b] = m[1].split(/[ ,/]+/).filter(Boolean);
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

export function chartColors(): ChartColors {
  const probe = document.createElement('span');
  probe.style.display = 'none';
  document.body.appendChild(probe);
  try {
    const healthy = resolve(probe, '--healthy');
    const atRisk = resolve(probe, '--at-risk');
    return {
      text: resolve(probe, '--text'),
      muted: resolve(probe, '--text-muted'),
      grid: withAlpha(resolve(probe, '--border'), 0.9),
      line: resolve(probe, '--accent'),
      healthyBand: withAlpha(healthy, 0.16),
      warningBand: withAlpha(atRisk, 0.13),
      healthy,
      atRisk,
      breach: resolve(probe, '--breach'),
      forecast: resolve(probe, '--text-muted'),
    };
  } finally {
    probe.remove();
  }
}
