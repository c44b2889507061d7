/**
 * Before the integration tests: the committed bundles must be built from the code beside them. When
 * dist/.source-digest differs from the sources' digest, `npm run build` runs first, so a test never
 * exercises a stale bundle after an edit to src/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { digestFile, root, sourceDigest } from '../../scripts/source-digest.ts';

export default function setup(): void {
  const built = existsSync(digestFile) ? readFileSync(digestFile, 'utf8').trim() : '';
  if (built === sourceDigest()) return;
  process.stderr.write(
    `dist/ was built from other sources (${path.relative(root, digestFile)}): rebuilding before the integration tests\n`,
  );
  execFileSync(process.execPath, [path.join(root, 'scripts/build.ts')], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (readFileSync(digestFile, 'utf8').trim() !== sourceDigest()) throw new Error('npm run build did not bring dist/ up to date with src/');
}
