import { describe, expect, test } from 'vitest';
import { BuildahBuilder } from '../../src/builders/buildah.js';
import { BuildxBuilder } from '../../src/builders/buildx.js';
import { SpawnRunner, type CommandResult, type CommandRunner } from '../../src/runtime/exec.js';
import { parseBuilderChoice } from '../../src/builders/choice.js';
import { createBuilder, dockerEngineAnswers, resolveBuilderName } from '../../src/builders/detect.js';
import { InputError, StepError } from '../../src/core/errors.js';

/** Answers `docker version` the way a given machine would. */
function docker(answer: CommandResult | 'not installed'): CommandRunner & { calls: string[][] } {
  const calls: string[][] = [];
  return {
    calls,
    run: async (command, args) => {
      calls.push([command, ...args]);
      if (answer === 'not installed') throw new StepError(`Cannot run ${command}: '${command}' is not installed or not on PATH`);
      return answer;
    },
  };
}

describe('resolveBuilderName', () => {
  test.each<[string, string, CommandResult | 'not installed', string]>([
    ['engine answers', 'auto', { exitCode: 0, output: '27.5.1\n', stdout: '27.5.1\n' }, 'buildx'],
    [
      'CLI without an engine',
      'auto',
      { exitCode: 1, output: 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock.\n', stdout: '\n' },
      'buildah',
    ],
    ['no docker CLI at all', 'auto', 'not installed', 'buildah'],
    ['exit 0 but no server version', 'auto', { exitCode: 0, output: '', stdout: '' }, 'buildah'],
    ['explicit buildah even with an engine', 'buildah', { exitCode: 0, output: '27\n', stdout: '27\n' }, 'buildah'],
    ['explicit buildx even without an engine', 'buildx', 'not installed', 'buildx'],
    ['case and spaces forgiven', ' BuildAh ', 'not installed', 'buildah'],
  ])('%s: %s → %s', async (_name, choice, answer, expected) => {
    expect(await resolveBuilderName(choice, docker(answer))).toBe(expected);
  });

  test('auto asks the engine with docker version --format {{.Server.Version}}', async () => {
    const runner = docker({ exitCode: 0, output: '27\n', stdout: '27\n' });
    await resolveBuilderName('auto', runner);
    expect(runner.calls).toEqual([['docker', 'version', '--format', '{{.Server.Version}}']]);
  });

  test('an explicit choice asks nothing', async () => {
    const runner = docker('not installed');
    await resolveBuilderName('buildah', runner);
    expect(runner.calls).toEqual([]);
  });

  test('unknown builder: an input error naming builder and the choices', () => {
    expect(() => parseBuilderChoice('kaniko')).toThrow(InputError);
    expect(() => parseBuilderChoice('kaniko')).toThrow(
      "Input 'builder': 'kaniko' is not a known builder. Use one of: auto, buildx, buildah",
    );
  });

  test('a docker CLI that cannot start (real spawn) means no engine', async () => {
    expect(await dockerEngineAnswers(new SpawnRunner(() => undefined), 'no-such-docker-cli')).toBe(false);
  });
});

test('createBuilder gives the named implementation', () => {
  expect(createBuilder('buildah')).toBeInstanceOf(BuildahBuilder);
  expect(createBuilder('buildx')).toBeInstanceOf(BuildxBuilder);
  expect(createBuilder('buildx').name).toBe('buildx');
});
