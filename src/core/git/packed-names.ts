/**
 * Tracked paths and blob ids left as bytes where they were read (the index file), with their
 * positions: on a large tree a string per path and per id is most of the fast path's memory, and
 * every new page of memory costs (issue 8). Strings are made only for the few that need one.
 */
/** Where a listing's tracked paths (UTF-8) and sha1 ids are, as bytes, in listing order. */
export interface PackedNames {
  /** Path i is names[starts[i], ends[i]). */
  names: Buffer;
  starts: Uint32Array;
  ends: Uint32Array;
  /** Id i is the 20 bytes of oids from oidStarts[i]. */
  oids: Buffer;
  oidStarts: Uint32Array;
}

export const PACKED_OID_BYTES = 20;

/** Path i of a packed listing. */
export function packedPath(packed: PackedNames, i: number): string {
  return packed.names.toString('utf8', packed.starts[i], packed.ends[i]);
}

/** Id i of a packed listing, in hex. */
export function packedOid(packed: PackedNames, i: number): string {
  const start = packed.oidStarts[i] as number;
  return packed.oids.toString('hex', start, start + PACKED_OID_BYTES);
}

/** Byte order of path i against `key` (UTF-8 bytes): negative, 0 or positive. */
export function comparePackedPath(packed: PackedNames, i: number, key: Uint8Array): number {
  const start = packed.starts[i] as number;
  const length = (packed.ends[i] as number) - start;
  const shorter = Math.min(length, key.length);
  for (let b = 0; b < shorter; b++) {
    const difference = (packed.names[start + b] as number) - (key[b] as number);
    if (difference !== 0) return difference;
  }
  return length - key.length;
}
