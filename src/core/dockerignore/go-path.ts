/**
 * Go's `path.Clean` and `path.Dir` for `/`-separated paths, ported byte for byte in behaviour:
 * Docker cleans every `.dockerignore` pattern with them (`filepath.Clean` on Linux), and the
 * matcher splits a path into its parents with `Dir`. Being exact here keeps `a/../b`, `./x`,
 * `x/` and `//x` meaning what they mean to Docker.
 */

/** Go's `path.Clean`: the shortest path name equivalent to `path`, by purely lexical processing. */
export function goClean(path: string): string {
  if (path === '') return '.';
  const rooted = path.startsWith('/');
  const n = path.length;
  // `out` plays the role of Go's lazybuf: the cleaned prefix written so far.
  let out = rooted ? '/' : '';
  let r = rooted ? 1 : 0;
  let dotdot = rooted ? 1 : 0; // index in `out` where `..` backtracking must stop
  while (r < n) {
    if (path[r] === '/') {
      r++;
    } else if (path[r] === '.' && (r + 1 === n || path[r + 1] === '/')) {
      r++;
    } else if (path[r] === '.' && path[r + 1] === '.' && (r + 2 === n || path[r + 2] === '/')) {
      r += 2;
      if (out.length > dotdot) {
        let w = out.length - 1;
        while (w > dotdot && out[w] !== '/') w--;
        out = out.slice(0, w);
      } else if (!rooted) {
        if (out.length > 0) out += '/';
        out += '..';
        dotdot = out.length;
      }
    } else {
      if ((rooted && out.length !== 1) || (!rooted && out.length !== 0)) out += '/';
      const next = path.indexOf('/', r);
      const end = next < 0 ? n : next;
      out += path.slice(r, end);
      r = end;
    }
  }
  return out === '' ? '.' : out;
}

/** Go's `filepath.Dir` on Unix: everything before the last `/`, cleaned. */
export function goDir(path: string): string {
  const slash = path.lastIndexOf('/');
  return goClean(path.slice(0, slash + 1));
}

/** Characters Go's `unicode.IsSpace` accepts (what `strings.TrimSpace` removes); differs from JS `trim()` on U+0085 and U+FEFF. */
const GO_SPACE =
  '\t\n\v\f\r \u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000';

/** Go's `strings.TrimSpace`. */
export function goTrimSpace(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && GO_SPACE.includes(s[start] as string)) start++;
  while (end > start && GO_SPACE.includes(s[end - 1] as string)) end--;
  return s.slice(start, end);
}
