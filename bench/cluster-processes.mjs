// What bench/cluster.mjs starts, and the one place that stops it all again: every child runs in a
// process group of its own (so a SIGKILL of an app instance takes nothing else with it, and a
// Ctrl-C in the terminal reaches only the bench, which then stops everything in order).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const started = new Set();
const stopHooks = [];

/**
 * Spawns a long-running child in its own process group. Its output goes to `logStream` (stamped),
 * and its standard output also to `onOutput`.
 */
export function startProcess(label, command, args, { env = process.env, cwd, uid, gid, logStream, onOutput } = {}) {
  const piped = Boolean(logStream || onOutput);
  const child = spawn(command, args, { cwd, env, uid, gid, detached: true, stdio: ['ignore', piped ? 'pipe' : 'ignore', piped ? 'pipe' : 'ignore'] });
  // Each chunk stamped with the wall-clock time, to line the log up with the bench's timeline.
  const write = (d) => logStream?.write(`${new Date().toISOString().slice(11, 23)} [${label}] ${d}`);
  if (piped) {
    child.stdout.on('data', (d) => {
      write(d);
      onOutput?.(String(d));
    });
    child.stderr.on('data', write);
  }
  child.label = label;
  started.add(child);
  child.once('exit', () => started.delete(child));
  return child;
}

/** Signals a child's whole process group; resolves when the child has exited (SIGKILL after `graceMs`). */
export async function stopProcess(child, signal = 'SIGTERM', graceMs = 10_000) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  const send = (s) => {
    try {
      process.kill(-child.pid, s);
    } catch {
      /* already gone */
    }
  };
  send(signal);
  const timer = setTimeout(() => send('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

/** Work to do at the end besides stopping children (PostgreSQL via pg_ctl, temporary folders); run last-registered first. */
export const onStop = (hook) => stopHooks.unshift(hook);

let stopping = null;
/** Whether the bench is stopping (after a signal, errors of the steps it interrupts are expected). */
export const isStopping = () => stopping !== null;
/** Stops every child still running, then runs the stop hooks. Safe to call more than once. */
export function stopEverything() {
  stopping ??= (async () => {
    await Promise.all([...started].map((c) => stopProcess(c)));
    for (const hook of stopHooks) await hook().catch((e) => console.error(`[cluster] while stopping: ${e.message}`));
  })();
  return stopping;
}

/** Ctrl-C / SIGTERM: stop everything we started, then exit 130 / 143. */
export function stopOnSignals() {
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]]) {
    process.on(signal, () => {
      console.error(`\n[cluster] ${signal}: stopping everything the bench started …`);
      stopEverything().finally(() => process.exit(code));
    });
  }
}

/** Installs Debian packages whose program is missing (apt-get as root, else sudo). */
export function ensureDebianPackage(pkg, programPath) {
  if (existsSync(programPath)) return;
  console.log(`[cluster] ${programPath} missing: installing the Debian package ${pkg} …`);
  const asRoot = process.getuid?.() === 0;
  const apt = (args) => execFileSync(asRoot ? 'apt-get' : 'sudo', asRoot ? args : ['apt-get', ...args], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  apt(['update']);
  apt(['install', '-y', '--no-install-recommends', pkg]);
  if (!existsSync(programPath)) throw new Error(`installing ${pkg} did not provide ${programPath}`);
}

export { sleep };
