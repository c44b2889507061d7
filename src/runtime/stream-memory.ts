/**
 * Memory reuse for large streamed bodies (a blob copy): see `streamedBytes`. Its own file because
 * it changes a V8 flag at run time, as large-tree.ts does for hashing, and only a blob copy needs it.
 */
let collect: ((options: { type: 'minor' }) => void) | null | undefined;
let sinceCollect = 0;

/**
 * Counts bytes streamed through node:http (a blob copy) and collects V8's young generation every
 * 2 MiB of them. Every socket read of a large body allocates fresh 64 KiB buffers outside the JS
 * heap (the read, and the parser's copy of the body), and V8 frees them only when it next
 * collects, which a heap that hardly grows seldom does: a 111 MB copy then touches about 100 MB of
 * new memory, and first touches are what cost on a VM (page faults: reading 111 MB with
 * node:http took ~0.75 s of CPU in a fresh process here, ~0.2 s with these collections). A minor
 * collection (about a millisecond) frees what was written out since the last one, and the
 * allocator hands the same memory out again. `gc` comes from a context made after `--expose-gc`
 * is set; where that fails, nothing is collected early.
 */
export function streamedBytes(bytes: number): void {
  sinceCollect += bytes;
  if (sinceCollect < 2 << 20) return;
  sinceCollect = 0;
  if (collect === undefined) {
    try {
      process.getBuiltinModule('node:v8').setFlagsFromString('--expose-gc');
      collect = process.getBuiltinModule('node:vm').runInNewContext('gc') as typeof collect;
    } catch {
      collect = null;
    }
  }
  collect?.({ type: 'minor' });
}
