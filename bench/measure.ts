/** Small timing helpers shared by the benchmarks. */

export interface Timing {
  readonly label: string;
  readonly runs: number;
  readonly medianMs: number;
  readonly minMs: number;
  /**
   * CPU time (user + system) of this process per run, median: on a machine others are
   * using, wall time measures the queue for a core as much as the code, CPU time less so.
   */
  readonly cpuMedianMs: number;
}

/** Runs `fn` `warmup` times, then `runs` times, and reports the median and best wall time. */
export async function time(label: string, fn: () => unknown, runs = 10, warmup = 2): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  samples.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const medianMs = samples[Math.floor(samples.length / 2)] ?? Number.NaN;
  const cpuMedianMs = cpu[Math.floor(cpu.length / 2)] ?? Number.NaN;
  return { label, runs, medianMs, minMs: samples[0] ?? Number.NaN, cpuMedianMs };
}

export function printTiming(t: Timing, goalMs?: number): void {
  const goal =
    goalMs === undefined ? '' : ` (goal < ${goalMs} ms: ${t.medianMs < goalMs ? 'met' : 'MISSED'})`;
  process.stdout.write(
    `${t.label}: median ${t.medianMs.toFixed(1)} ms, best ${t.minMs.toFixed(1)} ms, CPU median ${t.cpuMedianMs.toFixed(1)} ms over ${t.runs} runs${goal}\n`,
  );
}
