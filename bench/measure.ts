/** Timing helpers: best-of-N wall time, so one slow run (GC, another process) does not decide. */

/**
 * Best wall time of each piece of work, the pieces taking turns, so that a busy moment of the machine
 * slows both sides of a comparison rather than one. Each piece runs once first, to warm up.
 */
export function bestTimesInterleaved(runs: number, works: (() => void)[]): number[] {
  const best = works.map(() => Infinity);
  for (const work of works) work();
  for (let run = 0; run < runs; run++) {
    works.forEach((work, i) => {
      const start = process.hrtime.bigint();
      work();
      best[i] = Math.min(best[i], Number(process.hrtime.bigint() - start) / 1e9);
    });
  }
  return best;
}

/**
 * Like {@link bestTimesInterleaved}, but a quick piece of work is repeated within its turn until it takes
 * about as long as the slowest, so that both sides of a ratio are exposed alike to a busy machine (a 8 ms
 * turn fits between other processes' time slices where an 85 ms one does not). Returns seconds per call.
 */
export function bestTimesBalanced(runs: number, works: (() => void)[]): number[] {
  const once = works.map((work) => {
    work();
    const start = process.hrtime.bigint();
    work();
    return Math.max(Number(process.hrtime.bigint() - start) / 1e9, 1e-6);
  });
  const slowest = Math.max(...once);
  const repeats = once.map((seconds) => Math.max(1, Math.round(slowest / seconds)));
  const balanced = works.map((work, i) => () => {
    for (let r = 0; r < repeats[i]; r++) work();
  });
  return bestTimesInterleaved(runs, balanced).map((seconds, i) => seconds / repeats[i]);
}

/** The same for asynchronous work (reading files, building the index). */
export async function bestTimesInterleavedAsync(runs: number, works: (() => Promise<unknown>)[]): Promise<number[]> {
  const best = works.map(() => Infinity);
  for (const work of works) await work();
  for (let run = 0; run < runs; run++) {
    for (const [i, work] of works.entries()) {
      const start = process.hrtime.bigint();
      await work();
      best[i] = Math.min(best[i], Number(process.hrtime.bigint() - start) / 1e9);
    }
  }
  return best;
}


export function megabytesPerSecond(bytes: number, seconds: number): number {
  return bytes / 1e6 / seconds;
}

export interface Target {
  name: string;
  ratio: number;
  /** The ratio the issue asks for, and whether higher (`min`) or lower (`max`) is better. */
  goal: number;
  kind: 'min' | 'max';
  /** Shown after `ratio` and `goal`: `×` (the default) for ratios, or a unit such as `ms` for an absolute figure. */
  unit?: string;
  /** For the report: the figure measured (`512 MB/s`) and its baseline from the same run (`markdown-it parse 43 MB/s`). */
  figure?: string;
  baseline?: string;
}

export function isMet({ ratio, goal, kind }: Target): boolean {
  return kind === 'min' ? ratio >= goal : ratio <= goal;
}

export function formatTarget(target: Target): string {
  const { name, ratio, goal, kind } = target;
  const sign = kind === 'min' ? '≥' : '≤';
  const unit = target.unit ?? '×';
  return `${isMet(target) ? 'PASS' : 'MISS'}  ${name}: ${ratio.toFixed(2)}${unit} (target ${sign} ${goal}${unit})`;
}
