import { describe, expect, test } from 'vitest';
import { pipInstallArgs, readShellScript } from '../../../src/core/lint/shell-script.js';

const names = (script: string) => readShellScript(script).commands.map((c) => [c.name, ...c.args].join(' '));

describe('reading RUN scripts', () => {
  test.each([
    ['apt-get update && apt-get install -y curl', ['apt-get update', 'apt-get install -y curl']],
    ['a; b || c | d & e', ['a', 'b', 'c', 'd', 'e']],
    ['echo "a && b" \'c | d\' e\\ f', ['echo a && b c | d e f']],
    ['DEBIAN_FRONTEND=noninteractive apt-get install x', ['apt-get install x']],
    ['if [ -f x ]; then cd /y; fi', ['[ -f x ]', 'cd /y']],
    ['for f in a b; do rm $f; done', ['rm $f']],
    ['(cd /x && make) && { echo ok; }', ['cd /x', 'make', 'echo ok']],
    ['echo $(cat /etc/os-release | grep ID) `date`', ['echo $(cat /etc/os-release | grep ID) `date`']],
    ['make 2>&1 | tee log &> /dev/null', ['make 2>&1', 'tee log &> /dev/null']],
    ['a \\\n  && b # comment && c\nd', ['a', 'b', 'd']],
  ])('%j', (script, expected) => {
    expect(names(script)).toEqual(expected);
  });

  test.each([
    ['a | b', true],
    ['a || b', false],
    ['echo "a | b"', false],
    ['echo $(a | b)', false],
    ['make 2>&1 | tee x', true],
  ])('%j has a pipe: %s', (script, pipe) => {
    expect(readShellScript(script).hasPipe).toBe(pipe);
  });

  test.each([
    ['pip install a', ['a']],
    ['pip3.12 install -U a', ['-U', 'a']],
    ['/databricks/python3/bin/pip install a', ['a']],
    ['python3 -m pip install a', ['a']],
    ['pip download a', undefined],
    ['python3 -m venv v', undefined],
  ])('%j is a pip install of %j', (script, args) => {
    const command = readShellScript(script).commands[0];
    expect(command && pipInstallArgs(command)).toEqual(args);
  });
});
