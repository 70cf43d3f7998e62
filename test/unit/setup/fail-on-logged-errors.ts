/**
 * The core survives its own bugs by logging them (a rule or the parser throwing) and carrying on. In
 * unit tests, anything logged that a test did not ask for fails that test: a test that expects a log
 * passes its own logger (`recordingLogger()` in ../helpers.ts), so only unexpected logs reach the console.
 */
import { format } from 'node:util';
import { afterEach, beforeEach, vi, type MockInstance } from 'vitest';

let logged: string[] = [];
let spies: MockInstance[] = [];

beforeEach(() => {
  logged = [];
  spies = (['error', 'warn'] as const).map((level) =>
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      logged.push(`console.${level}: ${format(...args)}`);
    }),
  );
});

afterEach(() => {
  for (const spy of spies) spy.mockRestore();
  if (logged.length > 0) throw new Error(`unexpected log output (a swallowed error?):\n${logged.join('\n')}`);
});
