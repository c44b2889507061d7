/**
 * Golden files: every layer kind and their combinations (test/fixtures/spec/<case>/image.yaml)
 * rendered through the spec reader must give exactly <case>/Dockerfile.golden, and the renderer's
 * advice exactly <case>/warnings.golden. `UPDATE_GOLDEN=1` rewrites them (review the diff).
 * The rendered Dockerfiles must also pass the Dockerfile rules the project holds generated files
 * to: dockerfile-utils' validator with no diagnostic, and the hadolint-style shortlist below.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { validate } from 'dockerfile-utils';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../src/core/spec/types.js';
import { loadSpec } from '../../src/spec/load-spec.js';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/spec');
const cases = readdirSync(fixtures).filter((name) => existsSync(path.join(fixtures, name, 'image.yaml')));
const env = { GITHUB_SHA: 'abc123', DEPLOY_STAGE: 'prod', MODEL_BUCKET: 's3://acme-models', USER_NAME: 'ada' };

function render(name: string) {
  return loadSpec({ file: path.join(fixtures, name, 'image.yaml') }, { workspace: fixtures, env });
}

function golden(file: string, actual: string): void {
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, actual);
  expect(existsSync(file), `${path.relative(fixtures, file)} is missing (UPDATE_GOLDEN=1 writes it)`).toBe(true);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

/** RUN instructions with their continuation lines joined. */
function runs(dockerfile: string): string[] {
  return dockerfile
    .replace(/\\\n/g, ' ')
    .split('\n')
    .filter((line) => /^RUN /.test(line));
}

describe('rendered Dockerfiles match their golden files', () => {
  test('there is a case for every layer kind and base', () => {
    const text = cases.map((name) => readFileSync(path.join(fixtures, name, 'image.yaml'), 'utf8')).join('\n');
    for (const kind of ['apt', 'pip', 'requirements', 'uv-project', 'source', 'env', 'workdir', 'commands', 'user']) {
      expect(text).toMatch(new RegExp(`^\\s*- ${kind}:`, 'm'));
    }
    expect(text).toContain('secret-mounts:');
    for (const base of ['base:', 'debian-python:', 'dockerfile:', 'uv-script:', 'parent:'])
      expect(text).toMatch(new RegExp(`^${base}`, 'm'));
  });

  test.each(cases)('%s', (name) => {
    const loaded = render(name);
    golden(path.join(fixtures, name, 'Dockerfile.golden'), loaded.rendered.dockerfile);
    const warnings = loaded.rendered.warnings.map((warning) => formatProblem('image.yaml', warning));
    const warningsFile = path.join(fixtures, name, 'warnings.golden');
    if (warnings.length > 0 || existsSync(warningsFile)) golden(warningsFile, warnings.map((line) => `${line}\n`).join(''));
  });

  test('the same spec renders the same bytes every time (pure)', () => {
    for (const name of cases) expect(render(name).rendered.dockerfile).toBe(render(name).rendered.dockerfile);
  });
});

/** The hadolint-style shortlist and BuildKit's checks that apply to what the renderer writes. */
function expectProjectRules(dockerfile: string): void {
  for (const run of runs(dockerfile)) {
    if (/apt-get install/.test(run)) {
      expect(run).toMatch(/apt-get update\s+&& apt-get install -y --no-install-recommends/); // DL3014, DL3015
      expect(run).toMatch(/&& rm -rf \/var\/lib\/apt\/lists\/\*$/); // DL3009
    }
    expect(run).not.toMatch(/(^|\s)apt (install|update)/); // DL3027
    if (/(?<!uv )pip install/.test(run)) expect(run).toMatch(/(?<!uv )pip install --no-cache-dir/); // DL3042 (uv: --no-cache)
    if (/uv pip install/.test(run)) expect(run).toMatch(/uv pip install --system --no-cache/);
    expect(run).not.toMatch(/(^|[\s;&])(sudo|cd) /); // DL3004, DL3003
  }
  expect(dockerfile).not.toMatch(/^ADD /m); // DL3020
  for (const from of dockerfile.match(/^FROM .*/gm) ?? []) expect(from).toMatch(/^FROM \S+:(?!latest\b)\S+$/); // DL3006, DL3007
  for (const workdir of dockerfile.match(/^WORKDIR .*/gm) ?? []) expect(workdir).toMatch(/^WORKDIR \//); // DL3000
  const users = dockerfile.match(/^USER .*/gm) ?? [];
  if (users.length > 0) expect(users[users.length - 1]).not.toMatch(/^USER (root|0)$/); // DL3002
  expect(dockerfile).not.toMatch(/^ENV [^=\s]+ /m); // LegacyKeyValueFormat: KEY=value, not KEY value
  expect(dockerfile).not.toMatch(/\|/); // DL4006: no pipe without pipefail
}

describe('rendered Dockerfiles pass the project rules for generated files', () => {
  const rendered = cases.filter((name) => render(name).rendered.mode !== 'dockerfile');

  test.each(rendered)('%s: no dockerfile-utils diagnostic', (name) => {
    const dockerfile = render(name).rendered.dockerfile;
    expect(validate(dockerfile).map((d) => `${d.range.start.line + 1}: ${d.message}`)).toEqual([]);
  });

  test.each(rendered)('%s: apt, pip, FROM, WORKDIR, USER and shell rules', (name) => {
    expectProjectRules(render(name).rendered.dockerfile);
  });

  test('the spec-based example of workflows-examples renders and passes them too', () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const loaded = loadSpec({ file: path.join(root, 'workflows-examples/spec-image/image.yaml') }, { workspace: root, env });
    expect(loaded.rendered.warnings).toEqual([]);
    expect(validate(loaded.rendered.dockerfile)).toEqual([]);
    expectProjectRules(loaded.rendered.dockerfile);
    expect(loaded.spec.imageName).toBe('ghcr.io/acme/spec-image');
  });
});

describe('the README', () => {
  test('its Flyte and ZenML equivalents are the golden cases flyte-example and zenml-example', () => {
    const readme = readFileSync(path.resolve(import.meta.dirname, '../../README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### Declare an image instead of writing a Dockerfile'), readme.indexOf('### Monorepos'));
    const blocks = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => parse(match[1] as string) as unknown);
    const fixture = (name: string) => parse(readFileSync(path.join(fixtures, name, 'image.yaml'), 'utf8')) as unknown;
    expect(blocks[0]).toEqual(fixture('flyte-example'));
    expect(blocks[1]).toEqual(fixture('zenml-example'));
    expect(blocks[2]).toEqual({ parent: 'ghcr.io/acme/prebuilt:7', 'skip-build': true });
  });
});
