// Child processes that run in their own process group, so that stopping one stops
// everything it started (code-server's extension hosts, file watchers, npm's scripts).
import { spawn } from 'node:child_process';
import { openSync, closeSync, readdirSync, readFileSync } from 'node:fs';

/**
 * Starts `command` as the leader of a new process group (setsid). Output goes to `logFile`
 * (appended) or is inherited when no log file is given.
 */
export function spawnGroup(command, args, { env = process.env, cwd, logFile } = {}) {
  const logFd = logFile ? openSync(logFile, 'a') : undefined;
  const child = spawn(command, args, {
    cwd,
    env,
    detached: true,
    stdio: logFd === undefined ? 'inherit' : ['ignore', logFd, logFd],
  });
  if (logFd !== undefined) closeSync(logFd);
  const exited = new Promise((resolve) => {
    child.once('error', (error) => resolve({ code: 127, error }));
    child.once('exit', (code, signal) => resolve({ code: code ?? 128, signal }));
  });
  return { pgid: child.pid, child, exited };
}

/** Live (non-zombie) processes of a process group, from /proc. */
export function groupMembers(pgid) {
  const members = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // exited while we were looking
    }
    // Format: "pid (comm) state ppid pgrp ...", where comm may contain spaces and parentheses.
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(pgrp) === pgid && state !== 'Z') members.push(Number(entry));
  }
  return members;
}

/**
 * Live processes whose command line or environment contains `text` (other than this one):
 * finds anything a run left behind, even if it escaped its process group.
 */
export function processesMentioning(text) {
  const found = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      const state = readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ').pop().split(' ')[0];
      if (state === 'Z') continue;
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (cmdline.includes(text) || readFileSync(`/proc/${entry}/environ`, 'utf8').includes(text)) {
        found.push({ pid: Number(entry), command: cmdline.replaceAll('\0', ' ').trim() });
      }
    } catch {
      // exited while we were looking, or not ours to read
    }
  }
  return found;
}

export function killGroup(pgid, signal) {
  try {
    process.kill(-pgid, signal);
  } catch {
    // The group is already gone.
  }
}

/** SIGTERM to the whole group, SIGKILL to whatever is left after `graceMs`. Resolves when none is left. */
export async function stopGroup(pgid, graceMs = 5000) {
  if (groupMembers(pgid).length === 0) return;
  killGroup(pgid, 'SIGTERM');
  if (await waitUntilGone(pgid, graceMs)) return;
  killGroup(pgid, 'SIGKILL');
  if (!(await waitUntilGone(pgid, 3000))) {
    throw new Error(`process group ${pgid} survived SIGKILL: ${groupMembers(pgid).join(' ')}`);
  }
}

async function waitUntilGone(pgid, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (groupMembers(pgid).length === 0) return true;
    await sleep(100);
  }
  return groupMembers(pgid).length === 0;
}

export function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
