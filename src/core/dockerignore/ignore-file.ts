/**
 * Reading a `.dockerignore` file the way Docker does (moby/patternmatcher/ignorefile.ReadAll) and
 * choosing which ignore file applies (BuildKit: `<Dockerfile>.dockerignore` beside the Dockerfile
 * wins over `<context>/.dockerignore`).
 */
import path from 'node:path';
import { goClean, goTrimSpace } from './go-path.js';

/**
 * Go's ignorefile.ReadAll: a BOM on the first line is dropped; a line whose FIRST character is `#`
 * is a comment (checked before trimming, so ` # x` is a pattern); lines are trimmed, empty ones
 * skipped; `!` marks an exception (spaces after it trimmed); patterns are cleaned (`foo/` → `foo`,
 * `a/../b` → `b`) and one leading `/` is removed.
 */
export function readIgnorePatterns(text: string): string[] {
  const patterns: string[] = [];
  // bufio.ScanLines: split on \n, drop one trailing \r per line.
  const lines = text.split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  lines.forEach((rawLine, index) => {
    let line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    if (index === 0 && line.startsWith('\uFEFF')) line = line.slice(1);
    if (line.startsWith('#')) return;
    let pattern = goTrimSpace(line);
    if (pattern === '') return;
    const invert = pattern[0] === '!';
    if (invert) pattern = goTrimSpace(pattern.slice(1));
    if (pattern.length > 0) {
      pattern = goClean(pattern);
      if (pattern.length > 1 && pattern[0] === '/') pattern = pattern.slice(1);
    }
    patterns.push(invert ? `!${pattern}` : pattern);
  });
  return patterns;
}

/** Where an ignore file may be, best first; `label` is its path relative to the context, for the manifest. */
export interface IgnoreFileCandidate {
  file: string;
  label: string;
}

/**
 * The ignore files Docker would consult for this build, in order of precedence:
 * `<dir of Dockerfile>/<Dockerfile name>.dockerignore`, then `<context>/.dockerignore`.
 */
export function ignoreFileCandidates(contextDir: string, dockerfile: string): IgnoreFileCandidate[] {
  const specific = `${dockerfile}.dockerignore`;
  return [
    { file: specific, label: path.relative(contextDir, specific).split(path.sep).join('/') },
    { file: path.join(contextDir, '.dockerignore'), label: '.dockerignore' },
  ];
}
