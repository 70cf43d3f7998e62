/**
 * `--locale TAG` (any command): the language of messages. Without it, the environment's, as POSIX
 * programs read it: LC_ALL, then LC_MESSAGES, then LANG (`ko_KR.UTF-8` → Korean); `C`, `POSIX` or
 * nothing → English.
 */

export interface LocaleArgs {
  args: string[];
  locale: string | undefined;
  error?: string;
}

/** Takes `--locale X` / `--locale=X` out of a command's arguments. */
export function takeLocaleOption(args: readonly string[]): LocaleArgs {
  const rest: string[] = [];
  let locale: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      rest.push(...args.slice(i));
      break;
    }
    if (arg === '--locale') {
      const value = args[i + 1];
      if (value === undefined || value.startsWith('-')) return { args: rest, locale, error: "option '--locale <value>' argument missing" };
      locale = value;
      i++;
    } else if (arg.startsWith('--locale=')) {
      locale = arg.slice('--locale='.length);
    } else {
      rest.push(arg);
    }
  }
  return { args: rest, locale };
}

export function environmentLocale(env: Readonly<Record<string, string | undefined>>): string | undefined {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (value) return value === 'C' || value === 'POSIX' ? undefined : value;
  }
  return undefined;
}
