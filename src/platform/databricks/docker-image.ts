/**
 * The `docker_image` object Databricks keeps on a cluster spec, and the decisions around it. Pure.
 *
 * Registry credentials should be Databricks secret references (`{{secrets/<scope>/<key>}}`): a
 * raw password in a cluster spec can be read back by other users of the workspace.
 */

export interface BasicAuth {
  username: string;
  password: string;
}

export interface DockerImage {
  url: string;
  basic_auth?: BasicAuth;
}

/** As read back from the API: any field may be missing (e.g. a password the server redacts). */
export interface CurrentDockerImage {
  url?: string;
  basic_auth?: { username?: string; password?: string };
}

const SECRET_REFERENCE = /^\{\{secrets\/[^/{}\s]+\/[^/{}\s]+\}\}$/;

export function isSecretReference(value: string): boolean {
  return SECRET_REFERENCE.test(value);
}

export type DesiredImage = { image: DockerImage } | { problem: string };

/**
 * What to send. Databricks replaces the whole `docker_image`, so credentials already on the
 * target must be sent again: we can only do that when they are secret references we can copy.
 */
export function desiredDockerImage(url: string, auth: BasicAuth | undefined, current: CurrentDockerImage | undefined): DesiredImage {
  if (auth) return { image: { url, basic_auth: { username: auth.username, password: auth.password } } };
  const existing = current?.basic_auth;
  if (!existing || (existing.username === undefined && existing.password === undefined)) return { image: { url } };
  const { username, password } = existing;
  if (username !== undefined && password !== undefined && isSecretReference(password)) {
    return { image: { url, basic_auth: { username, password } } };
  }
  return {
    problem:
      'it pulls its image with registry credentials that cannot be read back to send again; ' +
      'pass the registry username and password (as {{secrets/<scope>/<key>}} references) so the new image can be pulled',
  };
}

/**
 * Whether the target already runs `desired`: same url and, where the server shows them, same
 * credentials. A password the server does not return is taken as unchanged, so replays never
 * restart a running cluster for nothing.
 */
export function sameDockerImage(current: CurrentDockerImage | undefined, desired: DockerImage): boolean {
  if (!current || current.url !== desired.url) return false;
  const have = current.basic_auth;
  const want = desired.basic_auth;
  if (!want) return !have || (have.username === undefined && have.password === undefined);
  if (!have || have.username !== want.username) return false;
  return have.password === undefined || have.password === want.password;
}
