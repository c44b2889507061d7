/**
 * What only this toolkit sees: unpinned bases (with the digest the registry gives today), downloads
 * the hash cannot see, and a build context sent whole. The "does not parse" rule is lint.ts's: it
 * is core/dockerfile's own verdict.
 */
import { uncheckedDownloads } from '../../dockerfile-images.js';
import type { Check } from '../context.js';
import type { RuleId } from '../rule-catalog.js';

const CONTEXT_LIMIT = 100 * 1024 * 1024;

export const toolkitChecks = {
  BaseImageNotPinned(ctx) {
    for (const stage of ctx.stages) {
      if (ctx.baseStage(stage)) continue;
      const base = ctx.baseOf(stage);
      if (!base || base === 'scratch') continue;
      if (base.includes('@')) continue; // pinned (an invalid reference is DockerfileParse's)
      const digest = ctx.options.images?.get(base)?.digest;
      ctx.report('BaseImageNotPinned', stage.from.line, `Base image \`${base}\` is not pinned by digest`, {
        ...(digest ? { fix: `Pin it to what the tag points at now: \`FROM ${base}@${digest}\` (update it on purpose).` } : {}),
      });
    }
  },

  AddUrlWithoutChecksum(ctx) {
    for (const { line, sources } of uncheckedDownloads(ctx.syntax)) {
      ctx.report(
        'AddUrlWithoutChecksum',
        line,
        `\`ADD ${sources.join(' ')}\` without \`--checksum\`: the hash cannot see what it downloads`,
      );
    }
  },

  ContextWithoutDockerignore(ctx) {
    const facts = ctx.options.context;
    if (!facts || facts.hasIgnoreFile) return;
    const what = [facts.hasGit ? '`.git`' : '', facts.bytes > CONTEXT_LIMIT ? `over ${CONTEXT_LIMIT / 1024 / 1024} MB` : ''].filter(
      Boolean,
    );
    if (what.length === 0) return;
    ctx.report(
      'ContextWithoutDockerignore',
      1,
      `No \`.dockerignore\`, and the build context holds ${what.join(' and ')}: docker build sends all of it`,
    );
  },
} satisfies Partial<Record<RuleId, Check>>;
