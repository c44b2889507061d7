/**
 * The checks of `docker build --check`, with BuildKit's names, meaning and messages
 * (moby/buildkit frontend/dockerfile/linter/ruleset.go; the checks live in instructions/parse.go,
 * dockerfile2llb/convert.go, convert_expose.go and validations.go). `--check` lints every stage,
 * so these do too.
 */
import type { DockerInstruction, StageSyntax } from '../../dockerfile/syntax.js';
import { closest } from '../../dockerfile/syntax.js';
import { expandWord } from '../../shell-words.js';
import { isValidImageReference } from '../../dockerfile/stages.js';
import { PatternMatcher } from '../../dockerignore/pattern-matcher.js';
import { isRemoteSource } from '../../dockerfile-images.js';
import type { Check, LintContext } from '../context.js';
import type { RuleId } from '../rule-catalog.js';

/** Casing of keywords and words, remembered (a file repeats a handful of them). */
const CASING = new Map<string, { lower: boolean; upper: boolean }>();
function casing(s: string): { lower: boolean; upper: boolean } {
  let known = CASING.get(s);
  if (!known) {
    known = { lower: s === s.toLowerCase(), upper: s === s.toUpperCase() };
    if (CASING.size > 10_000) CASING.clear();
    CASING.set(s, known);
  }
  return known;
}
const lower = (s: string) => casing(s).lower;
const upper = (s: string) => casing(s).upper;

/** Expands `word`, collecting the names it reads that are not set; undefined when it does not expand. */
function expandTracking(
  word: string,
  scope: ReadonlyMap<string, string | undefined>,
  escape: string,
): { value: string; matched: Set<string>; unmatched: Set<string> } | undefined {
  const matched = new Set<string>();
  const unmatched = new Set<string>();
  try {
    const value = word.includes('$') ? expandWord(word, scope, escape, (name, found) => (found ? matched : unmatched).add(name)) : word;
    return { value, matched, unmatched };
  } catch {
    return undefined;
  }
}

const SECRET = /(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)/i;
const SECRET_ALLOWED = /(?:_|^)(?:public|file|version)(?:_|$)/i;
const RESERVED_STAGE_NAMES = new Set(['context', 'scratch']);
/** Instructions whose words BuildKit expands before dispatch (SupportsSingleWordExpansion). */
const EXPANDED = new Set(['ADD', 'COPY', 'ENV', 'EXPOSE', 'LABEL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR']);
const NON_ENV_ARGS = new Set(['BUILDKIT_SBOM_SCAN_CONTEXT', 'BUILDKIT_SBOM_SCAN_STAGE']);
const KNOWN_OS = new Set([
  'linux',
  'windows',
  'darwin',
  'freebsd',
  'netbsd',
  'openbsd',
  'solaris',
  'illumos',
  'aix',
  'android',
  'ios',
  'plan9',
  'js',
  'wasip1',
]);

const STAGE_INSTRUCTIONS = new WeakMap<LintContext, Array<{ stage: StageSyntax; instruction: DockerInstruction }>>();

/** Every instruction after a FROM, with its stage (made once per file for all the rules). */
function stageInstructions(ctx: LintContext): Array<{ stage: StageSyntax; instruction: DockerInstruction }> {
  let out = STAGE_INSTRUCTIONS.get(ctx);
  if (!out) {
    out = [];
    for (const stage of ctx.stages) for (const instruction of stage.instructions) out.push({ stage, instruction });
    STAGE_INSTRUCTIONS.set(ctx, out);
  }
  return out;
}

/** Words of an instruction BuildKit expands: arguments, ENV/LABEL names and values, COPY/ADD --chown/--chmod. */
function expandedWords(instruction: DockerInstruction): string[] {
  if (instruction.keyword === 'ENV' || instruction.keyword === 'LABEL') {
    return instruction.properties.flatMap((p) => (p.rawValue === null ? [p.name] : [p.name, p.rawValue]));
  }
  const words = [...(instruction.json ?? instruction.args)];
  for (const flag of instruction.flags) if ((flag.name === 'chown' || flag.name === 'chmod') && flag.value) words.push(flag.value);
  return words;
}

interface StageState {
  env: Map<string, string | undefined>;
  declared: Set<string>;
  /** Whether every variable the base image sets is known (scratch, a stage, or the registry's answer). */
  known: boolean;
}

/**
 * Variables through each stage, as dispatch sees them: the base's environment (a stage's final
 * state; an image's config Env when the registry answered; PATH always, BuildKit sets it), then
 * ARG and ENV in order. Calls `visit` before each instruction is applied.
 */
function walkVariables(ctx: LintContext, visit: (stage: StageSyntax, instruction: DockerInstruction, state: StageState) => void): void {
  const ends = new Map<number, StageState>();
  const global = ctx.globalScope ?? new Map<string, string | undefined>();
  for (const stage of ctx.stages) {
    const parent = ctx.baseStage(stage);
    let state: StageState;
    const inherited = parent ? ends.get(parent.index) : undefined;
    if (inherited) {
      state = { env: new Map(inherited.env), declared: new Set(inherited.declared), known: inherited.known };
    } else {
      const base = ctx.baseOf(stage);
      const facts = base && base !== 'scratch' ? ctx.options.images?.get(base) : undefined;
      const env = new Map<string, string | undefined>([['PATH', '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin']]);
      for (const entry of facts?.env ?? []) env.set(entry.split('=')[0] as string, entry.slice(entry.indexOf('=') + 1));
      state = { env, declared: new Set(), known: base === 'scratch' || facts?.env !== undefined };
    }
    for (const instruction of stage.instructions) {
      visit(stage, instruction, state);
      if (instruction.keyword === 'ARG') {
        for (const property of instruction.properties) {
          state.declared.add(property.name);
          let value: string | undefined;
          if (property.rawValue !== null) value = expandTracking(property.rawValue, state.env, ctx.syntax.escape)?.value;
          else value = global.get(property.name);
          if (value !== undefined && !NON_ENV_ARGS.has(property.name)) state.env.set(property.name, value);
        }
      } else if (instruction.keyword === 'ENV') {
        const before = new Map(state.env);
        for (const property of instruction.properties) {
          state.env.set(
            property.name,
            property.rawValue === null ? '' : (expandTracking(property.rawValue, before, ctx.syntax.escape)?.value ?? ''),
          );
        }
      }
    }
    ends.set(stage.index, state);
  }
}

function platformParts(value: string): { os: string; arch: string } | undefined {
  const parts = value.toLowerCase().split('/');
  if (parts.length === 1)
    return KNOWN_OS.has(parts[0] as string) ? { os: parts[0] as string, arch: '' } : { os: 'linux', arch: parts[0] as string };
  if (!KNOWN_OS.has(parts[0] as string) || parts.length > 3) return undefined;
  return { os: parts[0] as string, arch: parts[1] as string };
}

function cleanPath(path: string): string {
  const absolute = path.startsWith('/');
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!absolute) out.push('..');
    } else out.push(part);
  }
  const joined = out.join('/');
  return absolute ? `/${joined}` : joined || '.';
}

/** Compiled ignore patterns by content, with the answers given so far: a repository has few ignore files and copies the same paths. */
const MATCHERS = new Map<string, { matcher: PatternMatcher; answers: Map<string, boolean> } | null>();
function ignoreMatcher(patterns: readonly string[]): { matcher: PatternMatcher; matches: (path: string) => boolean } | undefined {
  const key = patterns.join('\n');
  let entry = MATCHERS.get(key);
  if (entry === undefined) {
    try {
      entry = { matcher: new PatternMatcher(patterns), answers: new Map() };
    } catch {
      entry = null;
    }
    if (MATCHERS.size > 1000) MATCHERS.clear();
    MATCHERS.set(key, entry);
  }
  if (!entry) return undefined;
  const { matcher, answers } = entry;
  return {
    matcher,
    matches: (path) => {
      let answer = answers.get(path);
      if (answer === undefined) answers.set(path, (answer = matcher.matchesOrParentMatches(path)));
      return answer;
    },
  };
}

export const buildkitChecks = {
  StageNameCasing(ctx) {
    for (const stage of ctx.stages) {
      const name = stage.from.args[2];
      if (stage.from.args.length === 3 && name && !lower(name))
        ctx.report('StageNameCasing', stage.from.line, `Stage name '${name}' should be lowercase`);
    }
  },

  FromAsCasing(ctx) {
    for (const { from } of ctx.stages) {
      const as = from.args[1];
      if (from.args.length < 3 || !as) continue;
      const fromLower = lower(from.written);
      if (!fromLower && !upper(from.written)) continue;
      if (fromLower ? !lower(as) : !upper(as))
        ctx.report('FromAsCasing', from.line, `'${as}' and '${from.written}' keywords' casing do not match`);
    }
  },

  NoEmptyContinuation(ctx) {
    for (const line of ctx.syntax.emptyContinuationLines) ctx.report('NoEmptyContinuation', line, 'Empty continuation line');
  },

  ConsistentInstructionCasing(ctx) {
    const names = ctx.stages.flatMap((stage) => [stage.from, ...stage.instructions]);
    let lowerCount = 0;
    let upperCount = 0;
    for (const { written } of names) {
      if (lower(written)) lowerCount++;
      else if (upper(written)) upperCount++;
    }
    const majorityLower = lowerCount > upperCount;
    for (const { written, line } of names) {
      if (majorityLower ? !lower(written) : !upper(written)) {
        ctx.report(
          'ConsistentInstructionCasing',
          line,
          `Command '${written}' should match the case of the command majority (${majorityLower ? 'lowercase' : 'uppercase'})`,
        );
      }
    }
  },

  DuplicateStageName(ctx) {
    const seen = new Set<string>();
    for (const stage of ctx.stages) {
      if (!stage.name) continue;
      if (seen.has(stage.name))
        ctx.report('DuplicateStageName', stage.from.line, `Duplicate stage name "${stage.name}", stage names should be unique`);
      seen.add(stage.name);
    }
  },

  ReservedStageName(ctx) {
    for (const stage of ctx.stages) {
      if (stage.name && RESERVED_STAGE_NAMES.has(stage.name))
        ctx.report('ReservedStageName', stage.from.line, `Stage name should not use the same name as reserved stage "${stage.name}"`);
    }
  },

  JSONArgsRecommended(ctx) {
    for (const stage of ctx.stages) {
      // A SHELL earlier in the stage or in a stage it is based on makes the shell form deliberate.
      let shellSet = ctx
        .lineage(stage)
        .slice(1)
        .some((s) => s.instructions.some((i) => i.keyword === 'SHELL'));
      for (const instruction of stage.instructions) {
        if (instruction.keyword === 'SHELL') shellSet = true;
        if (
          (instruction.keyword === 'CMD' || instruction.keyword === 'ENTRYPOINT') &&
          !instruction.json &&
          !shellSet &&
          instruction.args.length > 0
        ) {
          ctx.report(
            'JSONArgsRecommended',
            instruction.line,
            `JSON arguments recommended for ${instruction.keyword} to prevent unintended behavior related to OS signals`,
          );
        }
      }
    }
  },

  MaintainerDeprecated(ctx) {
    for (const { instruction } of stageInstructions(ctx)) {
      if (instruction.keyword === 'MAINTAINER')
        ctx.report('MaintainerDeprecated', instruction.line, 'Maintainer instruction is deprecated in favor of using label');
    }
  },

  UndefinedArgInFrom(ctx) {
    const scope = ctx.globalScope;
    if (!scope) return;
    const keys = new Set([...scope.keys(), ...ctx.syntax.globalArgs.flatMap((a) => a.properties.map((p) => p.name))]);
    for (const stage of ctx.stages) {
      for (const word of [stage.baseWord, stage.platform ?? '']) {
        const expanded = expandTracking(word, scope, ctx.syntax.escape);
        for (const name of expanded?.unmatched ?? []) {
          if (keys.has(name)) continue;
          const suggestion = closest(name, keys);
          ctx.report(
            'UndefinedArgInFrom',
            stage.from.line,
            `FROM argument '${name}' is not declared${suggestion ? ` (did you mean ${suggestion}?)` : ''}`,
          );
        }
      }
    }
  },

  WorkdirRelativePath(ctx) {
    walkVariables(ctx, (stage, instruction, state) => {
      if (instruction.keyword !== 'WORKDIR') return;
      const first = stage.instructions.find((i) => i.keyword === 'WORKDIR');
      if (first !== instruction) return;
      const path = instruction.args[0] ?? '';
      const expanded = expandTracking(path, state.env, ctx.syntax.escape);
      if (!expanded || expanded.unmatched.size > 0) return;
      if (!expanded.value.startsWith('/'))
        ctx.report(
          'WorkdirRelativePath',
          instruction.line,
          `Relative workdir "${expanded.value}" can have unexpected results if the base image changes`,
        );
    });
  },

  UndefinedVar(ctx) {
    walkVariables(ctx, (_stage, instruction, state) => {
      if (!state.known) return;
      const words =
        instruction.keyword === 'ARG'
          ? instruction.properties.flatMap((p) => (p.rawValue === null ? [] : [p.rawValue]))
          : EXPANDED.has(instruction.keyword)
            ? expandedWords(instruction)
            : [];
      const reported = new Set<string>();
      for (const word of words) {
        if (!word.includes('$')) continue;
        const expanded = expandTracking(word, state.env, ctx.syntax.escape);
        for (const name of expanded?.unmatched ?? []) {
          if (state.declared.has(name) || NON_ENV_ARGS.has(name) || reported.has(name)) continue;
          reported.add(name);
          const suggestion = closest(name, state.env.keys());
          ctx.report(
            'UndefinedVar',
            instruction.line,
            `Usage of undefined variable '$${name}'${suggestion ? ` (did you mean $${suggestion}?)` : ''}`,
          );
        }
      }
    });
  },

  MultipleInstructionsDisallowed(ctx) {
    for (const stage of ctx.stages) {
      const last = new Map<string, DockerInstruction>();
      for (const instruction of stage.instructions) {
        if (!['CMD', 'ENTRYPOINT', 'HEALTHCHECK'].includes(instruction.keyword)) continue;
        const previous = last.get(instruction.keyword);
        if (previous) {
          ctx.report(
            'MultipleInstructionsDisallowed',
            previous.line,
            `Multiple ${instruction.keyword} instructions should not be used in the same stage because only the last one will be used`,
          );
        }
        last.set(instruction.keyword, instruction);
      }
    }
  },

  LegacyKeyValueFormat(ctx) {
    for (const { instruction } of stageInstructions(ctx)) {
      if (instruction.keyword !== 'ENV' && instruction.keyword !== 'LABEL') continue;
      if (instruction.properties.some((p) => !p.hasEquals)) {
        const name = instruction.keyword;
        ctx.report(
          'LegacyKeyValueFormat',
          instruction.line,
          `"${name} key=value" should be used instead of legacy "${name} key value" format`,
        );
      }
    }
  },

  RedundantTargetPlatform(ctx) {
    const scope = ctx.globalScope;
    if (!scope) return;
    for (const stage of ctx.stages) {
      if (!stage.platform) continue;
      const expanded = expandTracking(stage.platform, scope, ctx.syntax.escape);
      if (!expanded || expanded.unmatched.size > 0 || expanded.matched.size !== 1 || !expanded.matched.has('TARGETPLATFORM')) continue;
      if (expanded.value === scope.get('TARGETPLATFORM'))
        ctx.report(
          'RedundantTargetPlatform',
          stage.from.line,
          `Setting platform to predefined ${stage.platform} in FROM is redundant as this is the default behavior`,
        );
    }
  },

  SecretsUsedInArgOrEnv(ctx) {
    for (const { instruction } of stageInstructions(ctx)) {
      if (instruction.keyword !== 'ARG' && instruction.keyword !== 'ENV') continue;
      for (const { name } of instruction.properties) {
        if (SECRET.test(name) && !SECRET_ALLOWED.test(name))
          ctx.report(
            'SecretsUsedInArgOrEnv',
            instruction.line,
            `Do not use ARG or ENV instructions for sensitive data (${instruction.keyword} "${name}")`,
          );
      }
    }
  },

  InvalidDefaultArgInFrom(ctx) {
    const scope = ctx.globalScope;
    if (!scope) return;
    for (const stage of ctx.stages) {
      const expanded = expandTracking(stage.baseWord, scope, ctx.syntax.escape);
      if (!expanded) return;
      if (expanded.value === '' || !isValidImageReference(expanded.value))
        ctx.report(
          'InvalidDefaultArgInFrom',
          stage.from.line,
          `Default value for ARG ${stage.baseWord} results in empty or invalid base image name`,
        );
    }
  },

  FromPlatformFlagConstDisallowed(ctx) {
    for (const stage of ctx.stages) {
      if (!stage.platform || stage.platform.includes('$')) continue;
      const platform = platformParts(stage.platform);
      if (!platform) continue;
      const name = stage.name ?? '';
      if (name.includes(platform.os) || (platform.arch !== '' && name.includes(platform.arch))) continue;
      ctx.report(
        'FromPlatformFlagConstDisallowed',
        stage.from.line,
        `FROM --platform flag should not use constant value "${stage.platform}"`,
      );
    }
  },

  CopyIgnoredFile(ctx) {
    const patterns = ctx.options.ignorePatterns;
    if (!patterns || patterns.length === 0) return;
    const ignore = ignoreMatcher(patterns);
    if (!ignore) return; // the hash refuses a malformed ignore file; here it is not ours to judge
    const { matcher } = ignore;
    if (matcher.exclusions) return;
    const rootIgnored = matcher.patterns.some((p) => !p.exclusion && ['*', '**', '**/*'].includes(p.toString()));
    for (const { instruction } of stageInstructions(ctx)) {
      if ((instruction.keyword !== 'COPY' && instruction.keyword !== 'ADD') || instruction.flag('from') || instruction.heredocs.length > 0)
        continue;
      const command = instruction.keyword === 'ADD' ? 'Add' : 'Copy';
      for (const source of (instruction.json ?? instruction.args).slice(0, -1)) {
        if (source.includes('$') || (instruction.keyword === 'ADD' && isRemoteSource(source))) continue;
        const clean = cleanPath(source);
        if ((clean === '.' || clean === '/') && !rootIgnored) continue;
        if (ignore.matches(clean))
          ctx.report('CopyIgnoredFile', instruction.line, `Attempting to ${command} file "${clean}" that is excluded by .dockerignore`);
      }
    }
  },

  ExposeProtoCasing(ctx) {
    for (const { instruction, raw, proto } of exposedPorts(ctx)) {
      if (proto !== proto.toLowerCase())
        ctx.report('ExposeProtoCasing', instruction.line, `Defined protocol '${raw}' in EXPOSE instruction should be lowercase`);
    }
  },

  ExposeInvalidFormat(ctx) {
    for (const { instruction, raw, ip, hostPort } of exposedPorts(ctx)) {
      if (ip || hostPort)
        ctx.report(
          'ExposeInvalidFormat',
          instruction.line,
          `EXPOSE instruction should not define an IP address or host-port mapping, found '${raw}'`,
        );
    }
  },

  InvalidDefinitionDescription(ctx) {
    const check = (instruction: DockerInstruction, keys: string[], name: string) => {
      const last = instruction.comments[instruction.comments.length - 1];
      if (last === undefined || keys.length === 0) return;
      if (keys.includes(last.split(' ')[0] as string)) return;
      const example = keys.length > 1 ? '<arg_key>' : (keys[0] as string);
      ctx.report(
        'InvalidDefinitionDescription',
        instruction.line,
        `Comment for ${name} should follow the format: \`# ${example} <description>\``,
      );
    };
    for (const instruction of ctx.syntax.instructions) {
      if (instruction.keyword === 'ARG')
        check(
          instruction,
          instruction.properties.map((p) => p.name),
          'ARG',
        );
      if (instruction.keyword === 'FROM') {
        const stage = ctx.stages.find((s) => s.from === instruction);
        if (stage?.name) check(instruction, [stage.name], 'FROM');
      }
    }
  },
} satisfies Partial<Record<RuleId, Check>>;

function exposedPorts(
  ctx: LintContext,
): Array<{ instruction: DockerInstruction; raw: string; ip: string; hostPort: string; proto: string }> {
  const out: Array<{ instruction: DockerInstruction; raw: string; ip: string; hostPort: string; proto: string }> = [];
  for (const { instruction } of stageInstructions(ctx)) {
    if (instruction.keyword !== 'EXPOSE') continue;
    for (const raw of instruction.args) {
      if (raw.includes('$')) continue;
      const parts = raw.split(':');
      const containerPort = parts[parts.length - 1] as string;
      const hostPort = parts.length >= 2 ? (parts[parts.length - 2] as string) : '';
      const ip = parts.length >= 3 ? parts.slice(0, -2).join(':') : '';
      const slash = containerPort.indexOf('/');
      out.push({ instruction, raw, ip, hostPort, proto: slash === -1 ? '' : containerPort.slice(slash + 1) });
    }
  }
  return out;
}
