/** Runs async work over many items with a bounded number in flight, yielding to the event loop regularly. */

const YIELD_AFTER_MS = 25;

export async function forEachConcurrent<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
  // Stryker disable next-line ArrowFunction: undefined stops nothing either
  shouldStop: () => boolean = () => false,
): Promise<void> {
  let next = 0;
  let lastYield = Date.now();
  const worker = async (): Promise<void> => {
    while (next < items.length && !shouldStop()) {
      await work(items[next++]);
      // Reads that resolve at once (in-memory or cached files) would otherwise run the whole loop in one task.
      // Stryker disable next-line EqualityOperator: yielding a millisecond sooner is the same
      if (Date.now() - lastYield > YIELD_AFTER_MS) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        lastYield = Date.now();
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}
