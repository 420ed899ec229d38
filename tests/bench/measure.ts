/** One benchmark line: {"name","unit","median","p95","runs"} plus "baseline" for a side-by-side comparison. */
export interface Measurement {
  name: string;
  unit: string;
  median: number;
  p95: number;
  runs: number;
  baseline?: { name: string; median: number; p95: number; runs: number };
  target?: string;
}

export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i];
}

export function summarise(name: string, unit: string, samples: readonly number[]): Measurement {
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return { name, unit, median: round(quantile(sorted, 0.5)), p95: round(quantile(sorted, 0.95)), runs: samples.length };
}

/** Times an async function `runs` times after `warmup` unmeasured runs, in milliseconds. */
export async function timeRuns(fn: () => Promise<unknown> | unknown, runs: number, warmup = 1): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return samples;
}

export const print = (m: Measurement): void => console.log(JSON.stringify(m));

/** A benchmark module: `tests/bench/*.bench.ts` exports `run`. */
export type Bench = (report: (m: Measurement) => void) => Promise<void>;
