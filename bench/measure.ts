/** Timing helpers: best-of-N wall time, so one slow run (GC, another process) does not decide. */

export function bestTime(runs: number, work: () => void): number {
  work();
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    work();
    const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
    if (elapsed < best) best = elapsed;
  }
  return best;
}

export async function bestTimeAsync(runs: number, work: () => Promise<void>): Promise<number> {
  await work();
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await work();
    const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
    if (elapsed < best) best = elapsed;
  }
  return best;
}

/**
 * Best wall time of each of two pieces of work, measured alternately so that a busy moment of the
 * machine hits both alike.
 */
export function bestTimes(runs: number, first: () => void, second: () => void): [number, number] {
  first();
  second();
  let bestFirst = Infinity;
  let bestSecond = Infinity;
  for (let i = 0; i < runs; i++) {
    bestFirst = Math.min(bestFirst, time(first));
    bestSecond = Math.min(bestSecond, time(second));
  }
  return [bestFirst, bestSecond];
}

function time(work: () => void): number {
  const start = process.hrtime.bigint();
  work();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/**
 * Best-of-N wall times of several pieces of work run in turns (a, b, a, b…), so that a busy spell of the
 * machine weighs on all of them alike rather than on whichever ran during it.
 */
export async function bestTimesInterleaved(runs: number, works: (() => Promise<unknown>)[]): Promise<number[]> {
  const best = works.map(() => Infinity);
  for (const work of works) await work();
  for (let i = 0; i < runs; i++) {
    for (const [k, work] of works.entries()) {
      const start = process.hrtime.bigint();
      await work();
      best[k] = Math.min(best[k], Number(process.hrtime.bigint() - start) / 1e9);
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
}

export function formatTarget({ name, ratio, goal, kind }: Target): string {
  const met = kind === 'min' ? ratio >= goal : ratio <= goal;
  const sign = kind === 'min' ? '≥' : '≤';
  return `${met ? 'PASS' : 'MISS'}  ${name}: ${ratio.toFixed(2)}× (target ${sign} ${goal}×)`;
}
