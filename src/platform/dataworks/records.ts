import { createHash } from 'node:crypto';
import { InputError } from '../../core/errors.js';
import { formatImageRef, parsePinnedImageRef } from '../../core/image-ref.js';
import { tagFor } from '../../core/build-definition.js';

/**
 * How our versions live inside DataWorks images. Pure.
 *
 * A DataWorks image (`Id`, e.g. `Custom_image_…`) has numbered versions ("1", "2", …) and no
 * digest field. Each of our versions becomes one DataWorks version whose `Description` starts
 * with a marker `image-actions:<version>@sha256:<digest>`; that marker is how a version name and
 * its digest are found again (and how a second digest for the same name is refused).
 *
 * The `ImageUri` DataWorks pulls is the immutable hash tag (`…:h1-<32 hex>`), not the digest:
 * every documented example and SDK sample uses a tag, and nothing shows a digest is accepted.
 * The hash tag is never moved (the build step only ever pushes it once per build definition),
 * and register checks in the registry that it still points at the digest before registering.
 */

const NAME = /^[a-z0-9_]{1,128}$/;
const VERSION = /^[A-Za-z0-9._+-]{1,42}$/;
const MARKER = /^image-actions:([A-Za-z0-9._+-]{1,42})@(sha256:[0-9a-f]{64})(?:\s|$)/;
const DESCRIPTION_MAX = 128;

export function checkImageName(name: string): void {
  if (!NAME.test(name)) {
    const suggestion = name
      .toLowerCase()
      .replace(/[^a-z0-9_]/g, '_')
      .slice(0, 128);
    throw new InputError(
      'image-name',
      `'${name}' is not a valid DataWorks image name (lowercase letters, digits and '_', at most 128)`,
      `Use e.g. '${suggestion}'`,
    );
  }
}

export function checkVersionName(version: string): void {
  if (!VERSION.test(version)) {
    throw new InputError(
      'version',
      `'${version}' cannot be recorded in a DataWorks image description (letters, digits, '.', '_', '+', '-', at most 42)`,
      'Use a semver or the hash tag as the version',
    );
  }
}

/** The DataWorks `Description` of a version: the marker, then as much of `text` as fits. */
export function versionDescription(version: string, digest: string, text?: string): string {
  const marker = `image-actions:${version}@${digest}`;
  if (!text) return marker;
  const room = DESCRIPTION_MAX - marker.length - 1;
  return room > 0 ? `${marker} ${text.slice(0, room)}` : marker;
}

export function parseVersionDescription(description: string | undefined): { version: string; digest: string } | undefined {
  const match = MARKER.exec(description ?? '');
  return match ? { version: match[1] as string, digest: match[2] as string } : undefined;
}

/** A UUID-shaped token derived from `parts`: the same logical call always sends the same one. */
export function idempotencyToken(...parts: string[]): string {
  const hex = createHash('sha256').update(parts.join('\u0000')).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** ACR namespace and repository from `<registry>/<namespace>/<repository>@sha256:…`. */
export function acrLocation(imageRef: string): { namespace: string; repository: string; digest: string } {
  const pinned = parsePinnedImageRef(imageRef);
  if (!pinned) {
    throw new InputError(
      'image',
      `'${imageRef}' is not pinned by digest`,
      'Pass <registry>/<namespace>/<repository>@sha256:<digest>, as the build step outputs it',
    );
  }
  const slash = pinned.repository.indexOf('/');
  // Without a registry host the reference means Docker Hub, never an ACR instance.
  if (pinned.registry === 'docker.io' || slash <= 0) {
    throw new InputError(
      'image',
      `'${imageRef}' is not an ACR reference of the form <registry>/<namespace>/<repository>@sha256:<digest>`,
      'Push the image to an ACR Enterprise Edition instance and pass that reference',
    );
  }
  return { namespace: pinned.repository.slice(0, slash), repository: pinned.repository.slice(slash + 1), digest: pinned.digest };
}

/** `<registry>/<namespace>/<repository>:h1-<32 hex>`: the immutable hash tag of the build, as DataWorks' `ImageUri`. */
export function hashTagUri(imageRef: string, buildHash: string): string {
  const pinned = parsePinnedImageRef(imageRef);
  if (!pinned) {
    throw new InputError('image', `'${imageRef}' is not pinned by digest`, 'Pass <registry>/<namespace>/<repository>@sha256:<digest>');
  }
  if (!/^[0-9a-f]{64}$/.test(buildHash)) {
    throw new InputError('hash', `'${buildHash}' is not a build hash (64 lowercase hex)`, "Pass the hash or build step's `hash` output");
  }
  return formatImageRef({ registry: pinned.registry, repository: pinned.repository, tag: tagFor(buildHash) });
}
