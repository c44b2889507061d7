/**
 * What decides whether a finding is shown: inline pragmas (image-actions' and hadolint's),
 * BuildKit's `# check=` directive and comments, config severities, profiles.
 */
import { describe, expect, test } from 'vitest';
import { finalizeFindings, isKnownRule, lintDockerfile, parseCheckOptions, type LintSettings } from '../../../src/core/lint/lint.js';

function rules(dockerfile: string, settings: Partial<LintSettings> = {}, extra: Parameters<typeof finalizeFindings>[1] = []) {
  const full: LintSettings = { profile: 'none', ...settings };
  return finalizeFindings(lintDockerfile(dockerfile, full), extra, full).map((f) => `${f.line}:${f.rule}:${f.severity}`);
}

const base = 'FROM debian:latest\nRUN apt-get install -y curl\n';

describe('suppressing findings', () => {
  test('without pragmas', () => {
    expect(rules(base)).toEqual(['1:DL3007:warning', '1:BaseImageNotPinned:info', '2:DL3008:warning', '2:DL3015:info']);
  });

  test.each([
    ['# image-actions ignore=DL3008,DL3015\n', ['1:DL3007:warning', '1:BaseImageNotPinned:info']],
    ['# hadolint ignore=DL3008\n', ['1:DL3007:warning', '1:BaseImageNotPinned:info', '2:DL3015:info']],
    ['# a comment first\n# hadolint ignore=DL3015\n', ['1:DL3007:warning', '1:BaseImageNotPinned:info', '2:DL3008:warning']],
  ])('a pragma on the lines before an instruction: %j', (pragma, expected) => {
    const dockerfile = `FROM debian:latest\n${pragma}RUN apt-get install -y curl\n`;
    // Lines shift by the pragma's length; compare rules only.
    expect(rules(dockerfile).map((r) => r.split(':').slice(1).join(':'))).toEqual(expected.map((r) => r.split(':').slice(1).join(':')));
  });

  test('a pragma separated by another instruction does not reach', () => {
    expect(rules('FROM debian:12\n# hadolint ignore=DL3008\nENV A=1\nRUN apt-get install -y --no-install-recommends curl\n')).toContain(
      '4:DL3008:warning',
    );
  });

  test('global pragmas, anywhere in the file', () => {
    expect(rules(`${base}# hadolint global ignore=DL3008,DL3007\n# image-actions global ignore=BaseImageNotPinned\n`)).toEqual([
      '2:DL3015:info',
    ]);
  });

  test("BuildKit's check directive: skip, skip=all (BuildKit's checks only), error=true", () => {
    const dockerfile = 'FROM alpine:3 as Build\nCMD run\n';
    expect(rules(dockerfile)).toEqual([
      '1:FromAsCasing:warning',
      '1:StageNameCasing:warning',
      '1:BaseImageNotPinned:info',
      '2:JSONArgsRecommended:warning',
    ]);
    // DL3025 is JSONArgsRecommended's twin: skipping one by name skips both.
    expect(rules(`# check=skip=FromAsCasing,JSONArgsRecommended\n${dockerfile}`)).toEqual([
      '2:StageNameCasing:warning',
      '2:BaseImageNotPinned:info',
    ]);
    expect(rules(`# check=skip=all\n${dockerfile}`)).toEqual(['2:BaseImageNotPinned:info', '3:DL3025:warning']);
    expect(rules(`# check=error=true\n${dockerfile}`)).toEqual([
      '2:FromAsCasing:error',
      '2:StageNameCasing:error',
      '2:BaseImageNotPinned:info',
      '3:JSONArgsRecommended:error',
    ]);
  });

  test('a check=skip comment before one instruction skips there only (BuildKit reads PrevComment)', () => {
    expect(rules('FROM alpine:3\n# check=skip=JSONArgsRecommended\nCMD run\nENTRYPOINT go\n')).toEqual([
      '1:BaseImageNotPinned:info',
      '4:JSONArgsRecommended:warning',
    ]);
  });

  test('config severities and off', () => {
    expect(rules(base, { overrides: { DL3007: 'error', BaseImageNotPinned: 'off', DL3015: 'warning' } })).toEqual([
      '1:DL3007:error',
      '2:DL3008:warning',
      '2:DL3015:warning',
    ]);
  });

  test('ShellCheck findings go through the same filters, by their code', () => {
    const extra = [{ rule: 'SC2086', severity: 'info' as const, line: 2, message: 'SC2086: quote', fix: 'f', docs: 'd' }];
    expect(rules('FROM a:1\nRUN echo $1\n', {}, extra)).toContain('2:SC2086:info');
    expect(rules('FROM a:1\n# image-actions ignore=SC2086\nRUN echo $1\n', {}, [{ ...extra[0]!, line: 3 }])).not.toContain('3:SC2086:info');
    expect(rules('FROM a:1\nRUN echo $1\n', { overrides: { SC2086: 'error' } }, extra)).toContain('2:SC2086:error');
  });

  test('findings are sorted by line, then severity', () => {
    const lines = rules('FROM debian\nMAINTAINER x\nRUN sudo x\n').map((r) => Number(r.split(':')[0]));
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });
});

describe('check options and rule ids', () => {
  test.each([
    ['skip=A,B', { skip: ['A', 'B'], error: false }],
    ['skip=all;error=true', { skipAll: true, error: true }],
    [' experimental=all ', { experimentalAll: true }],
  ])('%j parses', (value, expected) => {
    const options = parseCheckOptions(value);
    expect(options).toBeDefined();
    if ('skip' in expected) expect([...(options?.skip ?? [])]).toEqual(expected.skip);
    if ('skipAll' in expected) expect(options?.skipAll).toBe(true);
    if ('error' in expected) expect(options?.error).toBe(expected.error);
    if ('experimentalAll' in expected) expect(options?.experimentalAll).toBe(true);
  });

  test.each(['skip', 'nope=1', 'error=maybe'])('%j does not parse (BuildKit ignores the directive then)', (value) => {
    expect(parseCheckOptions(value)).toBeUndefined();
  });

  test.each([
    ['DL3008', true],
    ['UndefinedVar', true],
    ['SC2086', true],
    ['DL9999', false],
    ['undefinedvar', false],
  ])('%s is known: %s', (id, known) => {
    expect(isKnownRule(id)).toBe(known);
  });
});
