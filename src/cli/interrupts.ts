// SIGINT, SIGTERM and SIGHUP during a command that writes files (apply, review): writes not yet at
// their rename are abandoned and remove their temp files, the writes under way finish, and the
// user is told which files were written before the signal (each is whole: old or new, never
// half); then the process dies of the same signal, as the shell expects. A second signal while
// this happens ends the process at once.
import { writeSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { stopWrites } from '../run/atomic-write.js';
import { removeEmittedTransforms } from '../tools/load-user-transform.js';
import { removeReportTemps } from './output-sink.js';

const SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** The lines that say which files were written, for a signal or a failed output. */
export function writtenFilesReport(written: readonly string[], cwd: string): string[] {
  const shown = written.map((path) => `  ${relative(cwd, path).split(sep).join('/')}`);
  if (shown.length === 0) return ['No file had been written.'];
  return [
    `${shown.length} ${shown.length === 1 ? 'file had' : 'files had'} been written (each whole); the others are as they were:`,
    ...shown,
  ];
}

/** Installs `handler` for the signals; it gets the function that uninstalls it, which is also returned. */
function onSignals(handler: (signal: NodeJS.Signals, uninstall: () => void) => void): () => void {
  const listener = (signal: NodeJS.Signals) => handler(signal, uninstall);
  const uninstall = () => {
    for (const signal of SIGNALS) process.off(signal, listener);
  };
  for (const signal of SIGNALS) process.on(signal, listener);
  return uninstall;
}

/** Ends the process with `signal` once the files the tool keeps for itself are gone. */
function dieOf(signal: NodeJS.Signals, uninstall: () => void): void {
  removeEmittedTransforms();
  removeReportTemps();
  uninstall();
  process.kill(process.pid, signal);
}

/** Handles the signals until the returned function is called. */
export function stopWritesOnSignals(cwd: string): () => void {
  let stopping = false;
  return onSignals((signal, uninstall) => {
    if (stopping) {
      uninstall();
      process.kill(process.pid, signal);
      return;
    }
    stopping = true;
    void stopWrites().then((written) => {
      // Synchronous: the process is about to die, and a buffered write could be lost.
      const lines = [`ucma-codemod: stopped by ${signal}.`, ...writtenFilesReport(written, cwd), 'Run the command again to finish.'];
      try {
        writeSync(2, `${lines.join('\n')}\n`);
      } catch {
        // No stderr to tell: the files are whole either way.
      }
      dieOf(signal, uninstall);
    });
  });
}

/**
 * Until the returned function is called, a signal removes the temp files of the report files being
 * written (`-o`, `--output-dir`, the plan file; the old files stay as they were), then ends the
 * process with the same signal. For commands that write no source file.
 */
export function removeReportTempsOnSignals(): () => void {
  return onSignals(dieOf);
}
