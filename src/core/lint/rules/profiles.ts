/**
 * Platform profiles: what Databricks, DataWorks, Metaflow, ZenML and Flyte need of an image, from
 * their documentation (../shared/seeds). A Dockerfile shows what it installs, not what its base
 * holds: a requirement counts as met when the base image's name says so (databricksruntime/*,
 * python, conda…) or a step installs it.
 */
import type { DockerInstruction, StageSyntax } from '../../dockerfile/syntax.js';
import { parseImageRef } from '../../image-ref.js';
import type { Check, LintContext } from '../context.js';
import type { RuleId } from '../rule-catalog.js';
import { commandBase, operands, pipInstallArgs, readShellScript, type ShellCommand } from '../shell-script.js';

/** The final stage and the stages it builds on, nearest first; their instructions in build order. */
function finalImage(ctx: LintContext): { stages: StageSyntax[]; instructions: DockerInstruction[]; root: string | undefined } | undefined {
  const final = ctx.finalStage;
  if (!final) return undefined;
  const stages = ctx.lineage(final);
  const instructions = [...stages].reverse().flatMap((s) => s.instructions);
  return { stages, instructions, root: ctx.rootImage(final) };
}

function repositoryOf(image: string): { repository: string; tag: string } | undefined {
  try {
    const ref = parseImageRef(image);
    return { repository: ref.repository.replace(/^library\//, ''), tag: ref.tag ?? '' };
  } catch {
    return undefined;
  }
}

function commandsOf(
  ctx: LintContext,
  instructions: readonly DockerInstruction[],
): Array<{ instruction: DockerInstruction; command: ShellCommand }> {
  const out: Array<{ instruction: DockerInstruction; command: ShellCommand }> = [];
  for (const instruction of instructions) {
    if (instruction.keyword !== 'RUN') continue;
    for (const command of ctx.script(instruction)?.commands ?? []) out.push({ instruction, command });
  }
  return out;
}

const OS_INSTALLERS: Record<string, { sub: string[]; flagsWithValue: string[] }> = {
  'apt-get': { sub: ['install'], flagsWithValue: ['t', 'target-release', 'o'] },
  apt: { sub: ['install'], flagsWithValue: ['t', 'o'] },
  apk: { sub: ['add'], flagsWithValue: ['t', 'virtual', 'repository', 'X'] },
  yum: { sub: ['install'], flagsWithValue: [] },
  dnf: { sub: ['install'], flagsWithValue: [] },
  microdnf: { sub: ['install'], flagsWithValue: [] },
  zypper: { sub: ['install', 'in'], flagsWithValue: [] },
  conda: { sub: ['install', 'create'], flagsWithValue: ['c', 'channel', 'n', 'name', 'p', 'prefix'] },
  mamba: { sub: ['install', 'create'], flagsWithValue: ['c', 'channel', 'n', 'name', 'p', 'prefix'] },
  micromamba: { sub: ['install', 'create'], flagsWithValue: ['c', 'channel', 'n', 'name', 'p', 'prefix'] },
};

/** Package names (versions stripped) that system and conda package managers install. */
function installedPackages(commands: ReadonlyArray<{ command: ShellCommand }>): Set<string> {
  const out = new Set<string>();
  for (const { command } of commands) {
    const installer = OS_INSTALLERS[commandBase(command.name)];
    if (!installer) continue;
    const sub = command.args.findIndex((a) => installer.sub.includes(a));
    if (sub === -1) continue;
    for (const name of operands(command.args.slice(sub + 1), installer.flagsWithValue))
      out.add(name.split(/[=<>~]/)[0]?.toLowerCase() ?? '');
  }
  return out;
}

/** Python packages that pip (or uv pip) installs, names lower-cased without extras or versions. */
function pipPackages(commands: ReadonlyArray<{ command: ShellCommand }>): { names: Set<string>; fromFiles: boolean } {
  const names = new Set<string>();
  let fromFiles = false;
  for (const { command } of commands) {
    let args = pipInstallArgs(command);
    const base = commandBase(command.name);
    if (!args && base === 'uv' && command.args[0] === 'pip' && command.args[1] === 'install') args = command.args.slice(2);
    if (!args && ['poetry', 'pipenv', 'pdm'].includes(base) && ['install', 'sync'].includes(command.args[0] ?? '')) fromFiles = true;
    if (!args && base === 'uv' && command.args[0] === 'sync') fromFiles = true;
    if (!args) continue;
    if (args.some((a) => ['-r', '--requirement', '-e', '--editable', '.'].includes(a) || a.startsWith('--requirement='))) fromFiles = true;
    for (const name of operands(args, [
      'r',
      'requirement',
      'c',
      'constraint',
      'i',
      'index-url',
      'extra-index-url',
      'f',
      'find-links',
      't',
      'target',
      'e',
      'editable',
    ])) {
      names.add(name.split(/[[=<>~!;@ ]/)[0]?.toLowerCase() ?? '');
    }
  }
  return { names, fromFiles };
}

const PYTHON_IMAGE =
  /(^|\/|-)(python|pypy|conda|miniconda\d?|anaconda\d?|miniforge\d?|mambaforge|micromamba|pytorch|tensorflow|jupyter|[a-z-]*-notebook|zenml|flytekit|metaflow|huggingface|sagemaker|ray|uv)($|[-/:_])/;
const PYTHON_PACKAGE = /^(python|python3|python3\.\d+|python3-minimal|python3-full|pypy3?|python\d(\.\d+)?)$/;

/** Whether the image has Python: its base says so, or a step installs it. */
function hasPython(ctx: LintContext): boolean {
  const image = finalImage(ctx);
  if (!image) return true;
  const root = image.root ? repositoryOf(image.root) : undefined;
  if (
    root &&
    (PYTHON_IMAGE.test(root.repository) || /python/.test(root.tag) || /^databricksruntime\/(standard|python)/.test(root.repository))
  )
    return true;
  const commands = commandsOf(ctx, image.instructions);
  if ([...installedPackages(commands)].some((p) => PYTHON_PACKAGE.test(p))) return true;
  if (
    commands.some(
      ({ command }) =>
        ['pyenv', 'uv'].includes(commandBase(command.name)) &&
        command.args.includes('install') &&
        (command.args.includes('python') || commandBase(command.name) === 'pyenv'),
    )
  )
    return true;
  // A Python copied from another stage or image (`COPY --from=python:3.12 /usr/local /usr/local`).
  return image.instructions.some((i) => i.keyword === 'COPY' && /python/i.test(i.flag('from')?.value ?? ''));
}

const DATABRICKS_PIPS = ['/databricks/python3/bin/pip', '/databricks/conda/envs/dcs-minimal/bin/pip'];
const isDatabricksRuntime = (repository: string) => repository.startsWith('databricksruntime/');

/** Databricks' minimal requirements for a base that is not theirs (Ubuntu or Alpine plus these). */
const DATABRICKS_NEEDS: Array<{ what: string; os: 'any' | 'alpine'; matches: RegExp }> = [
  { what: 'a JDK', os: 'any', matches: /(openjdk|jdk|temurin|corretto|zulu|java)/ },
  { what: 'bash', os: 'alpine', matches: /^bash$/ },
  { what: 'iproute2', os: 'any', matches: /^iproute2?$/ },
  { what: 'coreutils', os: 'alpine', matches: /^coreutils$/ },
  { what: 'procps', os: 'any', matches: /^procps(-ng)?$/ },
  { what: 'sudo', os: 'any', matches: /^sudo$/ },
];

const START_SERVICE = (c: ShellCommand) =>
  (commandBase(c.name) === 'systemctl' && c.args.some((a) => ['start', 'restart', 'enable'].includes(a))) ||
  (commandBase(c.name) === 'service' && c.args.some((a) => ['start', 'restart'].includes(a))) ||
  (c.name.startsWith('/etc/init.d/') && c.args.some((a) => ['start', 'restart'].includes(a)));

const INSTALLS = (c: ShellCommand) => {
  const base = commandBase(c.name);
  return (
    pipInstallArgs(c) !== undefined ||
    (['apt-get', 'apt', 'yum', 'dnf', 'conda', 'mamba'].includes(base) && c.args.includes('install')) ||
    (base === 'apk' && c.args.includes('add'))
  );
};

/** The shell script a CMD or ENTRYPOINT runs, read. */
function startupScript(instruction: DockerInstruction): ShellCommand[] {
  const json = instruction.json;
  if (!json) return readShellScript(instruction.text).commands;
  const [name = '', ...args] = json;
  if (/(^|\/)(ba|da|a)?sh$/.test(name) && args[0] === '-c' && args[1]) return readShellScript(args[1]).commands;
  return [{ name, args, assignments: [] }];
}

/** DataWorks: paths the runtime brings and must find as it left them. */
const RUNTIME_PATHS = new Set([
  '/bin',
  '/sbin',
  '/lib',
  '/lib64',
  '/usr',
  '/usr/bin',
  '/usr/sbin',
  '/usr/lib',
  '/etc',
  '/bin/sh',
  '/bin/bash',
  '/usr/bin/python',
  '/usr/bin/python3',
  '/usr/bin/env',
  '/etc/passwd',
  '/etc/group',
  '/etc/hosts',
  '/etc/resolv.conf',
  '/etc/nsswitch.conf',
]);

/** Registries DataWorks cannot be expected to reach: public ones other than Docker Hub and ACR. */
const OTHER_PUBLIC_REGISTRY =
  /(^|\.)(ghcr\.io|quay\.io|gcr\.io|pkg\.dev|public\.ecr\.aws|amazonaws\.com|azurecr\.io|nvcr\.io|registry\.gitlab\.com|mcr\.microsoft\.com)$/;

export const profileChecks = {
  DatabricksBaseImage(ctx) {
    const image = finalImage(ctx);
    if (!image?.root) return;
    const root = repositoryOf(image.root);
    if (!root || isDatabricksRuntime(root.repository)) return;
    const name = `${root.repository}:${root.tag}`;
    const alpine = /(^|\/)alpine$/.test(root.repository) || /alpine/.test(root.tag);
    const ubuntu = /(^|\/)ubuntu$/.test(root.repository) || /(ubuntu|jammy|noble|focal|bionic)/.test(root.tag);
    const from = image.stages[image.stages.length - 1]?.from.line ?? 1;
    if (!alpine && !ubuntu) {
      ctx.report('DatabricksBaseImage', from, `Base \`${image.root}\` is neither a databricksruntime image nor Ubuntu or Alpine`);
      return;
    }
    const installed = [...installedPackages(commandsOf(ctx, image.instructions))];
    const missing = DATABRICKS_NEEDS.filter((need) => (need.os === 'any' || alpine) && !installed.some((p) => need.matches.test(p))).map(
      (n) => n.what,
    );
    if (missing.length > 0)
      ctx.report(
        'DatabricksBaseImage',
        from,
        `Base \`${name}\` is not a databricksruntime image, and nothing installs ${missing.join(', ')}`,
      );
  },

  DatabricksRuntimeUnsupported(ctx) {
    const image = finalImage(ctx);
    const root = image?.root ? repositoryOf(image.root) : undefined;
    if (!root || !isDatabricksRuntime(root.repository)) return;
    if (/(^|[-_./])(ml|genomics)($|[-_.])/i.test(`${root.repository.slice('databricksruntime/'.length)}:${root.tag}`))
      ctx.report(
        'DatabricksRuntimeUnsupported',
        image?.stages[image.stages.length - 1]?.from.line ?? 1,
        `\`${image?.root}\` is an ML or Genomics runtime image`,
      );
  },

  DatabricksPip(ctx) {
    const image = finalImage(ctx);
    const root = image?.root ? repositoryOf(image.root) : undefined;
    if (!image || !root || !isDatabricksRuntime(root.repository)) return;
    const major = Number(/^(\d+)/.exec(root.tag)?.[1] ?? 'NaN');
    const pip = major <= 8 ? DATABRICKS_PIPS[1] : DATABRICKS_PIPS[0];
    for (const { instruction, command } of commandsOf(ctx, image.instructions)) {
      if (!pipInstallArgs(command)) continue;
      const own =
        DATABRICKS_PIPS.includes(command.name) ||
        /^\/databricks\/(python3|conda\/envs\/dcs-minimal)\/bin\/python[0-9.]*$/.test(command.name);
      if (!own)
        ctx.report('DatabricksPip', instruction.line, `\`${command.name} install\` installs into another Python than the cluster's`, {
          fix: `Use \`${pip} install\` (the Python the cluster runs).`,
        });
    }
  },

  DatabricksCmdIgnored(ctx) {
    for (const instruction of finalImage(ctx)?.instructions ?? []) {
      if (instruction.keyword === 'CMD' || instruction.keyword === 'ENTRYPOINT')
        ctx.report('DatabricksCmdIgnored', instruction.line, `Databricks ignores ${instruction.keyword}`);
    }
  },

  DatabricksStartupWork(ctx) {
    const image = finalImage(ctx);
    for (const { instruction, command } of commandsOf(ctx, image?.instructions ?? [])) {
      if (START_SERVICE(command))
        ctx.report(
          'DatabricksStartupWork',
          instruction.line,
          `\`${[command.name, ...command.args].join(' ')}\` at build time starts nothing on the cluster`,
        );
    }
  },

  DataWorksPlatform(ctx) {
    const image = finalImage(ctx);
    for (const stage of image?.stages ?? []) {
      const platform = stage.platform;
      if (platform && !platform.includes('$') && platform.toLowerCase() !== 'linux/amd64')
        ctx.report('DataWorksPlatform', stage.from.line, `\`FROM --platform=${platform}\`: DataWorks runs linux/amd64 images only`);
    }
    const others = (ctx.options.build?.platforms ?? []).filter((p) => p !== 'linux/amd64');
    if (others.length > 0)
      ctx.report('DataWorksPlatform', 1, `The image is built for ${others.join(', ')}: DataWorks runs linux/amd64 images only`);
  },

  DataWorksRegistry(ctx) {
    const image = ctx.options.build?.image;
    if (!image) return;
    let registry: string;
    try {
      registry = parseImageRef(image).registry.toLowerCase();
    } catch {
      return;
    }
    if (OTHER_PUBLIC_REGISTRY.test(registry.replace(/:\d+$/, '')))
      ctx.report('DataWorksRegistry', 1, `\`${image}\` is pushed to ${registry}, which DataWorks resource groups do not pull from`);
  },

  DataWorksRuntimePaths(ctx) {
    const image = finalImage(ctx);
    for (const instruction of image?.instructions ?? []) {
      if (instruction.keyword === 'ENV') {
        for (const p of instruction.properties) {
          if (p.name === 'PATH' && !/\$\{?PATH\}?/.test(p.rawValue ?? ''))
            ctx.report(
              'DataWorksRuntimePaths',
              instruction.line,
              '`ENV PATH` replaces the runtime’s PATH instead of extending it (`$PATH` is missing)',
            );
        }
      }
      if ((instruction.keyword === 'COPY' || instruction.keyword === 'ADD') && instruction.heredocs.length === 0) {
        const args = instruction.json ?? instruction.args;
        const destination = (args[args.length - 1] ?? '').replace(/\/+$/, '') || '/';
        if (RUNTIME_PATHS.has(destination) || destination === '/')
          ctx.report(
            'DataWorksRuntimePaths',
            instruction.line,
            `${instruction.keyword} onto \`${destination}\` overwrites what the runtime needs`,
          );
      }
    }
    for (const { instruction, command } of commandsOf(ctx, image?.instructions ?? [])) {
      const base = commandBase(command.name);
      const target = command.args[command.args.length - 1] ?? '';
      if (
        (base === 'ln' && command.args.some((a) => /^-[a-zA-Z]*f/.test(a)) && RUNTIME_PATHS.has(target)) ||
        (base === 'rm' && command.args.some((a) => RUNTIME_PATHS.has(a.replace(/\/+$/, ''))))
      )
        ctx.report(
          'DataWorksRuntimePaths',
          instruction.line,
          `\`${[command.name, ...command.args].join(' ')}\` replaces or removes a path the runtime needs`,
        );
    }
  },

  DataWorksStartupInstall(ctx) {
    for (const instruction of finalImage(ctx)?.instructions ?? []) {
      if (instruction.keyword !== 'CMD' && instruction.keyword !== 'ENTRYPOINT') continue;
      if (startupScript(instruction).some(INSTALLS))
        ctx.report('DataWorksStartupInstall', instruction.line, `${instruction.keyword} installs packages every time the container starts`);
    }
  },

  PythonPresent(ctx) {
    if (hasPython(ctx)) return;
    const image = finalImage(ctx);
    ctx.report(
      'PythonPresent',
      image?.stages[image.stages.length - 1]?.from.line ?? 1,
      `Nothing shows a Python interpreter: \`${image?.root ?? 'scratch'}\` is not a known Python image and no step installs one`,
    );
  },

  ZenmlPackages(ctx) {
    const image = finalImage(ctx);
    if (!image) return;
    const root = image.root ? repositoryOf(image.root) : undefined;
    if (root && /zenml/.test(root.repository)) return;
    const pip = pipPackages(commandsOf(ctx, image.instructions));
    if ([...pip.names].some((n) => n === 'zenml') || pip.fromFiles) return;
    ctx.report('ZenmlPackages', image.stages[image.stages.length - 1]?.from.line ?? 1, 'Nothing installs zenml (and pip) into the image');
  },

  ZenmlWorkdir(ctx) {
    const image = finalImage(ctx);
    if (!image) return;
    const workdirs = image.instructions.filter((i) => i.keyword === 'WORKDIR');
    const last = workdirs[workdirs.length - 1];
    const path = (last?.args[0] ?? '').replace(/\/+$/, '');
    if (path !== '/app')
      ctx.report(
        'ZenmlWorkdir',
        last?.line ?? image.stages[image.stages.length - 1]?.from.line ?? 1,
        last ? `The working directory is \`${path}\`, not /app` : 'No WORKDIR: ZenML expects /app',
      );
  },

  ZenmlNonRootUser(ctx) {
    const image = finalImage(ctx);
    if (!image) return;
    const users = image.instructions.filter((i) => i.keyword === 'USER');
    const last = users[users.length - 1];
    const user = last?.args[0] ?? '';
    if (!last || user === 'root' || user === '0' || user.startsWith('root:') || user.startsWith('0:'))
      ctx.report('ZenmlNonRootUser', last?.line ?? image.stages[image.stages.length - 1]?.from.line ?? 1);
  },
} satisfies Partial<Record<RuleId, Check>>;
