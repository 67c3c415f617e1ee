/**
 * A progress bar with the expected-progress marker: `█████░░│░░░` — filled to
 * `progress`, with `│` where the team should be by now.
 */
export function progressBar(progress: number, expected: number, width = 20): string {
  const filled = Math.round(clamp01(progress) * width);
  const marker = Math.min(width - 1, Math.round(clamp01(expected) * width));
  let bar = '';
  for (let i = 0; i < width; i++) {
    if (i === marker && expected > 0 && expected < 1) bar += i < filled ? '┃' : '│';
    else bar += i < filled ? '█' : '░';
  }
  return bar;
}

function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}
