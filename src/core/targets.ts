import type { AttachmentTarget, PlatformName } from './platform-model.js';
import { InputError } from './errors.js';

/**
 * The `targets` input: one `kind/id` per line, checked against what the chosen platform can
 * attach to. Pure: lines in, targets out, or one InputError that names `targets`, the bad line and
 * the forms that would work.
 */

interface TargetForm {
  kind: string;
  /** Matches the part after `kind/`. */
  id: RegExp;
  /** Shown in errors, e.g. `cluster/<cluster-id> (e.g. cluster/0123-456789-abc)`. */
  help: string;
}

const SEGMENT = '[A-Za-z0-9][A-Za-z0-9._-]*';

const databricksForms: TargetForm[] = [
  // Cluster ids look like 0123-456789-abc (date-ish prefix, random suffix).
  { kind: 'cluster', id: /^[0-9]{4}-[0-9]{6}-[a-z0-9]+$/, help: 'cluster/<cluster-id> (e.g. cluster/0123-456789-abc)' },
  // job_cluster_key: word characters and dashes, at most 100 (Jobs API).
  { kind: 'job', id: /^[0-9]{1,19}\/[A-Za-z0-9_-]{1,100}$/, help: 'job/<job-id>/<job-cluster-key> (e.g. job/42/main)' },
];

const dataworksForms: TargetForm[] = [{ kind: 'project', id: /^[0-9]{1,19}$/, help: 'project/<workspace-id> (e.g. project/1001)' }];

const catalogForms: TargetForm[] = [
  { kind: 'resource-group', id: new RegExp(`^${SEGMENT}$`), help: 'resource-group/<name> (e.g. resource-group/rg-prod)' },
  { kind: 'cluster', id: new RegExp(`^${SEGMENT}$`), help: 'cluster/<id> (e.g. cluster/0123-456789-abc)' },
  { kind: 'job', id: new RegExp(`^${SEGMENT}/${SEGMENT}$`), help: 'job/<job-id>/<key> (e.g. job/42/main)' },
  { kind: 'project', id: new RegExp(`^${SEGMENT}$`), help: 'project/<id> (e.g. project/1001)' },
];

// Metaflow and ZenML have no compute to attach to: Metaflow's config file is itself the
// attachment, and a ZenML run picks a build by its id or checksum.
const formsByPlatform: Record<PlatformName, TargetForm[]> = {
  catalog: catalogForms,
  databricks: databricksForms,
  dataworks: dataworksForms,
  metaflow: [],
  zenml: [],
};

/** Why a platform takes no targets at all, and what does the attaching instead. */
const noTargets: Partial<Record<PlatformName, string>> = {
  metaflow:
    'Metaflow has no compute to attach an image to: the config file (config-file in platform-settings) is what its runs read, and register writes it',
  zenml:
    'ZenML has no compute to attach an image to: a run uses the registered pipeline build when its run configuration names it (build: <version-id>) or its checksum matches',
};

/** Kinds a platform cannot attach to, with the reason and what to do instead. */
const unsupported: Partial<Record<PlatformName, Record<string, string>>> = {
  dataworks: {
    'resource-group':
      'DataWorks has no API that attaches an image to a resource group (images run on Serverless resource groups through the tasks of a workspace)',
    cluster: 'DataWorks has no clusters to attach an image to',
    job: 'DataWorks has no jobs to attach an image to',
  },
  databricks: {
    'resource-group': 'Databricks has no resource groups',
    project: 'Databricks has no projects to attach an image to',
  },
};

export function targetName(target: AttachmentTarget): string {
  return `${target.kind}/${target.id}`;
}

export function expectedTargetForms(platform: PlatformName): string[] {
  return formsByPlatform[platform].map((form) => form.help);
}

function formsFix(platform: PlatformName): string {
  const forms = expectedTargetForms(platform);
  return forms.length > 0 ? `Write one target per line for ${platform}: ${forms.join('; ')}` : `Leave targets empty for ${platform}`;
}

/** Parses trimmed, non-empty lines (as `readLines('targets')` returns them). Duplicates collapse. */
export function parseTargets(lines: readonly string[], platform: PlatformName): AttachmentTarget[] {
  const forms = formsByPlatform[platform];
  const fix = formsFix(platform);
  const seen = new Set<string>();
  const targets: AttachmentTarget[] = [];
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const where = `line ${index + 1} '${line}'`;
    const none = noTargets[platform];
    if (none) throw new InputError('targets', `${where}: ${none}`, fix);
    const slash = line.indexOf('/');
    if (slash <= 0) throw new InputError('targets', `${where} is not <kind>/<id>`, fix);
    const kind = line.slice(0, slash);
    const id = line.slice(slash + 1);
    const form = forms.find((candidate) => candidate.kind === kind);
    if (!form) {
      const reason = unsupported[platform]?.[kind];
      const problem = reason ? `${where}: ${reason}` : `${where} has kind '${kind}', which ${platform} does not attach to`;
      throw new InputError('targets', problem, fix);
    }
    if (!form.id.test(id)) throw new InputError('targets', `${where} is not of the form ${form.help}`, fix);
    const key = `${kind}/${id}`;
    if (seen.has(key)) return;
    seen.add(key);
    targets.push({ kind, id });
  });
  return targets;
}
