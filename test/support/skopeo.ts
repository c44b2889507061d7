/** skopeo as the independent registry client that cross-checks digests (argv arrays, no shell). */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

function credentialFlags(credentials?: { username: string; password: string }): string[] {
  return credentials ? ['--creds', `${credentials.username}:${credentials.password}`] : [];
}

/** The digest skopeo sees for `ref` (e.g. `127.0.0.1:5000/acme/app:1`): the top-level manifest's. */
export async function skopeoDigest(ref: string, credentials?: { username: string; password: string }): Promise<string> {
  const { stdout } = await run('skopeo', [
    'inspect',
    '--tls-verify=false',
    ...credentialFlags(credentials),
    '--format',
    '{{.Digest}}',
    `docker://${ref}`,
  ]);
  return stdout.trim();
}

/** The raw manifest skopeo reads for `ref`. */
export async function skopeoRawManifest(ref: string, credentials?: { username: string; password: string }): Promise<string> {
  const { stdout } = await run('skopeo', ['inspect', '--tls-verify=false', '--raw', ...credentialFlags(credentials), `docker://${ref}`]);
  return stdout;
}
