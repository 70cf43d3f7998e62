/**
 * The extension's logger: the "Daily Papers" log in the Output panel (a LogOutputChannel, so the
 * user's log level applies), created in `activate` and handed to the core wherever it parses or lints.
 */
import * as vscode from 'vscode';
import { consoleLogger, type Logger } from '../core/digest-service';

let channel: vscode.LogOutputChannel | undefined;

export function registerLogger(context: vscode.ExtensionContext): Logger {
  channel = vscode.window.createOutputChannel('Daily Papers', { log: true });
  context.subscriptions.push(channel, { dispose: () => (channel = undefined) });
  return extensionLogger;
}

/** Writes to the "Daily Papers" log once `registerLogger` ran, to the console before that. */
export const extensionLogger: Logger = {
  error: (message, ...details) => (channel ? channel.error(message, ...details) : consoleLogger.error(message, ...details)),
  warn: (message, ...details) => (channel ? channel.warn(message, ...details) : consoleLogger.warn(message, ...details)),
};
