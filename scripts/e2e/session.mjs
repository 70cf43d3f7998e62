// Runs a driver script (test runner, UI check, `npm start`) so that whatever it started is
// cleaned up on success, failure, timeout, SIGINT, SIGTERM and SIGHUP.
import { killGroup, spawnGroup, stopGroup } from './processes.mjs';

const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };
const CLEANUP_STEP_TIMEOUT_MS = 15_000;

class Session {
  /** Exit code of the run, known once `main` has finished; cleanup steps may look at it. */
  exitCode = undefined;
  /** True once cleanup has begun: processes ending from then on were stopped by us. */
  cleaningUp = false;
  #cleanups = [];
  #groups = new Set();
  #stop;
  #deadline;
  /** Resolves with an exit code when the run must stop early (signal or deadline). */
  stopped = new Promise((resolve) => (this.#stop = resolve));

  /** Registers an async cleanup step; steps run in reverse order of registration. */
  onCleanup(name, step) {
    this.#cleanups.push({ name, step });
  }

  /** Starts a process group that is stopped at cleanup (and SIGKILLed if the driver itself dies). */
  spawn(command, args, options) {
    const group = spawnGroup(command, args, options);
    this.#groups.add(group.pgid);
    this.onCleanup(`process group ${group.pgid} (${command})`, () => this.stopGroup(group.pgid));
    return group;
  }

  async stopGroup(pgid) {
    await stopGroup(pgid);
    this.#groups.delete(pgid);
  }

  /** Fails the run with exit code 1 if it is still going after `seconds`. */
  startDeadline(seconds) {
    clearTimeout(this.#deadline);
    this.#deadline = setTimeout(() => {
      console.error(`\nTimed out after ${seconds} s.`);
      this.#stop(1);
    }, seconds * 1000);
    this.#deadline.unref();
  }

  interrupt(code) {
    this.#stop(code);
  }

  async cleanup() {
    this.cleaningUp = true;
    clearTimeout(this.#deadline);
    for (const { name, step } of this.#cleanups.reverse()) {
      try {
        await withTimeout(step(), CLEANUP_STEP_TIMEOUT_MS, name);
      } catch (error) {
        console.error(`cleanup of ${name} failed: ${error?.message ?? error}`);
      }
    }
    this.#cleanups = [];
  }

  /** Last resort when the process exits without running cleanup (uncaught error, process.exit). */
  killAllSync() {
    for (const pgid of this.#groups) killGroup(pgid, 'SIGKILL');
  }
}

/**
 * Runs `main(session)`, which resolves with an exit code, then cleans up and exits the process.
 * With `interruptIsNormalExit` (a server that runs until Ctrl+C) a signal ends it with 0.
 */
export async function runDriver(main, { interruptIsNormalExit = false } = {}) {
  const session = new Session();
  process.on('exit', () => session.killAllSync());
  for (const [signal, code] of Object.entries(SIGNAL_EXIT_CODES)) {
    process.on(signal, () => {
      console.error(`\n${signal}: stopping and cleaning up…`);
      session.interrupt(interruptIsNormalExit ? 0 : code);
    });
  }
  try {
    session.exitCode = await Promise.race([main(session), session.stopped]);
  } catch (error) {
    console.error(error?.stack ?? error);
    session.exitCode = 1;
  }
  await session.cleanup();
  process.exit(session.exitCode);
}

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
