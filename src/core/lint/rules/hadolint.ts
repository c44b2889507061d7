/**
 * hadolint's rules that matter for data/ML images, under hadolint's ids and with its meaning
 * (hadolint/hadolint src/Hadolint/Rule/DL*.hs and their specs; written anew here, the code is
 * GPL). Where hadolint reads RUN with ShellCheck's parser, these read it with shell-script.ts.
 * ONBUILD triggers are not checked.
 */
import type { DockerInstruction, StageSyntax } from '../../dockerfile/syntax.js';
import { isRemoteSource } from '../../dockerfile-images.js';
import type { Check, LintContext } from '../context.js';
import type { RuleId } from '../rule-catalog.js';
import { commandBase, hasFlag, isSubcommand, operands, pipInstallArgs, type ShellCommand } from '../shell-script.js';

type Run = { stage: StageSyntax; instruction: DockerInstruction; commands: ShellCommand[] };
const RUNS = new WeakMap<LintContext, Run[]>();

/** Every RUN with its commands, read once per file for all the rules. */
function runs(ctx: LintContext): Run[] {
  const cached = RUNS.get(ctx);
  if (cached) return cached;
  const out: Run[] = [];
  RUNS.set(ctx, out);
  for (const stage of ctx.stages) {
    for (const instruction of stage.instructions) {
      if (instruction.keyword !== 'RUN') continue;
      out.push({ stage, instruction, commands: ctx.script(instruction)?.commands ?? [] });
    }
  }
  return out;
}

function reportRuns(ctx: LintContext, rule: RuleId, failing: (command: ShellCommand) => boolean): void {
  for (const { instruction, commands } of runs(ctx)) if (commands.some(failing)) ctx.report(rule, instruction.line);
}

const isRoot = (user: string) => user === 'root' || user === '0' || user.startsWith('root:') || user.startsWith('0:');

/** hadolint's archive extensions: ADD unpacks these, so ADD is the right tool for them. */
const ARCHIVE = /\.(tar|Z|bz2|gz|lz|lzma|tZ|tb2|tbz|tbz2|tgz|tlz|tpz|txz|xz)$/;
const PIP_VERSION = ['==', '>=', '<=', '>', '<', '!=', '~=', '==='];
const VCS = ['git+', 'hg+', 'svn+', 'bzr+'];
const PIP_FLAGS_WITH_VALUE = [
  'abi',
  'b',
  'build',
  'e',
  'editable',
  'extra-index-url',
  'f',
  'find-links',
  'i',
  'index-url',
  'implementation',
  'no-binary',
  'only-binary',
  'platform',
  'prefix',
  'progress-bar',
  'proxy',
  'python-version',
  'root',
  'src',
  't',
  'target',
  'trusted-host',
  'upgrade-strategy',
  'c',
  'constraint',
  'r',
  'requirement',
  'config-settings',
  'C',
  'log',
  'cert',
  'client-cert',
  'cache-dir',
  'exists-action',
  'timeout',
  'retries',
];
const TRUTHY = new Set(['1', 'true', 'True', 'TRUE', 'on', 'On', 'ON', 'yes', 'Yes', 'YES']);

/** The image part of a FROM word: tag and digest as hadolint splits them. */
function imageParts(word: string): { name: string; tag?: string; digest?: string } {
  const at = word.indexOf('@');
  const digest = at === -1 ? undefined : word.slice(at + 1);
  const rest = at === -1 ? word : word.slice(0, at);
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) return { name: rest.slice(0, colon), tag: rest.slice(colon + 1), ...(digest ? { digest } : {}) };
  return { name: rest, ...(digest ? { digest } : {}) };
}

/** A cache or tmpfs mount whose target holds `path`. */
function mountsOver(instruction: DockerInstruction, path: string): boolean {
  return instruction.flags.some(
    (f) =>
      f.name === 'mount' &&
      f.options.some((o) => o.name === 'type' && (o.value === 'cache' || o.value === 'tmpfs')) &&
      f.options.some((o) => ['target', 'dst', 'destination'].includes(o.name) && (o.value ?? '').replace(/\/$/, '').includes(path)),
  );
}

export const hadolintChecks = {
  DL3002(ctx) {
    for (const stage of ctx.stages) {
      const users = stage.instructions.filter((i) => i.keyword === 'USER');
      const last = users[users.length - 1];
      if (last && isRoot(last.args[0] ?? '')) ctx.report('DL3002', last.line);
    }
  },

  DL3003: (ctx) => reportRuns(ctx, 'DL3003', (c) => c.name === 'cd'),
  DL3004: (ctx) => reportRuns(ctx, 'DL3004', (c) => c.name === 'sudo'),

  DL3006(ctx) {
    const aliases = new Set<string>();
    for (const stage of ctx.stages) {
      const { name, tag, digest } = imageParts(stage.baseWord);
      if (name !== 'scratch' && !digest && tag === undefined && !name.startsWith('$') && !aliases.has(name.toLowerCase())) {
        ctx.report('DL3006', stage.from.line);
      }
      if (stage.name) aliases.add(stage.name);
    }
  },

  DL3007(ctx) {
    for (const stage of ctx.stages) {
      const { tag, digest } = imageParts(stage.baseWord);
      if (tag === 'latest' && !digest) ctx.report('DL3007', stage.from.line);
    }
  },

  DL3008: (ctx) =>
    reportRuns(ctx, 'DL3008', (c) => {
      if (!isSubcommand(c, ['apt-get'], 'install')) return false;
      const packages = operands(c.args, ['t', 'target-release', 'o']).filter((p) => p !== 'install');
      return packages.some((p) => !(p.includes('=') || p.includes('/') || p.endsWith('.deb')));
    }),

  DL3009(ctx) {
    // Only where the lists end up in an image: the final stage, and stages another FROM builds on.
    const usedAsBase = new Set(ctx.stages.map((s) => ctx.baseStage(s)?.index).filter((i): i is number => i !== undefined));
    const last = ctx.stages[ctx.stages.length - 1];
    for (const { stage, instruction, commands } of runs(ctx)) {
      if (stage !== last && !usedAsBase.has(stage.index)) continue;
      const updates = commands.some((c) => ['apt', 'apt-get', 'aptitude'].includes(c.name) && c.args.includes('update'));
      if (!updates) continue;
      const cleans = commands.some(
        (c) => c.name === 'rm' && c.args.includes('/var/lib/apt/lists/*') && c.args.some((a) => /^-[a-zA-Z]*r/.test(a) && a.includes('f')),
      );
      if (
        cleans ||
        mountsOver(instruction, '/var/lib/apt/lists') ||
        (mountsOver(instruction, '/var/lib/apt') && mountsOver(instruction, '/var/cache/apt'))
      )
        continue;
      ctx.report('DL3009', instruction.line);
    }
  },

  DL3013: (ctx) =>
    reportRuns(ctx, 'DL3013', (c) => {
      const args = pipInstallArgs(c);
      if (!args || commandBase(c.name).startsWith('pipx')) return false;
      if (hasFlag(args, 'r', 'requirement', 'c', 'constraint') || args.includes('.')) return false;
      const packages = operands(args, PIP_FLAGS_WITH_VALUE);
      const pinned = (p: string) =>
        PIP_VERSION.some((s) => p.includes(s)) ||
        (VCS.some((v) => p.startsWith(v)) && p.includes('@')) ||
        p.endsWith('.whl') ||
        p.endsWith('.tar.gz') ||
        (!VCS.some((v) => p.startsWith(v)) && p.includes('/'));
      return packages.some((p) => !pinned(p));
    }),

  DL3015: (ctx) =>
    reportRuns(
      ctx,
      'DL3015',
      (c) =>
        isSubcommand(c, ['apt-get'], 'install') &&
        !hasFlag(c.args, 'no-install-recommends') &&
        !c.args.includes('APT::Install-Recommends=false'),
    ),

  DL3018: (ctx) =>
    reportRuns(ctx, 'DL3018', (c) => {
      if (!isSubcommand(c, ['apk'], 'add')) return false;
      const packages = operands(c.args, ['t', 'virtual', 'repository', 'X']).filter((p) => p !== 'add');
      return packages.some((p) => !(/[=~<>]/.test(p) || p.endsWith('.apk')));
    }),

  DL3020(ctx) {
    for (const stage of ctx.stages) {
      for (const instruction of stage.instructions) {
        if (instruction.keyword !== 'ADD' || instruction.heredocs.length > 0) continue;
        const sources = (instruction.json ?? instruction.args).slice(0, -1).map((s) => s.replace(/^["']|["']$/g, ''));
        if (sources.length > 0 && sources.some((s) => !isRemoteSource(s) && !ARCHIVE.test(s))) ctx.report('DL3020', instruction.line);
      }
    }
  },

  DL3022(ctx) {
    const aliases = new Set<string>();
    for (const stage of ctx.stages) {
      if (stage.name) aliases.add(stage.name);
      for (const instruction of stage.instructions) {
        const from = instruction.keyword === 'COPY' ? instruction.flag('from')?.value : undefined;
        if (!from || from.replace(/^["']|["']$/g, '').includes(':')) continue;
        if (aliases.has(from.toLowerCase())) continue;
        if (/^\d+$/.test(from) && Number(from) < stage.index + 1) continue;
        ctx.report('DL3022', instruction.line);
      }
    }
  },

  DL3025(ctx) {
    for (const stage of ctx.stages) {
      for (const instruction of stage.instructions) {
        if ((instruction.keyword === 'CMD' || instruction.keyword === 'ENTRYPOINT') && !instruction.json && instruction.args.length > 0)
          ctx.report('DL3025', instruction.line);
      }
    }
  },

  DL3027: (ctx) => reportRuns(ctx, 'DL3027', (c) => c.name === 'apt'),

  DL3042(ctx) {
    const stageDisables = (stage: StageSyntax, until?: DockerInstruction) =>
      stage.instructions.some(
        (i) =>
          (until === undefined || i.index < until.index) &&
          i.keyword === 'ENV' &&
          i.properties.some((p) => p.name === 'PIP_NO_CACHE_DIR' && TRUTHY.has(p.value ?? '')),
      );
    for (const { stage, instruction, commands } of runs(ctx)) {
      if (
        stageDisables(stage, instruction) ||
        ctx
          .lineage(stage)
          .slice(1)
          .some((s) => stageDisables(s))
      )
        continue;
      if (/PIP_NO_CACHE_DIR=["']?(1|true|True|TRUE|on|On|ON|yes|Yes|YES)\b/.test(instruction.text)) continue;
      if (mountsOver(instruction, '.cache/pip')) continue;
      const forgot = commands.some((c) => {
        const args = pipInstallArgs(c);
        if (!args) return false;
        const wrapper = ['pipx', 'pipenv'].some((w) => commandBase(c.name).includes(w));
        return !wrapper && !c.args.includes('--no-cache-dir');
      });
      if (forgot) ctx.report('DL3042', instruction.line);
    }
  },

  DL3045(ctx) {
    const hasWorkdir = new Map<number, boolean>();
    for (const stage of ctx.stages) {
      const parent = ctx.baseStage(stage);
      let workdir = parent ? (hasWorkdir.get(parent.index) ?? false) : false;
      for (const instruction of stage.instructions) {
        if (instruction.keyword === 'WORKDIR') workdir = true;
        if (instruction.keyword !== 'COPY' || workdir) continue;
        const args = instruction.json ?? instruction.args;
        const destination = (args[args.length - 1] ?? '').replace(/^["']|["']$/g, '');
        if (destination.startsWith('/') || destination.startsWith('$') || /^[A-Za-z]:/.test(destination)) continue;
        ctx.report('DL3045', instruction.line);
      }
      hasWorkdir.set(stage.index, workdir);
    }
  },

  DL3059(ctx) {
    for (const stage of ctx.stages) {
      let previous: { flags: string; count: number } | undefined;
      for (const instruction of stage.instructions) {
        if (instruction.keyword !== 'RUN') {
          previous = undefined;
          continue;
        }
        const flags = JSON.stringify(instruction.flags);
        const count = ctx.script(instruction)?.commands.length ?? 0;
        if (previous && previous.flags === flags && count <= 2 && previous.count <= 2) ctx.report('DL3059', instruction.line);
        previous = { flags, count };
      }
    }
  },

  DL4000(ctx) {
    for (const instruction of ctx.syntax.instructions) if (instruction.keyword === 'MAINTAINER') ctx.report('DL4000', instruction.line);
  },

  DL4006(ctx) {
    for (const stage of ctx.stages) {
      let pipefail = false;
      for (const instruction of stage.instructions) {
        if (instruction.keyword === 'SHELL') {
          const shell = instruction.json ?? [];
          const base = commandBase(shell[0] ?? '');
          const nonPosix = /^(pwsh|powershell|cmd)(\.exe)?$/i.test(base);
          const opts = shell.slice(1);
          pipefail = nonPosix || (['bash', 'zsh', 'ash'].includes(base) && opts.some((o, i) => o === '-o' && opts[i + 1] === 'pipefail'));
        }
        if (instruction.keyword !== 'RUN' || pipefail || instruction.json) continue;
        const script = ctx.script(instruction);
        if (!script?.hasPipe) continue;
        // `set -o pipefail` (or `set -euo pipefail`) at the start of the script does the same.
        const first = script.commands[0];
        if (first?.name === 'set' && first.args.includes('pipefail') && first.args.some((a) => /^-[a-z]*o$/.test(a))) continue;
        ctx.report('DL4006', instruction.line);
      }
    }
  },
} satisfies Partial<Record<RuleId, Check>>;
