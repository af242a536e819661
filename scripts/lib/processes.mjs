// What start-up needs to know about other processes: is a pid alive, what is it, who listens on a
// port, so that a failure can name the process in the way. Linux reads /proc; elsewhere `ps`
// answers the first two and the port owner stays unknown.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';

/** True while `pid` runs (a zombie, exited but not yet reaped, counts as gone). */
export function isAlive(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    if (error.code !== 'EPERM') return false; // EPERM: alive, but another user's
  }
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ').pop()?.[0] !== 'Z';
  } catch {
    return !existsSync('/proc/self/stat'); // no /proc: trust kill(pid, 0)
  }
}

/** The command line of `pid` as an argument list, or null when it is not running. */
export function commandLineOf(pid) {
  try {
    if (existsSync('/proc/self/cmdline')) return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    return execFileSync('ps', ['-o', 'command=', '-p', String(pid)], { encoding: 'utf8' }).trim().split(/\s+/);
  } catch {
    return null;
  }
}

/** The working directory of `pid` (Linux, when permitted), else null. */
export function workingDirectoryOf(pid) {
  try {
    return readlinkSync(`/proc/${pid}/cwd`);
  } catch {
    return null;
  }
}

/** "pid 123 (postgres -D /x)" for the process listening on TCP `port`, or null when unknown. */
export function describeListener(port) {
  const inodes = new Set();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    if (!existsSync(table)) continue;
    for (const line of readFileSync(table, 'utf8').split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      // local address "0100007F:1F90", state 0A = LISTEN, inode in field 9
      if (fields[3] === '0A' && parseInt(fields[1]?.split(':')[1] ?? '', 16) === port) inodes.add(fields[9]);
    }
  }
  if (!inodes.size) return null;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    let fds;
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      let target;
      try {
        target = readlinkSync(`/proc/${pid}/fd/${fd}`);
      } catch {
        continue;
      }
      const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1];
      if (inode && inodes.has(inode)) return `pid ${pid} (${(commandLineOf(Number(pid)) ?? ['?']).join(' ').slice(0, 120)})`;
    }
  }
  return 'a process this user cannot see';
}
