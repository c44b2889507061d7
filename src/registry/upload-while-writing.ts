/**
 * Uploads the blobs of an OCI layout while a writer is still filling it, so that uploading overlaps
 * the writer's compression the way a builder's own push does (buildah compresses a layer while it
 * streams it to the registry; writing the layout first and uploading after would add the two up).
 *
 * It follows containers/image's layout writer (oci/layout/oci_dest.go, PutBlob): each blob goes to
 * a temporary `oci-put-blob*` file in the layout folder, is synced, then renamed to
 * `blobs/sha256/<hex>`. Such a file is read as it grows and streamed to the registry in one PATCH,
 * and the upload is committed only if the finished blob exists under the digest of exactly the
 * bytes sent (the registry checks that digest again). Whatever is missed or fails here is left to
 * uploadLayout, which runs afterwards from the finished layout and skips what is already there —
 * this only saves time, it never decides what is pushed. A writer that names its files otherwise
 * simply gets no head start.
 */
import { type FileHandle, open, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { RegistryClient, RepositoryRef } from './client.js';

/** The prefix of containers/image's temporary blob files in an OCI layout folder. */
export const LAYOUT_TEMP_PREFIX = 'oci-put-blob';

export interface EarlyUploads {
  /** Call once the writer has exited: waits for the uploads in flight; returns the digests committed. */
  finish(): Promise<Set<string>>;
}

export interface UploadWhileWritingOptions {
  /** How often the folder and a growing file are looked at. Default 20 ms. */
  pollMs?: number;
  /** Bytes read from a growing file at once. Default 1 MiB. */
  readBytes?: number;
  /** Why an early upload was dropped (debug lines). */
  log?: (line: string) => void;
}

const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  );

/** The bytes of a file someone is still writing: read as they come; ends when the file is renamed or deleted (then drained), or when the writer is gone. */
async function* growingFile(
  handle: FileHandle,
  file: string,
  writing: () => boolean,
  options: Required<Pick<UploadWhileWritingOptions, 'pollMs' | 'readBytes'>>,
): AsyncGenerator<Uint8Array> {
  let position = 0;
  let last = false;
  for (;;) {
    const buffer = Buffer.allocUnsafe(options.readBytes);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
    if (bytesRead > 0) {
      position += bytesRead;
      yield buffer.subarray(0, bytesRead);
      continue;
    }
    if (last) return;
    // The writer renames (or removes) the file only after its last write and a sync: read once more to its end.
    if (!(await exists(file)) || !writing()) {
      last = true;
      continue;
    }
    await sleep(options.pollMs);
  }
}

/** Starts watching `layoutDir` (which must exist) and uploading into `dst` what the writer puts there. */
export function uploadWhileWriting(
  client: RegistryClient,
  layoutDir: string,
  dst: RepositoryRef,
  options: UploadWhileWritingOptions = {},
): EarlyUploads {
  const settings = { pollMs: options.pollMs ?? 20, readBytes: options.readBytes ?? 1 << 20 };
  const log = options.log ?? (() => undefined);
  const seen = new Set<string>();
  const uploads: Array<Promise<void>> = [];
  const committed = new Set<string>();
  let writing = true;

  const follow = async (name: string): Promise<void> => {
    const file = path.join(layoutDir, name);
    let handle: FileHandle;
    try {
      handle = await open(file, 'r');
    } catch {
      return; // renamed already: uploadLayout takes it from the finished layout
    }
    try {
      const result = await client.uploadStreamed(
        dst,
        growingFile(handle, file, () => writing, settings),
        async (digest, size) => {
          const finished = await stat(path.join(layoutDir, 'blobs', ...digest.split(':'))).catch(() => undefined);
          return finished?.isFile() === true && finished.size === size;
        },
      );
      if (result) committed.add(result.digest);
      else log(`${name}: the writer did not finish it; not committed`);
    } catch (error) {
      log(
        `${name}: early upload dropped (${error instanceof Error ? error.message : String(error)}); it is uploaded from the finished layout`,
      );
    } finally {
      await handle.close();
    }
  };

  const watching = (async () => {
    while (writing) {
      for (const name of await readdir(layoutDir).catch(() => [] as string[])) {
        if (!name.startsWith(LAYOUT_TEMP_PREFIX) || seen.has(name)) continue;
        seen.add(name);
        uploads.push(follow(name));
      }
      await sleep(settings.pollMs);
    }
  })();

  return {
    async finish() {
      writing = false;
      await watching;
      await Promise.all(uploads);
      return committed;
    },
  };
}
