/**
 * The action log (stdout: the runner reads workflow commands there) and the CLI's answer, written
 * straight to file descriptors 1 and 2. `process.stdout` and `process.stderr` are streams Node
 * builds on first use; for a pipe, which is what the runner and most callers give, that means a
 * `net.Socket` and the modules behind it, some 8 ms at every start (issue 8: start ≤ 1.5 × `node
 * -e 0`). A write the descriptor refuses (a non-blocking pipe that is full, a closed one) goes
 * through the stream from then on, as it would have anyway; Node writes stdio pipes and files
 * synchronously, so the order of lines is kept either way.
 */
import { writeSync } from 'node:fs';

const useStream = new Set<number>();

function stream(fd: 1 | 2): NodeJS.WriteStream {
  return fd === 1 ? process.stdout : process.stderr;
}

export function writeFd(fd: 1 | 2, text: string): void {
  if (text === '') return;
  if (useStream.has(fd)) {
    stream(fd).write(text);
    return;
  }
  const bytes = Buffer.from(text, 'utf8');
  let written = 0;
  try {
    while (written < bytes.length) written += writeSync(fd, bytes, written);
  } catch {
    useStream.add(fd);
    stream(fd).write(bytes.subarray(written));
  }
}

let logSink: ((text: string) => void) | undefined;

/** The action log: stdout, unless redirected (the CLI keeps stdout for its JSON answer; tests capture it). */
export function writeLog(text: string): void {
  if (logSink) logSink(text);
  else writeFd(1, text);
}

/** Sends the action log to `sink` until the returned function is called. */
export function redirectLog(sink: (text: string) => void): () => void {
  const before = logSink;
  logSink = sink;
  return () => {
    logSink = before;
  };
}
