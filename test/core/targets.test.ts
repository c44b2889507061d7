import { describe, expect, test } from 'vitest';
import { expectedTargetForms, parseTargets, targetName } from '../../src/core/targets.js';
import type { PlatformName } from '../../src/core/platform-model.js';
import { InputError } from '../../src/core/errors.js';

describe('parseTargets', () => {
  test.each<[PlatformName, string[], Array<{ kind: string; id: string }>]>([
    ['databricks', ['cluster/0123-456789-abc'], [{ kind: 'cluster', id: '0123-456789-abc' }]],
    ['databricks', ['job/42/main'], [{ kind: 'job', id: '42/main' }]],
    ['databricks', ['job/1111222233334444/etl_cluster-2'], [{ kind: 'job', id: '1111222233334444/etl_cluster-2' }]],
    [
      'databricks',
      ['cluster/0923-164208-meows279', '', '# a comment', '  job/7/gpu  '],
      [
        { kind: 'cluster', id: '0923-164208-meows279' },
        { kind: 'job', id: '7/gpu' },
      ],
    ],
    ['databricks', ['cluster/0123-456789-abc', 'cluster/0123-456789-abc'], [{ kind: 'cluster', id: '0123-456789-abc' }]],
    ['dataworks', ['project/1001'], [{ kind: 'project', id: '1001' }]],
    [
      'dataworks',
      ['project/1001', 'project/2002'],
      [
        { kind: 'project', id: '1001' },
        { kind: 'project', id: '2002' },
      ],
    ],
    ['catalog', ['resource-group/rg-prod'], [{ kind: 'resource-group', id: 'rg-prod' }]],
    [
      'catalog',
      ['resource-group/rg-prod', 'cluster/0123-456789-abc', 'job/42/main', 'project/1001'],
      [
        { kind: 'resource-group', id: 'rg-prod' },
        { kind: 'cluster', id: '0123-456789-abc' },
        { kind: 'job', id: '42/main' },
        { kind: 'project', id: '1001' },
      ],
    ],
    ['catalog', [], []],
  ])('%s %j', (platform, lines, expected) => {
    expect(parseTargets(lines, platform)).toEqual(expected);
  });

  test.each<[PlatformName, string, RegExp]>([
    ['databricks', 'cluster', /line 1 'cluster' is not <kind>\/<id>/],
    ['databricks', '/0123-456789-abc', /is not <kind>\/<id>/],
    ['databricks', 'cluster/', /is not of the form cluster\/<cluster-id>/],
    ['databricks', 'cluster/my cluster', /is not of the form cluster\/<cluster-id>/],
    ['databricks', 'cluster/abc', /is not of the form cluster\/<cluster-id>/],
    ['databricks', 'job/42', /is not of the form job\/<job-id>\/<job-cluster-key>/],
    ['databricks', 'job/abc/main', /is not of the form job\/<job-id>\/<job-cluster-key>/],
    ['databricks', 'job/42/main/extra', /is not of the form job\/<job-id>\/<job-cluster-key>/],
    ['databricks', 'project/1001', /Databricks has no projects/],
    ['databricks', 'resource-group/rg-prod', /Databricks has no resource groups/],
    ['databricks', 'pool/abc', /has kind 'pool', which databricks does not attach to/],
    ['dataworks', 'resource-group/rg-prod', /DataWorks has no API that attaches an image to a resource group/],
    ['dataworks', 'project/abc', /is not of the form project\/<workspace-id>/],
    ['dataworks', 'cluster/0123-456789-abc', /DataWorks has no clusters/],
    ['catalog', 'resource-group/rg prod', /is not of the form resource-group\/<name>/],
    ['catalog', 'job/42', /is not of the form job\/<job-id>\/<key>/],
    ['catalog', 'widget/1', /has kind 'widget', which catalog does not attach to/],
    ['metaflow', 'cluster/0123-456789-abc', /Metaflow has no compute to attach an image to: the config file/],
    ['metaflow', 'project/1001', /Metaflow has no compute/],
    ['zenml', 'resource-group/rg-prod', /ZenML has no compute to attach an image to: a run uses the registered pipeline build/],
  ])('%s rejects %j', (platform, line, problem) => {
    let caught: unknown;
    try {
      parseTargets([line], platform);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InputError);
    const error = caught as InputError;
    expect(error.input).toBe('targets');
    expect(error.message).toMatch(/^Input 'targets': /);
    expect(error.message).toMatch(problem);
    // The fix lists every form the platform accepts (or says to leave targets empty).
    const forms = expectedTargetForms(platform);
    for (const form of forms) expect(error.message).toContain(form);
    if (forms.length === 0) expect(error.message).toContain(`Leave targets empty for ${platform}`);
  });

  test.each<PlatformName>(['metaflow', 'zenml'])('%s takes no targets: empty lines and comments are fine', (platform) => {
    expect(parseTargets(['', '# none', '  '], platform)).toEqual([]);
  });

  test('names the line number of the bad line', () => {
    expect(() => parseTargets(['project/1', 'project/x'], 'dataworks')).toThrow(/line 2 'project\/x'/);
  });

  test('targetName joins kind and id', () => {
    expect(targetName({ kind: 'job', id: '42/main' })).toBe('job/42/main');
  });
});
