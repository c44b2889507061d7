import * as core from '../../runtime/actions-core.js';
import path from 'node:path';
import { manifestText } from '../../core/build-definition.js';
import { decideCachePolicy } from '../../core/cache-policy.js';
import { formatImageRef, parseImageRef, repositoryName, withDigest, withTag } from '../../core/image-ref.js';
import { computeBuildDefinition } from '../../hash/compute-build-definition.js';
import { writeFileAtomically } from '../../runtime/atomic-file.js';
import { type CommandRunner, SpawnRunner } from '../../runtime/exec.js';
import { defaultBranchOf } from '../../core/run-event.js';
import { inspectExistingImage } from '../../registry/published-image.js';
import { imageLabels, mergeLabels } from '../../core/labels.js';
import { applyExtraTags, verifyPushedDigest } from '../../registry/published-image.js';
import { makeRegistryClient, type RegistryLogin, writeAuthFile } from '../../registry/login.js';
import type { RegistryClient } from '../../registry/client.js';
import { registryBaseResolver } from '../../hash/base-resolution.js';
import { decideReuse } from '../../core/reuse-decision.js';
import { InputError } from '../../core/errors.js';
import { type PhaseTime, writeBuildSummary } from './summary.js';
import { allTags } from '../../core/tags.js';
import { readRunContext, sourceUrlFromEnv } from '../../runtime/run-context.js';
import { runAction, setOutputs, timedGroup } from '../../runtime/run-action.js';
import { workspaceRoot } from '../../runtime/workspace.js';
import { readBuildInputs } from './inputs.js';
import { definitionOptions, manifestWithSpec, openBuildFiles } from '../../hash/definition-inputs.js';
import { useParentAsIs } from './skip-build.js';

/**
 * Hashes the build, looks the hash tag up in the registry, and reuses the image when it is there
 * (extra tags added by manifest PUT, nothing built); otherwise builds with layer caching, pushes,
 * confirms the pushed digest in the registry, and only then moves the extra tags.
 */
export interface BuildSeams {
  /** Where builder processes run (tests script buildah's and docker's answers). */
  runner: CommandRunner;
  /** The registry client for the existence check, base images, verification and tags. */
  registry: (login: RegistryLogin | undefined, insecureRegistries: readonly string[]) => RegistryClient;
}

export async function run(seams: Partial<BuildSeams> = {}): Promise<void> {
  const { runner = new SpawnRunner(), registry = makeRegistryClient } = seams;
  await runAction(async () => {
    const inputs = await readBuildInputs();
    const { context: runContext, problem } = readRunContext();
    if (problem) core.warning(problem);
    const client = registry(inputs.login, inputs.insecureRegistries);
    const phases: PhaseTime[] = [];
    const timed = async <T>(name: string, title: string, work: () => Promise<T>): Promise<T> => {
      const { value, ms } = await timedGroup(title, work);
      phases.push({ name, ms });
      return value;
    };

    // The registry's auth is settled while the context is hashed, so the check after it is one
    // request. It starts at the hash's first wait (for git), never ahead of git's start.
    const pullPrepared = new Promise<void>((resolve) => setImmediate(() => resolve(client.prepareToPull(inputs.image))));
    // A spec is rendered into a staged context that lives until the builder is done with it.
    const files = await openBuildFiles(inputs);
    try {
      const what = inputs.spec
        ? `the image spec ${path.relative(workspaceRoot(), inputs.dockerfile)}`
        : path.relative(workspaceRoot(), inputs.context) || '.';
      const hashed = await timed('hash', `Hash the build of ${what}`, async () => {
        const result = await computeBuildDefinition({
          ...definitionOptions(inputs, files),
          resolveBase: registryBaseResolver(client),
          onWarning: (message) => core.warning(message),
        });
        for (const image of result.definition.images) core.info(`Base ${image.ref} → ${image.digest ?? '(unresolved)'}`);
        core.info(
          `${result.files} files, ${result.bytes} bytes; ${result.fastPath.used ? `${result.fastPath.fromIndex} from the git index` : 'all read'}`,
        );
        core.info(`Hash ${result.hash}, tag ${result.tag}`);
        return result;
      });
      if (inputs.manifestFile) writeFileAtomically(inputs.manifestFile, manifestText(manifestWithSpec(hashed.manifest, inputs)));
      if (inputs.spec?.rendered.mode === 'skip') {
        await useParentAsIs(inputs, hashed, client, timed, phases);
        return;
      }

      const hashRef = withTag(inputs.image, hashed.tag);
      const repository = repositoryName(hashRef);
      await pullPrepared;
      const existing = await timed('existence check', `Look for ${formatImageRef(hashRef)}`, async () => {
        const found = await inspectExistingImage(client, hashRef, hashed.definition.platforms);
        core.info(
          found ? `Found ${found.digest} (${found.platforms.join(', ') || 'no platform'})` : 'Not found (the registry answered 404)',
        );
        return found;
      });
      const decision = decideReuse({
        found: existing,
        requested: hashed.definition.platforms,
        hash: hashed.hash,
        hashTag: hashed.tag,
        forceRebuild: inputs.forceRebuild,
      });
      core.info(`${decision.action === 'reuse' ? 'Reusing' : 'Building'}: ${decision.reason}`);

      let digest = '';
      let buildRetries = 0;
      let builderName: string | undefined;
      let cacheReason: string | undefined;
      if (decision.action === 'reuse' && existing) {
        digest = decision.digest;
        if (inputs.push && inputs.tags.length > 0) {
          await timed('tag', `Tag ${digest} as ${inputs.tags.join(', ')}`, () =>
            applyExtraTags(client, hashRef, digest, inputs.tags, existing.manifest),
          );
        }
      } else {
        // The builders load only for a build: a no-op run (the image exists) never needs them.
        const [{ createBuilder, resolveBuilderName }, { readCommitFacts }] = await Promise.all([
          import('../../builders/detect.js'),
          import('../../git/commit-facts.js'),
        ]);
        const facts = await readCommitFacts(inputs.context, runContext);
        for (const warning of facts.warnings) core.warning(warning);
        const name = await resolveBuilderName(inputs.builder, runner);
        builderName = name;
        const cache = decideCachePolicy({
          cache: inputs.cache,
          cacheRef: inputs.cacheRef,
          image: repository,
          target: inputs.target,
          eventName: runContext.eventName,
          ref: runContext.ref ?? '',
          defaultBranch: defaultBranchOf(runContext),
          builder: name,
        });
        cacheReason = `${cache.type}: ${cache.reason}`;
        const { secrets, environment } = inputs.secrets;
        for (const id of inputs.spec?.rendered.secretIds ?? []) {
          if (!secrets.some((secret) => secret.id === id)) {
            throw new InputError(
              'secrets',
              `the spec mounts the secret '${id}', but no secrets, secret-envs or secret-files input gives it`,
              `Pass it, e.g. secret-envs: ${id}=<VARIABLE> with the variable in the step's env`,
            );
          }
        }
        for (const secret of secrets) {
          if (secret.env && !Object.hasOwn(environment, secret.env) && process.env[secret.env] === undefined) {
            throw new InputError(
              'secret-envs',
              `the variable ${secret.env} of secret '${secret.id}' is not set`,
              `Set it in the step's env: (${secret.env}: \${{ secrets.… }})`,
            );
          }
        }
        const labels = mergeLabels(
          imageLabels({
            hash: hashed.hash,
            hashTag: hashed.tag,
            commit: facts.commit,
            commitTime: facts.commitTime,
            sourceUrl: sourceUrlFromEnv(),
            gitTag: facts.gitTag,
          }),
          inputs.labels,
        );
        const auth = inputs.login ? writeAuthFile(inputs.login) : undefined;
        try {
          const result = await timed('build and push', `Build ${formatImageRef(hashRef)} with ${name}`, async () => {
            core.info(`Cache ${cacheReason}`);
            return createBuilder(name).build(
              {
                contextDir: files.contextDir,
                dockerfile: files.dockerfile,
                repository,
                tags: [formatImageRef(hashRef)],
                platforms: hashed.definition.platforms,
                ...(inputs.target ? { target: inputs.target } : {}),
                buildArgs: inputs.buildArgs,
                secrets,
                labels,
                cache,
                ...(facts.commitTime !== undefined ? { timestamp: facts.commitTime } : {}),
                push: inputs.push,
                insecureRegistries: inputs.insecureRegistries,
                ...(auth ? { authFile: auth.file } : {}),
                environment,
                baseImages: pinnedImages(hashed.definition.images),
              },
              runner,
              client,
            );
          });
          digest = result.digest;
          buildRetries = result.retries ?? 0;
        } finally {
          auth?.remove();
        }
        if (inputs.push) {
          await timed('verify and tag', `Verify ${digest || 'the pushed digest'} in the registry`, async () => {
            await verifyPushedDigest(client, hashRef, digest, name);
            core.info(`${formatImageRef(hashRef)} is ${digest}`);
            await applyExtraTags(client, hashRef, digest, inputs.tags);
          });
        } else {
          core.info('push is false: the image stays in the builder, so there is no digest and no tag was moved');
        }
      }

      core.info(`Time: ${phases.map((phase) => `${phase.name} ${phase.ms} ms`).join(', ')}`);
      // A reused image is in the registry whatever `push` says; its extra tags were moved only with push.
      const reused = decision.action === 'reuse';
      const inRegistry = digest !== '';
      const tags = !inRegistry ? [] : inputs.push ? allTags(hashed.tag, inputs.tags) : [hashed.tag];
      setOutputs({
        image: inRegistry ? `${repository}@${digest}` : '',
        digest,
        tag: hashed.tag,
        tags: JSON.stringify(tags.map((tag) => `${repository}:${tag}`)),
        hash: hashed.hash,
        reused,
      });
      await writeBuildSummary({
        image: inRegistry ? `${repository}@${digest}` : `${repository} (not pushed)`,
        digest: digest || '—',
        tags,
        reused,
        reason: decision.reason,
        ...(builderName ? { builder: builderName } : {}),
        ...(cacheReason ? { cache: cacheReason } : {}),
        retries: { registry: client.stats.retries, build: buildRetries },
        phases,
      });
    } finally {
      files.dispose();
    }
  });
}

/** The build's images as references pinned by the digest the hash resolved (unresolved ones as written). */
function pinnedImages(images: ReadonlyArray<{ ref: string; digest?: string }>): string[] {
  return images.flatMap((image) => {
    try {
      return [image.digest ? formatImageRef(withDigest(parseImageRef(image.ref), image.digest)) : image.ref];
    } catch {
      return []; // not a registry reference; nothing to take layers from
    }
  });
}
