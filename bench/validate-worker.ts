/**
 * The in-process side of the validate benchmark (bench/validate.ts starts it): in one process,
 * round after round, (a) dockerfile-ast alone reading and parsing the 500 Dockerfiles, and (b)
 * validate doing all it does in-process for them — list the workspace, read, parse, lint with
 * every rule, gather context facts, finalize — with ShellCheck (a process per batch) and the
 * registry left out, and the workspace listed by walking it (the action asks `git ls-files` in a
 * checkout: one more process, like ShellCheck). Best of N each; prints one JSON line.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DockerfileParser } from 'dockerfile-ast';
import { validateFiles } from '../src/validate/validate-files.ts';
import { parseDockerfile } from '../src/core/dockerfile/syntax.ts';
import { defaultGlobs } from '../src/validate/sources.ts';
import { CommandNotFoundError, SpawnRunner, type CommandRunner } from '../src/runtime/exec.ts';

const [workspace = '', roundsText = '5'] = process.argv.slice(2);
const rounds = Number(roundsText);
const files = Array.from({ length: 500 }, (_, n) => path.join(workspace, 'images', `image-${String(n).padStart(3, '0')}`, 'Dockerfile'));
const noShellcheck: CommandRunner = {
  run: async (command) => Promise.reject(new CommandNotFoundError(command, new Error('left out of the bench'))),
};
const request = { workspace, globs: defaultGlobs(), explicit: false, profile: 'none' as const, changedOnly: false };

/** CPU time (user + system) of this process, in ms: what the work cost, whatever else the machine runs. */
function cpu(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

function time(work: () => unknown): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

async function timeAsync(work: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  const start = performance.now();
  const startCpu = cpu();
  await work();
  return { wall: performance.now() - start, cpu: cpu() - startCpu };
}

const best = { reference: Infinity, validate: Infinity, read: Infinity, parse: Infinity, referenceCpu: Infinity, validateCpu: Infinity };
let findings = 0;
let units = 0;
// Five rounds warm both up (the JIT); then they alternate, so background load hits both alike.
const WARM_UP = 5;
for (let round = 0; round < WARM_UP + rounds; round++) {
  const reference = await timeAsync(async () => {
    for (const file of files) DockerfileParser.parse(readFileSync(file, 'utf8'));
  });
  const validate = await timeAsync(async () => {
    const outcome = await validateFiles(request, { runner: noShellcheck });
    findings = outcome.findings.length;
    units = outcome.units.length;
  });
  const read = time(() => {
    for (const file of files) readFileSync(file, 'utf8');
  });
  const texts = files.map((file) => readFileSync(file, 'utf8'));
  const parse = time(() => {
    for (const text of texts) parseDockerfile(text);
  });
  if (round < WARM_UP) continue;
  best.reference = Math.min(best.reference, reference.wall);
  best.validate = Math.min(best.validate, validate.wall);
  best.referenceCpu = Math.min(best.referenceCpu, reference.cpu);
  best.validateCpu = Math.min(best.validateCpu, validate.cpu);
  best.read = Math.min(best.read, read);
  best.parse = Math.min(best.parse, parse);
}
// For information: the same with ShellCheck (one process per 200 RUN scripts), once.
const withShellcheck = await timeAsync(() => validateFiles(request, { runner: new SpawnRunner(() => {}) }));
console.log(JSON.stringify({ ...best, withShellcheck: withShellcheck.wall, findings, units }));
