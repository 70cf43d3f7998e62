/**
 * Where the core reports the bugs it survives (a rule or the parser throwing): the extension passes
 * its "Daily Papers" log, the CLI its stderr, the unit tests a logger that fails the test. Callers that
 * pass none get the console.
 */
export interface Logger {
  error(message: string, ...details: unknown[]): void;
  warn(message: string, ...details: unknown[]): void;
}

/** Looks `console` up on each call, so that a test's spy on it sees what was logged. */
export const consoleLogger: Logger = {
  error: (message, ...details) => console.error(message, ...details),
  warn: (message, ...details) => console.warn(message, ...details),
};
