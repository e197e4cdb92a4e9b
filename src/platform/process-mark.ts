// Which process wrote a temp or lock file, told apart from a later process that got its pid: on a
// busy machine pids (which threads take too) wrap within minutes, so a pid alone can make a killed
// run look alive, and its lock would then block every later run. A mark is the pid and, where the
// system says (Linux /proc), the process's start time in clock ticks since boot, which a process
// that reuses the pid cannot share.
import { readFileSync } from 'node:fs';

/** `<pid>` or `<pid>.<start ticks>`: as it appears in temp file names and lock files. */
export type ProcessMark = string;

const MARK = /^(\d+)(?:\.(\d+))?$/;

/** The text a mark is found by in a name or a file: a pid, then optionally a dot and the start ticks. */
export const MARK_PATTERN = String.raw`\d+(?:\.\d+)?`;

let own: ProcessMark | undefined;

/** This process's mark. */
export function ownMark(): ProcessMark {
  own ??= markOf(process.pid);
  return own;
}

/** The pid a mark names. */
export function pidOf(mark: ProcessMark): number {
  return Number(MARK.exec(mark)?.[1] ?? Number.NaN);
}

/** Whether the process a mark names is still running; a mark with only a pid is judged by the pid. */
export function isRunning(mark: ProcessMark): boolean {
  const parsed = MARK.exec(mark);
  if (!parsed) return false;
  const [pid, started] = [Number(parsed[1]), parsed[2]];
  if (pid === process.pid) return started === undefined || mark === ownMark();
  if (!pidAlive(pid)) return false;
  if (started === undefined) return true;
  // Unknown start (no /proc, or the process ended meanwhile): trust the pid.
  const now = startTicksOf(pid);
  return now === undefined || now === started;
}

function markOf(pid: number): ProcessMark {
  const started = startTicksOf(pid);
  return started === undefined ? String(pid) : `${pid}.${started}`;
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (thrown) {
    return (thrown as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Field 22 of /proc/<pid>/stat (after the command name, which may hold spaces and parentheses). */
function startTicksOf(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
    const ticks = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    return ticks !== undefined && /^\d+$/.test(ticks) ? ticks : undefined;
  } catch {
    return undefined;
  }
}
