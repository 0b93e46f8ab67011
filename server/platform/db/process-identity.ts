import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

/** Whether a process runs; a zombie (exited, not yet reaped by its new parent) does not. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true; // no /proc (macOS, Windows): kill(0) is all there is
  }
}

/**
 * Something that tells one process apart from a later one that was given the same pid: on Linux
 * the boot id and the process's start time in clock ticks since boot (field 22 of
 * /proc/<pid>/stat); elsewhere (macOS, the BSDs) the start time `ps` reports. Undefined when the
 * process does not exist or the system offers neither.
 */
export function processIdentity(pid: number): string | undefined {
  if (fs.existsSync('/proc/self/stat')) return linuxIdentity(pid);
  return psIdentity(pid);
}

function linuxIdentity(pid: number): string | undefined {
  let stat: string;
  try {
    stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // Field 2 is the command name in parentheses and may itself hold spaces or ')': count the
  // fields from the last ')'. What follows it starts at field 3, so field 22 is the 20th.
  const startTicks = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  if (!startTicks) return undefined;
  let bootId = '';
  try {
    bootId = fs.readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
  } catch {
    /* without a boot id the start time alone still tells most reuses apart */
  }
  return `linux:${bootId}:${startTicks}`;
}

function psIdentity(pid: number): string | undefined {
  try {
    const started = execFileSync('ps', ['-o', 'lstart=', '-p', String(pid)], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 5_000,
    }).trim();
    return started ? `ps:${started}` : undefined;
  } catch {
    return undefined;
  }
}
