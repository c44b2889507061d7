// A stand-in for the docker CLI in the buildx contract tests (no Docker engine exists here).
// `docker version` answers like an engine, so builder `auto` picks buildx. `docker buildx build`
// records its argv, "pushes" by copying FAKE_DOCKER_SOURCE to every --tag with skopeo (so a real
// registry holds the result), and writes a metadata file in buildx's shape. FAKE_DOCKER_MODE:
// ok | mismatch (claims another digest) | null (writes `null`) | fail (exits 1, pushes nothing).
import { execFileSync } from 'node:child_process';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';

const args = process.argv.slice(2);
appendFileSync(process.env.FAKE_DOCKER_LOG, `${JSON.stringify(args)}\n`);
if (args[0] === 'version') {
  process.stdout.write('27.5.1\n');
  process.exit(0);
}
if (args[0] !== 'buildx' || args[1] !== 'build') {
  process.stderr.write(`fake docker: unexpected ${args.join(' ')}\n`);
  process.exit(2);
}
const mode = process.env.FAKE_DOCKER_MODE || 'ok';
const after = (flag) => args[args.indexOf(flag) + 1];
const tags = args.flatMap((arg, i) => (arg === '--tag' ? [args[i + 1]] : []));
process.stdout.write('#1 [internal] load build definition from Dockerfile\n');
if (mode === 'fail') {
  process.stderr.write('ERROR: failed to solve: process "/bin/sh -c exit 3" did not complete successfully: exit code: 3\n');
  process.exit(1);
}
let digest = '';
// Beside the call log, in the test's own folder: the action runs it with the runner's environment.
const digestFile = path.join(path.dirname(process.env.FAKE_DOCKER_LOG), 'digest');
for (const tag of tags) {
  execFileSync('skopeo', ['copy', '--quiet', '--src-tls-verify=false', '--dest-tls-verify=false', '--digestfile', digestFile, `docker://${process.env.FAKE_DOCKER_SOURCE}`, `docker://${tag}`]);
  digest = readFileSync(digestFile, 'utf8').trim();
}
if (mode === 'mismatch') digest = `sha256:${'0'.repeat(64)}`;
const metadata =
  mode === 'null'
    ? null
    : {
        'buildx.build.ref': 'builder-fake/builder-fake0/abcdefghijklmnopqrstuvwxy',
        'containerimage.descriptor': { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest, size: 1058 },
        'containerimage.digest': digest,
        'image.name': tags.join(','),
      };
writeFileSync(after('--metadata-file'), JSON.stringify(metadata));
process.stdout.write(`#9 pushing manifest for ${tags.join(', ')}@${digest} done\n`);
