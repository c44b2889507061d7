/**
 * The validate action in-process (unit project: no git, no shellcheck, no registry, no GitHub —
 * each is a seam here): discovery and findings, outputs, annotations, summary, SARIF, fail-on, the
 * PR comment against a local GitHub-shaped server, and one clear error per kind of bad input with
 * nothing written.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { run, type ValidateSeams } from '../../../src/actions/validate/main.js';
import { commentClient } from '../../../src/github/pr-comment.js';
import { DEFINITION_SOURCES } from '../../../src/validate/sources.js';
import type { CommandRunner } from '../../../src/runtime/exec.js';
import type { RegistryClient } from '../../../src/registry/client.js';
import { runInProcess } from '../../harness/in-process.js';
import { makeTempDir, writeTree } from '../../support/git-repo.js';
import { startFakeGitHub, type FakeGitHub } from '../../github/fake-github.js';

const DIGEST = `sha256:${'d'.repeat(64)}`;

/** No git (the workspace is walked) and no shellcheck installed, unless `shellcheck` answers. */
function fakeRunner(shellcheck?: (files: string[]) => object): CommandRunner {
  return {
    run: async (command, args) => {
      if (command === 'git') return { exitCode: 128, output: 'fatal: not a git repository', stdout: '' };
      if (command === 'shellcheck' && shellcheck) {
        if (args[0] === '--version') return { exitCode: 0, output: '', stdout: 'version: 0.9.0' };
        return { exitCode: 1, output: '', stdout: JSON.stringify(shellcheck(args.filter((a) => a.endsWith('.sh')))) };
      }
      const error = Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      const { CommandNotFoundError } = await import('../../../src/runtime/exec.js');
      throw new CommandNotFoundError(command, error);
    },
  };
}

/** A registry that knows python:3.12-slim (digest, environment) and nothing else. */
const fakeRegistry = {
  resolveDigest: async (ref: string) => {
    if (ref !== 'python:3.12-slim') throw new Error('unknown');
    return DIGEST;
  },
  imageConfig: async (ref: string) => {
    if (ref !== 'python:3.12-slim') throw new Error('unknown');
    return { config: { Env: ['PATH=/usr/local/bin:/usr/bin', 'PYTHON_VERSION=3.12.4', 'LANG=C.UTF-8'] } };
  },
} as unknown as RegistryClient;

function seams(extra: Partial<ValidateSeams> = {}): Partial<ValidateSeams> {
  return { runner: fakeRunner(), registry: () => fakeRegistry, sources: DEFINITION_SOURCES, ...extra };
}

function workspace(files: Record<string, string | Buffer> = {}): string {
  const dir = makeTempDir('validate-');
  writeTree(dir, {
    'images/ml/Dockerfile': 'FROM python:3.12-slim\nRUN pip install pandas\nCOPY $PYTHON_VERSON /x\nCMD python -m app\n',
    'images/ml/.dockerignore': '*.log\n',
    'images/api/Dockerfile': 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nCMD ["python", "-m", "api"]\n',
    'images/api/.dockerignore': '.git\n',
    'docs/README.md': '# not a Dockerfile\n',
    ...files,
  });
  return dir;
}

type Finding = { file: string; line: number; rule: string; severity: string; message: string; fix: string };
const findingsOf = (outputs: Record<string, string>) => JSON.parse(outputs.findings ?? '[]') as Finding[];

let github: FakeGitHub | undefined;
afterEach(async () => {
  await github?.close();
  github = undefined;
});

describe('validate action (in-process)', () => {
  test('every Dockerfile of the workspace: findings as outputs, annotations and summary; base facts from the registry', async () => {
    const ws = workspace();
    const result = await runInProcess('validate', () => run(seams()), { workspace: ws });
    const findings = findingsOf(result.outputs);
    expect(findings.map((f) => `${f.file}:${f.line}:${f.rule}`)).toEqual([
      'images/api/Dockerfile:1:BaseImageNotPinned',
      'images/ml/Dockerfile:1:BaseImageNotPinned',
      'images/ml/Dockerfile:2:DL3013',
      'images/ml/Dockerfile:2:DL3042',
      'images/ml/Dockerfile:3:UndefinedVar',
      'images/ml/Dockerfile:4:JSONArgsRecommended',
    ]);
    // The registry named the digest to pin, and the image's environment made UndefinedVar exact.
    expect(findings[0]?.fix).toContain(`FROM python:3.12-slim@${DIGEST}`);
    expect(findings.find((f) => f.rule === 'UndefinedVar')?.message).toBe(
      "Usage of undefined variable '$PYTHON_VERSON' (did you mean $PYTHON_VERSION?)",
    );
    expect(result.outputs).toMatchObject({ errors: '0', warnings: '4', 'sarif-file': '' });
    expect(result.exitCode).toBeUndefined();
    expect(result.log).toContain('::warning title=UndefinedVar,file=images/ml/Dockerfile,line=3::Usage of undefined variable');
    expect(result.log).toContain('::notice title=BaseImageNotPinned,file=images/api/Dockerfile,line=1::');
    expect(result.log).toContain('ShellCheck: shellcheck is not installed');
    expect(result.summary).toContain('<th>Rule</th><th>Where</th><th>Message</th><th>Fix</th>');
    expect(result.summary).toContain('<code>images/ml/Dockerfile:3</code>');
  });

  test('fail-on: warnings fail when asked; never never fails', async () => {
    const ws = workspace();
    const failing = await runInProcess('validate', () => run(seams()), { workspace: ws, inputs: { 'fail-on': 'warning' } });
    expect(failing.exitCode).toBe(1);
    expect(failing.errors.join('\n')).toMatch(/^4 findings at or above fail-on: warning \(0 errors, 4 warnings, 2 info\)/);
    const never = await runInProcess('validate', () => run(seams()), {
      workspace: ws,
      inputs: { 'fail-on': 'never', files: 'images/**/Dockerfile' },
    });
    expect(never.exitCode).toBeUndefined();
  });

  test('a Dockerfile docker build refuses is an error, on its line, and fails the step', async () => {
    const ws = workspace({ 'images/bad/Dockerfile': 'FROM python:3.12-slim\nRUNN pip install x\n' });
    const result = await runInProcess('validate', () => run(seams()), {
      workspace: ws,
      inputs: { files: 'images/bad/Dockerfile', 'resolve-images': 'false' },
    });
    expect(findingsOf(result.outputs).map((f) => `${f.line}:${f.rule}:${f.severity}`)).toContain('2:DockerfileParse:error');
    expect(result.log).toContain(
      '::error title=DockerfileParse,file=images/bad/Dockerfile,line=2::docker build refuses this: unknown instruction: RUNN (did you mean RUN?)',
    );
    expect(result.exitCode).toBe(1);
  });

  test('SARIF written where asked, with every finding', async () => {
    const ws = workspace();
    const result = await runInProcess('validate', () => run(seams()), { workspace: ws, inputs: { 'sarif-file': 'out/validate.sarif' } });
    const file = path.join(ws, 'out/validate.sarif');
    expect(result.outputs['sarif-file']).toBe(file);
    const sarif = JSON.parse(readFileSync(file, 'utf8')) as { version: string; runs: Array<{ results: unknown[] }> };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]?.results).toHaveLength(findingsOf(result.outputs).length);
  });

  test('ShellCheck findings join the rest, on the Dockerfile line', async () => {
    const ws = workspace();
    const runner = fakeRunner((files) => ({
      comments: [{ file: files[0], line: 2, endLine: 2, column: 1, endColumn: 2, level: 'warning', code: 2046, message: 'Quote this.' }],
    }));
    const result = await runInProcess('validate', () => run(seams({ runner })), {
      workspace: ws,
      inputs: { files: 'images/ml/Dockerfile' },
    });
    expect(findingsOf(result.outputs)).toContainEqual(
      expect.objectContaining({ file: 'images/ml/Dockerfile', line: 2, rule: 'SC2046', severity: 'warning' }),
    );
  });

  test('images.yaml entries: their Dockerfile with the entry build, once; a broken images.yaml is a finding', async () => {
    const ws = workspace({
      'images.yaml': 'images:\n  - name: ml\n    image: ghcr.io/acme/ml\n    context: images/ml\n    platforms: [linux/arm64]\n',
      'other/images.yaml': 'images:\n  - name: x\n',
    });
    const result = await runInProcess('validate', () => run(seams()), {
      workspace: ws,
      inputs: { profile: 'dataworks', 'resolve-images': 'false' },
    });
    const findings = findingsOf(result.outputs);
    expect(findings.filter((f) => f.rule === 'DataWorksPlatform').map((f) => f.file)).toEqual(['images/ml/Dockerfile']);
    expect(findings.filter((f) => f.rule === 'DataWorksRegistry').map((f) => f.message)).toEqual([
      expect.stringContaining('ghcr.io/acme/ml'),
    ]);
    expect(findings.filter((f) => f.rule === 'ImageDefinitionInvalid').map((f) => f.file)).toEqual(['other/images.yaml']);
    expect(findings.filter((f) => f.file === 'images/ml/Dockerfile' && f.rule === 'DL3013')).toHaveLength(1);
  });

  test('config: per-file profile and severities', async () => {
    const ws = workspace({
      'validate.yaml': 'rules:\n  DL3013: off\n  JSONArgsRecommended: error\nfiles:\n  - match: images/api/**\n    profile: zenml\n',
    });
    const result = await runInProcess('validate', () => run(seams()), {
      workspace: ws,
      inputs: { config: 'validate.yaml', 'resolve-images': 'false' },
    });
    const findings = findingsOf(result.outputs);
    expect(findings.map((f) => f.rule)).not.toContain('DL3013');
    expect(findings.find((f) => f.rule === 'JSONArgsRecommended')?.severity).toBe('error');
    expect(findings.filter((f) => f.rule.startsWith('Zenml')).map((f) => `${f.file}:${f.rule}`)).toEqual([
      'images/api/Dockerfile:ZenmlPackages',
      'images/api/Dockerfile:ZenmlNonRootUser',
    ]);
    expect(result.exitCode).toBe(1);
  });

  test.each([
    [{ files: 'images/nope/**/Dockerfile' }, /^Input 'files': 'images\/nope\/\*\*\/Dockerfile' matches no file in the workspace\. /],
    [
      { profile: 'kubeflow' },
      /^Input 'profile': 'kubeflow' is not supported\. Use one of: none, databricks, dataworks, metaflow, zenml, flyte/,
    ],
    [{ config: 'bad.yaml' }, /^Input 'config': bad\.yaml is not valid: line 3: \/rules\/DL3008 must be one of: error, warning, info, off/],
    [{ config: 'unknown-rule.yaml' }, /^Input 'config': unknown-rule\.yaml is not valid: line 2: unknown rule 'DL9999'/],
    [{ config: 'missing.yaml' }, /^Input 'config': cannot read 'missing\.yaml' \(ENOENT\)/],
    [{ files: 'images/**/Dockerfile,blob/Dockerfile' }, /^Input 'files': 'blob\/Dockerfile' is not a text file \(it looks binary\)/],
    [{ 'fail-on': 'warnings' }, /^Input 'fail-on': 'warnings' is not supported/],
    [{ 'changed-only': 'true' }, /^Input 'changed-only': there is no base commit to compare with/],
    [{ 'sarif-file': '../outside.sarif' }, /^Input 'sarif-file': '\.\.\/outside\.sarif' resolves to .*, outside the workspace/],
  ])('bad input %j: one clear error naming the input, nothing written', async (inputs, message) => {
    const ws = workspace({
      'bad.yaml': 'profile: databricks\nrules:\n  DL3008: disabled\n',
      'unknown-rule.yaml': 'rules:\n  DL9999: off\n',
      'blob/Dockerfile': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01, 0x02]),
    });
    const result = await runInProcess('validate', () => run(seams()), {
      workspace: ws,
      inputs: { 'sarif-file': 'validate.sarif', ...inputs },
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(message);
    expect(existsSync(path.join(ws, 'validate.sarif'))).toBe(false);
    expect(result.outputs).toEqual({});
  });

  test('a workspace with nothing to validate passes, saying so', async () => {
    const ws = makeTempDir('validate-empty-');
    writeFileSync(path.join(ws, 'README.md'), 'x\n');
    const result = await runInProcess('validate', () => run(seams()), { workspace: ws });
    expect(result.exitCode).toBeUndefined();
    expect(result.outputs).toMatchObject({ errors: '0', warnings: '0', findings: '[]' });
    expect(result.summary).toContain('No findings.');
  });
});

describe('the pull-request comment', () => {
  const event = (baseSha = 'f'.repeat(40)) => ({
    pull_request: { number: 7, base: { sha: baseSha } },
    repository: { name: 'images', owner: { login: 'acme' } },
  });

  async function onPullRequest(ws: string, inputs: Record<string, string> = {}) {
    return runInProcess(
      'validate',
      () => run(seams({ github: (token, baseUrl) => commentClient({ token, baseUrl: baseUrl || (github as FakeGitHub).baseUrl }) })),
      {
        workspace: ws,
        eventName: 'pull_request',
        event: event(),
        inputs: { 'github-token': 'ghs_secret-token', ...inputs },
        env: { GITHUB_API_URL: (github as FakeGitHub).baseUrl, GITHUB_WORKFLOW: 'ci', GITHUB_JOB: 'validate' },
      },
    );
  }

  test('created on the first run, updated in place once fixed, saying so; the token never shows', async () => {
    github = await startFakeGitHub('acme', 'images', 7);
    const ws = workspace();
    const first = await onPullRequest(ws);
    expect(github.comments).toHaveLength(1);
    const body = github.comments[0]?.body ?? '';
    expect(body.split('\n')[0]).toBe('<!-- image-actions:validate ci/validate -->');
    expect(body).toContain('**0 errors, 4 warnings, 2 info** in 2 Dockerfiles.');
    expect(body).toContain('| ⚠️ | [UndefinedVar](https://docs.docker.com/go/dockerfile/rule/undefined-var/) | `images/ml/Dockerfile:3` |');
    expect(first.log).toMatch(/comment: created https:\/\/github\.com\/acme\/images\/pull\/7#issuecomment-\d+/);
    // Without git the base cannot be compared: everything is validated, and the step says why.
    expect(first.warnings.join('\n')).toContain('Cannot compare with ffffffffffffffffffffffffffffffffffffffff');

    writeTree(ws, {
      'images/ml/Dockerfile': `FROM python:3.12-slim@${DIGEST}\nCMD ["python", "-m", "app"]\n`,
      'images/api/Dockerfile': `FROM python:3.12-slim@${DIGEST}\nCMD ["python", "-m", "api"]\n`,
    });
    const second = await onPullRequest(ws);
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0]?.body).toContain('✅ No findings in 2 Dockerfiles.');
    expect(github.requests.map((r) => r.method)).toEqual(['GET', 'POST', 'GET', 'PATCH']);
    // The runner consumes ::add-mask:: and never prints it; nothing else may carry the token.
    for (const result of [first, second])
      expect(result.allText.replace('::add-mask::ghs_secret-token', '')).not.toContain('ghs_secret-token');
  });

  test('a clean pull request with no comment yet gets none', async () => {
    github = await startFakeGitHub('acme', 'images', 7);
    const ws = workspace({
      'images/ml/Dockerfile': `FROM python:3.12-slim@${DIGEST}\n`,
      'images/api/Dockerfile': `FROM python:3.12-slim@${DIGEST}\n`,
    });
    const result = await onPullRequest(ws);
    expect(github.comments).toHaveLength(0);
    expect(result.log).toContain('comment: nothing to say and no earlier comment to update');
  });

  test('a read-only token (a fork) warns and falls back to the summary; the findings alone decide the outcome', async () => {
    github = await startFakeGitHub('acme', 'images', 7);
    github.writeStatus = 403;
    const result = await onPullRequest(workspace());
    expect(result.warnings.join('\n')).toMatch(
      /comment: the token may not comment on this pull request \(HTTP 403; pull requests from forks get a read-only token\)/,
    );
    expect(result.exitCode).toBeUndefined();
    expect(result.summary).toContain('UndefinedVar');
  });

  test('comment: false writes nothing to GitHub', async () => {
    github = await startFakeGitHub('acme', 'images', 7);
    await onPullRequest(workspace(), { comment: 'false' });
    expect(github.requests).toEqual([]);
  });
});

describe('image specs are validated as the Dockerfile they render to', () => {
  test("findings point at the spec's own lines; a spec that cannot render is one finding per problem", async () => {
    const ws = workspace({
      'ml/image.yaml': [
        'base: python:3.12-slim',
        'layers:',
        '  - source: {src: app, dst: /app}',
        '  - pip: [pandas]',
        '  - workdir: /app',
        '',
      ].join('\n'),
      'ml/app/main.py': 'print(1)\n',
      'broken/trainer.image.yaml': 'base: python:3.12-slim\nlayers:\n  - pipp: [pandas]\n',
    });
    const result = await runInProcess('validate', () => run(seams()), { workspace: ws, inputs: { files: '**/*image.yaml' } });
    const findings = findingsOf(result.outputs);
    expect(findings.filter((f) => f.file === 'broken/trainer.image.yaml')).toEqual([
      expect.objectContaining({
        rule: 'ImageDefinitionInvalid',
        line: 3,
        message: expect.stringContaining("unknown key 'pipp' (did you mean 'pip'?)"),
      }),
    ]);
    const ml = findings.filter((f) => f.file === 'ml/image.yaml');
    // The source layer on line 3 comes before the pip layer: the renderer's advice, on that line.
    expect(ml).toContainEqual(expect.objectContaining({ rule: 'SpecLayerOrder', line: 3 }));
    // Rendered-Dockerfile findings land on the spec line that made them: the unpinned base (line 1)
    // and the unpinned pip package (line 4); the rendering itself brings nothing else.
    expect(ml.filter((f) => f.rule !== 'SpecLayerOrder').map((f) => `${f.line}:${f.rule}`)).toEqual(['1:BaseImageNotPinned', '4:DL3013']);
  });
});
