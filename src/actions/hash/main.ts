import * as core from '../../runtime/actions-core.js';
import path from 'node:path';
import { manifestText } from '../../core/build-definition.js';
import { computeBuildDefinition } from '../../hash/compute-build-definition.js';
import { writeFileAtomically } from '../../runtime/atomic-file.js';
import { InputError, errorMessage } from '../../core/errors.js';
import { runAction, setOutputs, timedGroup } from '../../runtime/run-action.js';
import { workspaceRoot } from '../../runtime/workspace.js';
import { lazyBaseResolver } from '../../hash/base-resolution.js';
import { definitionOptions, manifestWithSpec, openBuildFiles } from '../../hash/definition-inputs.js';
import type { RegistryClient } from '../../registry/client.js';
import { readHashInputs } from './inputs.js';
import { humanBytes, writeHashSummary } from './summary.js';

/**
 * Hashes what a Dockerfile build is made of — Dockerfile, context as Docker sends it, images,
 * platforms, target, build args, secret ids, labels — and names the image `h1-<hash>` after it.
 * An image spec is hashed as what it renders to: its Dockerfile and the files it copies.
 */
export interface HashSeams {
  /** The registry client that resolves base images (credentials from Docker's config.json); made at the first lookup. */
  registry: (insecureRegistries: readonly string[]) => RegistryClient | Promise<RegistryClient>;
}

export async function run(seams: Partial<HashSeams> = {}): Promise<void> {
  // The registry code loads only when an image is looked up (see lazyBaseResolver).
  const {
    registry = async (insecure: readonly string[]) => (await import('../../registry/login.js')).makeRegistryClient(undefined, insecure),
  } = seams;
  await runAction(async () => {
    const inputs = await readHashInputs();
    // FROM / COPY --from images to digests through the registry, as the build action does.
    if (!inputs.resolveImages) {
      core.warning(
        'resolve-images is false: base images are hashed as written, so a base tag that moves does not change the hash (and the build action, which always resolves them, computes another hash)',
      );
    }
    const resolveBase = inputs.resolveImages ? lazyBaseResolver(() => registry(inputs.insecureRegistries)) : undefined;
    const shown = (file: string) => path.relative(workspaceRoot(), file) || '.';

    const title = inputs.spec ? `Hash the image spec ${shown(inputs.dockerfile)}` : `Hash the build context ${shown(inputs.context)}`;
    const { value: result, ms } = await timedGroup(title, async () => {
      const files = await openBuildFiles(inputs);
      let computed;
      try {
        computed = await computeBuildDefinition({
          ...definitionOptions(inputs, files),
          ...(resolveBase ? { resolveBase } : {}),
          onWarning: (message) => core.warning(message),
        });
      } finally {
        files.dispose();
      }
      if (inputs.spec) {
        core.info(`Spec: ${shown(inputs.dockerfile)} (${inputs.spec.spec.layers.length} layers), rendered to:`);
        core.info(inputs.spec.rendered.dockerfile.trimEnd());
      } else core.info(`Dockerfile: ${shown(inputs.dockerfile)}; ignore file: ${computed.ignoreFile ?? 'none'}`);
      core.info(`Context: ${computed.files} files, ${humanBytes(computed.bytes)}, ${computed.entryCount} entries`);
      core.info(
        computed.fastPath.used
          ? `Git fast path: ${computed.fastPath.fromIndex} files from the index, ${computed.readPaths.length} read`
          : `Read all ${computed.readPaths.length} files (no git fast path: ${computed.fastPath.reason ?? 'not a git checkout'})`,
      );
      core.info(
        `Timings (ms): ${Object.entries(computed.timings)
          .map(([phase, ms]) => `${phase} ${ms}`)
          .join(', ')}`,
      );
      return computed;
    });

    core.startGroup(`Build definition ${result.tag}`);
    core.info(JSON.stringify(result.definition, null, 2));
    core.endGroup();

    if (inputs.manifestFile) {
      try {
        writeFileAtomically(inputs.manifestFile, manifestText(manifestWithSpec(result.manifest, inputs)));
      } catch (error) {
        throw new InputError(
          'manifest-file',
          `cannot write '${inputs.manifestFile}' (${(error as NodeJS.ErrnoException).code ?? errorMessage(error)})`,
          'Give a file path in a writable folder',
        );
      }
      core.info(`Wrote the build definition to ${inputs.manifestFile}`);
    }
    setOutputs({
      hash: result.hash,
      tag: result.tag,
      'manifest-file': inputs.manifestFile ?? '',
      files: result.files,
      bytes: result.bytes,
    });
    core.info(`Tag: ${result.tag}`);
    await writeHashSummary(
      result,
      ms,
      inputs.spec ? { file: inputs.spec.spec.fileName, layers: inputs.spec.spec.layers.length } : undefined,
    );
  });
}
