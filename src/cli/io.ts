import { format } from 'node:util';
import { createDigestService, type DigestService, type Logger } from '../core/digest-service';

export interface CliIO {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The environment, for the default locale (LC_ALL, LC_MESSAGES, LANG); none means English. */
  env?: Readonly<Record<string, string | undefined>>;
  /** The language of messages (`--locale`, else the environment's), set by `runCli`. */
  locale?: string;
}

/** Exit codes shared by every command. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE_OR_IO = 2;

export type Command = (args: string[], io: CliIO) => number | Promise<number>;

/** The core for a command, reporting the bugs it survives on stderr. */
export function digestService(io: CliIO): DigestService {
  return createDigestService({ logger: stderrLogger(io) });
}

/** The core's logger for the CLI: its stderr, one line per message. */
export function stderrLogger(io: CliIO): Logger {
  return {
    error: (message, ...details) => io.stderr(`${format(message, ...details)}\n`),
    warn: (message, ...details) => io.stderr(`${format(message, ...details)}\n`),
  };
}
