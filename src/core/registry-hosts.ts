/**
 * HTTP or HTTPS for a registry host, for the registry client and the builders alike. Docker's
 * rule: loopback registries (127.0.0.0/8, ::1, localhost) speak plain HTTP; every other registry
 * HTTPS unless listed as insecure (`host`, `host:port`, or a CIDR such as `10.0.0.0/8`). Pure.
 */
import { BlockList, isIP } from 'node:net';

export type Scheme = 'http' | 'https';

/** Splits `host[:port]` / `[v6]:port` into the bare host (no brackets, lower-cased) and the port. */
export function splitHostPort(hostPort: string): { host: string; port?: string } {
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(hostPort);
  if (bracketed) return { host: (bracketed[1] ?? '').toLowerCase(), ...(bracketed[2] ? { port: bracketed[2] } : {}) };
  // A bare IPv6 address has several colons and no port.
  if ((hostPort.match(/:/g) ?? []).length > 1) return { host: hostPort.toLowerCase() };
  const colon = hostPort.lastIndexOf(':');
  if (colon === -1) return { host: hostPort.toLowerCase() };
  return { host: hostPort.slice(0, colon).toLowerCase(), port: hostPort.slice(colon + 1) };
}

export function isLoopbackHost(hostPort: string): boolean {
  const { host } = splitHostPort(hostPort);
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (isIP(host) === 4) return host.split('.')[0] === '127';
  if (isIP(host) === 6) return host === '::1' || host === '0:0:0:0:0:0:0:1' || /^::ffff:127\./.test(host);
  return false;
}

function matchesInsecureEntry(hostPort: string, entry: string): boolean {
  const wanted = entry
    .trim()
    .replace(/^https?:\/\//, '')
    .replace(/\/+$/, '')
    .toLowerCase();
  if (!wanted) return false;
  const { host, port } = splitHostPort(hostPort.toLowerCase());
  if (wanted.includes('/')) {
    // CIDR: applies to IP literals only (Docker does the same after resolving; we do not resolve names).
    const [base = '', bits = ''] = wanted.split('/');
    const family = isIP(base);
    const prefix = Number(bits);
    if (!family || !Number.isInteger(prefix) || isIP(host) !== family) return false;
    const list = new BlockList();
    try {
      list.addSubnet(base, prefix, family === 4 ? 'ipv4' : 'ipv6');
    } catch {
      return false;
    }
    return list.check(host, family === 4 ? 'ipv4' : 'ipv6');
  }
  const entryParts = splitHostPort(wanted);
  if (entryParts.host !== host) return false;
  return entryParts.port === undefined || entryParts.port === port;
}

/** Plain HTTP (no TLS verification) for this `host[:port]`: loopback always, else when listed as insecure. */
export function isInsecureRegistry(apiHost: string, insecureRegistries: readonly string[] = []): boolean {
  return isLoopbackHost(apiHost) || insecureRegistries.some((entry) => matchesInsecureEntry(apiHost, entry));
}

export function registryScheme(apiHost: string, insecureRegistries: readonly string[] = []): Scheme {
  return isInsecureRegistry(apiHost, insecureRegistries) ? 'http' : 'https';
}
