/** Re-slices a byte stream into fixed-size chunks, holding at most one chunk (plus one read) in memory. */
export async function* fixedChunks(stream: AsyncIterable<Uint8Array>, chunkBytes: number): AsyncGenerator<Buffer> {
  let parts: Buffer[] = [];
  let held = 0;
  for await (const piece of stream) {
    let view = Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
    while (view.byteLength > 0) {
      const take = Math.min(chunkBytes - held, view.byteLength);
      parts.push(view.subarray(0, take));
      held += take;
      view = view.subarray(take);
      if (held === chunkBytes) {
        yield Buffer.concat(parts);
        parts = [];
        held = 0;
      }
    }
  }
  if (held > 0) yield Buffer.concat(parts);
}

/** Reads a whole (small, size-checked) stream. */
export async function readAll(stream: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  for await (const piece of stream) parts.push(piece);
  return Buffer.concat(parts);
}
