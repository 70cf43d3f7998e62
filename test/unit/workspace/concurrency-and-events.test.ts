/** The index's two small engines: reads in flight at once, and change events to listeners. */
import { describe, expect, it } from 'vitest';
import { forEachConcurrent } from '../../../src/core/workspace/concurrency';
import { Emitter } from '../../../src/core/workspace/emitter';

/** Work items that finish when the test says so, recording how many run at once. */
function gatedWork() {
  let running = 0;
  const peaks: number[] = [];
  const started: number[] = [];
  const work = async (item: number) => {
    started.push(item);
    running++;
    peaks.push(running);
    await new Promise((resolve) => setTimeout(resolve, 1));
    running--;
  };
  return { work, peaks, started };
}

describe('forEachConcurrent', () => {
  it('runs every item once, in order of start, never more than the limit at once', async () => {
    const { work, peaks, started } = gatedWork();
    await forEachConcurrent([1, 2, 3, 4, 5, 6, 7], 3, work);
    expect(started).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(Math.max(...peaks)).toBe(3);
  });

  it('runs one at a time with a limit of 0 or 1, and all at once with a limit above the count', async () => {
    for (const limit of [0, 1]) {
      const { work, peaks } = gatedWork();
      await forEachConcurrent([1, 2, 3], limit, work);
      expect(Math.max(...peaks)).toBe(1);
    }
    const { work, peaks, started } = gatedWork();
    await forEachConcurrent([1, 2, 3], 16, work);
    expect(Math.max(...peaks)).toBe(3);
    expect(started).toEqual([1, 2, 3]);
    await forEachConcurrent([], 4, () => Promise.reject(new Error('never called')));
  });

  it('starts no more items once asked to stop', async () => {
    const done: number[] = [];
    await forEachConcurrent(
      [1, 2, 3, 4, 5],
      1,
      (item) => {
        done.push(item);
        return Promise.resolve();
      },
      () => done.length >= 2,
    );
    expect(done).toEqual([1, 2]);
  });

  it('lets other work run during a long run of items that finish at once', async () => {
    let timerRan = false;
    setTimeout(() => (timerRan = true), 0);
    let sawTimer = false;
    // Each item keeps the thread a millisecond, then resolves at once: 200 of them run far beyond 25 ms.
    const items = Array.from({ length: 200 }, (_, i) => i);
    await forEachConcurrent(items, 1, () => {
      if (timerRan) sawTimer = true;
      const until = Date.now() + 1;
      while (Date.now() < until);
      return Promise.resolve();
    }, () => sawTimer);
    expect(sawTimer).toBe(true);
  });
});

describe('Emitter', () => {
  it('tells every listener, stops telling one that was disposed, and none after the emitter is disposed', () => {
    const emitter = new Emitter<number>();
    const a: number[] = [];
    const b: number[] = [];
    const first = emitter.event((value) => a.push(value));
    emitter.event((value) => b.push(value));
    emitter.fire(1);
    first.dispose();
    emitter.fire(2);
    expect([a, b]).toEqual([[1], [1, 2]]);
    emitter.dispose();
    emitter.fire(3);
    expect([a, b]).toEqual([[1], [1, 2]]);
  });

  it('a listener added while an event is told hears only the next one', () => {
    const emitter = new Emitter<string>();
    const heard: string[] = [];
    emitter.event(() => {
      emitter.event((value) => heard.push(value));
    });
    emitter.fire('first');
    expect(heard).toEqual([]);
    emitter.fire('second');
    expect(heard).toEqual(['second']);
  });
});
