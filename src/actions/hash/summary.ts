import { code, escapeHtml, writeSummary } from '../../github/summary.js';
import type { BuildDefinitionResult } from '../../hash/compute-build-definition.js';

export function humanBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${bytes} B` : `${value.toFixed(1)} ${units[unit]}`;
}

/** A small job-summary table: the tag, what the hash covers, and how it was computed. */
export async function writeHashSummary(result: BuildDefinitionResult, ms: number, spec?: { file: string; layers: number }): Promise<void> {
  const { definition } = result;
  await writeSummary('Build hash', [
    ['Tag', code(result.tag)],
    ['Hash', code(result.hash)],
    ...(spec
      ? [
          [
            'Image spec',
            `${code(spec.file)}: ${spec.layers} layer${spec.layers === 1 ? '' : 's'}, hashed as the Dockerfile it renders to`,
          ] as [string, string],
        ]
      : []),
    [
      'Context',
      `${result.files} files, ${humanBytes(result.bytes)} (ignore file: ${result.ignoreFile ? code(result.ignoreFile) : 'none'})`,
    ],
    ['Images', definition.images.map((image) => code(image.digest ? `${image.ref} → ${image.digest}` : image.ref)).join('<br>') || '—'],
    ['Platforms', definition.platforms.map(code).join(', ')],
    ['Target stage', code(definition.target)],
    [
      'Build args / secrets / labels',
      `${Object.keys(definition.buildArgs).length} / ${definition.secrets.length} / ${Object.keys(definition.labels).length}`,
    ],
    [
      'Computed',
      `${ms} ms, ${result.fastPath.used ? `git fast path: ${result.fastPath.fromIndex} files from the index, ${result.readPaths.length} read` : `all ${result.readPaths.length} files read${result.fastPath.reason ? ` (no git fast path: ${escapeHtml(result.fastPath.reason)})` : ''}`}`,
    ],
  ]);
}
