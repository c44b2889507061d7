/** Which registry a reference points at, and whether the builders may talk to it without TLS. */

/** `host[:port]` of an image reference, with Docker's rule: the first part is a host when it has `.` or `:` or is `localhost`. */
export function registryHost(reference: string): string {
  const slash = reference.indexOf('/');
  if (slash === -1) return 'docker.io';
  const first = reference.slice(0, slash);
  if (first.includes('.') || first.includes(':') || first === 'localhost') return first.toLowerCase();
  return 'docker.io';
}

function hostWithoutPort(host: string): string {
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1);
  const colon = host.lastIndexOf(':');
  return colon === -1 ? host : host.slice(0, colon);
}

/** Loopback registries speak plain HTTP, as Docker does for 127.0.0.0/8 and localhost. */
export function isLoopbackHost(host: string): boolean {
  const name = hostWithoutPort(host.toLowerCase());
  return name === 'localhost' || name === '[::1]' || /^127(\.\d{1,3}){3}$/.test(name);
}

/**
 * True for loopback hosts and for hosts listed in `insecure` (an entry without a port matches
 * every port of that host).
 */
export function isInsecureRegistry(host: string, insecure: readonly string[]): boolean {
  const wanted = host.toLowerCase();
  if (isLoopbackHost(wanted)) return true;
  return insecure.some((entry) => {
    const listed = entry.trim().toLowerCase();
    if (listed === wanted) return true;
    return hostWithoutPort(listed) === listed && hostWithoutPort(wanted) === listed;
  });
}
