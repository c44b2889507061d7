/**
 * Image specs built for real: the build action (dist bundle, as the runner runs it) renders a spec
 * on the local busybox base and builds it with buildah — `env` with `${VAR}`, `workdir`,
 * `commands`, `user` and `source` with a .dockerignore — then skopeo reads the pushed config and
 * buildah runs the image to look at its files. The next run reuses it; a bad spec builds nothing;
 * `skip-build` uses the parent as is; `hash`, `render --context-dir` and `plan` agree with the build.
 * (apt, pip and uv layers download packages: not run here, see the golden files.)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { repoRoot } from '../../harness/run-action.js';
import { makeTempDir } from '../../support/git-repo.js';
import { describeRun, runBuild, startBuildFixture, workspaceRepo, type BuildFixture } from './fixture.js';

let fixture: BuildFixture;
beforeAll(async () => {
  fixture = await startBuildFixture();
}, 180_000);
afterAll(async () => {
  await fixture?.stop();
});

const budCalls = () => fixture.buildahCalls().filter((call) => / bud /.test(` ${call} `));

function spec(base: string): string {
  return [
    '# The busybox base has only a few applets: the first layer installs the rest.',
    `base: ${base}`,
    'layers:',
    '  - commands: ["/bin/busybox --install -s /bin"]',
    '  - env: {GREETING: "hello from ${STAGE}", PLAIN: "a b", COST: "$$5"}',
    '  - workdir: /app',
    '  - source: {src: src, dst: /app/src}',
    '  - commands: ["cat /app/src/main.txt > /app/built.txt"]',
    '  - user: {name: runner, uid: 1234}',
    '',
  ].join('\n');
}

const sources = {
  'src/main.txt': 'main\n',
  'src/lib/util.txt': 'util\n',
  'src/secret.env': 'TOKEN=no\n',
  'src/cache/x.tmp': 'tmp\n',
  'src/cache/keep.tmp': 'kept\n',
  '.dockerignore': '.git\n**/*.env\nsrc/cache\n!src/cache/keep.tmp\n',
  'README.md': 'not named by the spec\n',
};

function cli(workspace: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'dist/cli/index.js'), ...args], {
    cwd: workspace,
    env: { PATH: process.env.PATH ?? '', HOME: makeTempDir('spec-cli-home-'), GITHUB_WORKSPACE: workspace, ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function skopeoConfig(ref: string): { config?: { Env?: string[]; WorkingDir?: string; User?: string; Labels?: Record<string, string> } } {
  return JSON.parse(
    execFileSync('skopeo', ['inspect', '--tls-verify=false', '--config', `docker://${ref}`], { encoding: 'utf8' }),
  ) as never;
}

/** Runs a shell line inside the pushed image (buildah, chroot isolation, the image's own USER). */
function inImage(ref: string, script: string): string {
  const container = fixture.store.buildah(['from', '--quiet', '--tls-verify=false', `docker://${ref}`]).trim();
  try {
    return fixture.store.buildah(['run', '--isolation', 'chroot', container, '--', 'sh', '-c', script]);
  } finally {
    fixture.store.buildah(['rm', container]);
  }
}

describe('a spec built with buildah', () => {
  let repo: { dir: string; commit: string };
  let image: string;
  let first: Awaited<ReturnType<typeof runBuild>>;
  beforeAll(async () => {
    repo = workspaceRepo({ 'image.yaml': spec(fixture.base), ...sources });
    image = `${fixture.registry.host}/spec/app`;
    fixture.resetBuildahCalls();
    first = await runBuild(fixture, {
      workspace: repo.dir,
      commit: repo.commit,
      inputs: { image, spec: 'image.yaml' },
      env: { STAGE: 'ci' },
    });
  }, 300_000);

  test('builds once and pushes the hash tag', () => {
    expect(first.exitCode, describeRun(first)).toBe(0);
    expect(first.outputs.reused).toBe('false');
    expect(first.outputs.image).toBe(`${image}@${first.outputs.digest}`);
    expect(budCalls()).toHaveLength(1);
    expect(first.stdout).toContain(`Base ${fixture.base} → ${fixture.baseDigest}`);
  });

  test('the config: env with ${VAR} substituted and $$ kept literal, workdir, user', () => {
    const config = skopeoConfig(`${image}:${first.outputs.tag}`).config;
    expect(config?.Env).toEqual(expect.arrayContaining(['GREETING=hello from ci', 'PLAIN=a b', 'COST=$5']));
    expect(config?.WorkingDir).toBe('/app');
    expect(config?.User).toBe('runner');
    expect(config?.Labels?.['org.opencontainers.image.revision']).toBe(repo.commit);
  });

  test('the files: sources after .dockerignore (with its ! exception), the command’s output, owned by the user', () => {
    const out = inImage(
      `${image}:${first.outputs.tag}`,
      'find /app | sort; cat /app/built.txt; id -u; stat -c %u /app /app/built.txt; grep ^runner: /etc/passwd',
    );
    expect(out.split('\n')).toEqual([
      '/app',
      '/app/built.txt',
      '/app/src',
      '/app/src/cache',
      '/app/src/cache/keep.tmp',
      '/app/src/lib',
      '/app/src/lib/util.txt',
      '/app/src/main.txt',
      'main',
      '1234',
      '1234',
      '1234',
      'runner:x:1234:1234::/home/runner:/bin/sh',
      '',
    ]);
  });

  test('the next run reuses the image: same spec, nothing built', async () => {
    fixture.resetBuildahCalls();
    const second = await runBuild(fixture, {
      workspace: repo.dir,
      commit: repo.commit,
      inputs: { image, spec: 'image.yaml' },
      env: { STAGE: 'ci' },
    });
    expect(second.exitCode, describeRun(second)).toBe(0);
    expect(second.outputs.reused).toBe('true');
    expect(second.outputs.digest).toBe(first.outputs.digest);
    expect(fixture.buildahCalls()).toEqual([]);
  }, 120_000);

  test('the hash action and `render --context-dir` + a Dockerfile hash agree with the build', () => {
    const hashed = cli(repo.dir, ['hash', '--spec', 'image.yaml'], { STAGE: 'ci' });
    expect(hashed.status, hashed.stderr).toBe(0);
    expect((JSON.parse(hashed.stdout) as { hash: string }).hash).toBe(first.outputs.hash);

    const rendered = cli(repo.dir, ['render', 'image.yaml', '--context-dir', 'rendered'], { STAGE: 'ci' });
    expect(rendered.status, rendered.stderr).toBe(0);
    expect(rendered.stdout).toBe(readFileSync(path.join(repo.dir, 'rendered/Dockerfile'), 'utf8'));
    expect(rendered.stderr).toContain('wrote rendered: Dockerfile, .dockerignore and 3 files the spec copies');
    const plain = cli(repo.dir, ['hash', '--context', 'rendered', '--dockerfile', 'rendered/Dockerfile']);
    expect(plain.status, plain.stderr).toBe(0);
    expect((JSON.parse(plain.stdout) as { hash: string }).hash).toBe(first.outputs.hash);
  });

  test('another env value is another image', () => {
    const hashed = cli(repo.dir, ['hash', '--spec', 'image.yaml'], { STAGE: 'prod' });
    expect(hashed.status, hashed.stderr).toBe(0);
    expect((JSON.parse(hashed.stdout) as { hash: string }).hash).not.toBe(first.outputs.hash);
  });
});

describe('bad specs build nothing', () => {
  test.each<[string, string, Record<string, string>, RegExp]>([
    [
      'an unknown key',
      'base: BASE\nlayers:\n  - workdri: /app\n',
      {},
      /image\.yaml:3: layers\[0\]\.workdri: unknown key 'workdri' \(did you mean 'workdir'\?\)/,
    ],
    [
      'two bases',
      'base: BASE\ndockerfile: Dockerfile\n',
      {},
      /image\.yaml:2: dockerfile: two bases \('base' and 'dockerfile'\): give exactly one/,
    ],
    [
      'a layer after dockerfile:',
      'dockerfile: Dockerfile\nlayers:\n  - workdir: /app\n',
      { Dockerfile: 'FROM x:1\n' },
      /image\.yaml:3: layers\[0\]: a layer after dockerfile:/,
    ],
    [
      'a missing file',
      'base: BASE\nlayers:\n  - workdir: /app\n  - source: {src: nope, dst: /app}\n',
      {},
      /image\.yaml:4: layers\[1\]: 'nope' does not exist/,
    ],
    [
      'an unset ${VAR}',
      'base: BASE\nlayers:\n  - env: {A: "${NOT_SET_ANYWHERE}"}\n',
      {},
      /image\.yaml:3: layers\[0\]\.env\.A: \$\{NOT_SET_ANYWHERE\} is not set/,
    ],
    [
      'requirements not ending in .txt',
      'base: BASE\nlayers:\n  - requirements: deps.lock\n',
      { 'deps.lock': '' },
      /must be a \.txt requirements file/,
    ],
    ['skip-build without parent', 'base: BASE\nskip-build: true\n', {}, /image\.yaml:2: skip-build: needs parent/],
  ])(
    '%s',
    async (_name, text, files, message) => {
      const repo = workspaceRepo({ 'image.yaml': text.replace('BASE', fixture.base), ...files });
      fixture.resetBuildahCalls();
      const result = await runBuild(fixture, {
        workspace: repo.dir,
        commit: repo.commit,
        inputs: { image: `${fixture.registry.host}/spec/bad`, spec: 'image.yaml' },
      });
      expect(result.exitCode).toBe(1);
      expect(result.errors.join('\n')).toMatch(message);
      expect(fixture.buildahCalls()).toEqual([]);
      expect(result.outputs.digest).toBeUndefined();
    },
    60_000,
  );
});

describe('secret mounts', () => {
  test('a secret the spec mounts but no input gives fails before building', async () => {
    const repo = workspaceRepo({
      'image.yaml': `base: ${fixture.base}\nlayers:\n  - commands:\n      run: ["cat /run/secrets/token > /dev/null"]\n      secret-mounts: [{id: token, target: /run/secrets/token}]\n`,
    });
    fixture.resetBuildahCalls();
    const result = await runBuild(fixture, {
      workspace: repo.dir,
      commit: repo.commit,
      inputs: { image: `${fixture.registry.host}/spec/secret`, spec: 'image.yaml' },
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors.join('\n')).toContain(
      "Input 'secrets': the spec mounts the secret 'token', but no secrets, secret-envs or secret-files input gives it",
    );
    expect(budCalls()).toEqual([]);
  }, 60_000);
});

describe('skip-build', () => {
  test('the parent is the image, pinned by digest; nothing is built or pushed', async () => {
    const repo = workspaceRepo({ 'image.yaml': `parent: ${fixture.base}\nskip-build: true\n` });
    fixture.resetBuildahCalls();
    const result = await runBuild(fixture, { workspace: repo.dir, commit: repo.commit, inputs: { spec: 'image.yaml' } });
    expect(result.exitCode, describeRun(result)).toBe(0);
    expect(result.outputs.image).toBe(`${fixture.base.replace(/:1$/, '')}@${fixture.baseDigest}`);
    expect(result.outputs.reused).toBe('true');
    expect(result.outputs.tag).toBe('');
    expect(fixture.buildahCalls()).toEqual([]);
  }, 60_000);
});

describe('plan with spec entries', () => {
  test('an inline spec already built is reused; a spec file is planned and its matrix entry builds the planned hash', async () => {
    const host = fixture.registry.host;
    const inline = spec(fixture.base)
      .split('\n')
      .filter((line) => line && !line.startsWith('#'))
      .map((line) => `      ${line}`)
      .join('\n');
    const repo = workspaceRepo({
      'image.yaml': spec(fixture.base),
      ...sources,
      'scorer/image.yaml': `base: ${fixture.base}\nregistry: ${host}\nname: spec/scorer\ntag: stable\nlayers:\n  - env: {MODE: score}\n`,
      'images.yaml': [
        'images:',
        '  - name: trainer',
        `    image: ${host}/spec/trainer`,
        '    spec:',
        inline,
        '  - name: scorer',
        '    spec: scorer/image.yaml',
        '',
      ].join('\n'),
    });
    const built = await runBuild(fixture, {
      workspace: repo.dir,
      commit: repo.commit,
      inputs: { image: `${host}/spec/trainer`, spec: 'images.yaml#trainer' },
      env: { STAGE: 'ci' },
    });
    expect(built.exitCode, describeRun(built)).toBe(0);

    const planned = cli(repo.dir, ['plan', '--file', 'images.yaml'], { STAGE: 'ci' });
    expect(planned.status, planned.stderr).toBe(0);
    const output = JSON.parse(planned.stdout) as { include: Array<Record<string, string>>; reused: Array<Record<string, string>> };
    expect(output.reused).toEqual([
      {
        name: 'trainer',
        image: `${host}/spec/trainer@${built.outputs.digest}`,
        digest: built.outputs.digest,
        tag: built.outputs.tag,
        hash: built.outputs.hash,
      },
    ]);
    expect(output.include).toHaveLength(1);
    expect(output.include[0]).toMatchObject({
      name: 'scorer',
      image: `${host}/spec/scorer`,
      spec: 'scorer/image.yaml',
      context: '.',
      dockerfile: '',
    });

    const scorer = output.include[0] as Record<string, string>;
    const next = await runBuild(fixture, {
      workspace: repo.dir,
      commit: repo.commit,
      inputs: {
        image: scorer.image ?? '',
        spec: scorer.spec ?? '',
        context: scorer.context ?? '',
        dockerfile: scorer.dockerfile ?? '',
        platforms: scorer.platforms ?? '',
      },
    });
    expect(next.exitCode, describeRun(next)).toBe(0);
    expect(next.outputs.hash).toBe(scorer.hash);
    // The spec's tag is one more name for the image, beside the hash tag.
    expect(JSON.parse(next.outputs.tags ?? '')).toEqual([`${host}/spec/scorer:${next.outputs.tag}`, `${host}/spec/scorer:stable`]);
    const config = skopeoConfig(`${host}/spec/scorer:${next.outputs.tag}`).config;
    expect(config?.Env).toContain('MODE=score');
  }, 300_000);
});
