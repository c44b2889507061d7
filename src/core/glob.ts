/**
 * Path globs compiled once to regular expressions, for matching thousands of paths: `*` and `?`
 * within a segment, `**` across segments (zero or more), `[…]` classes, `{a,b}` alternatives.
 * As in shells (and node's path.matchesGlob), a segment starting with `.` is matched only by a
 * pattern segment that starts with `.`. Paths are `/`-separated. Pure.
 */

function segmentSource(segment: string): string {
  let out = '';
  for (let i = 0; i < segment.length; i++) {
    const ch = segment[i] as string;
    if (ch === '*') {
      while (segment[i + 1] === '*') i++;
      out += i === 0 || out === '' ? '(?!\\.)[^/]*' : '[^/]*';
    } else if (ch === '?') out += out === '' ? '(?!\\.)[^/]' : '[^/]';
    else if (ch === '[') {
      const end = segment.indexOf(']', i + 2);
      if (end === -1) out += '\\[';
      else {
        const body = segment
          .slice(i + 1, end)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\');
        out += `[${body}]`;
        i = end;
      }
    } else if (ch === '{') {
      const end = segment.indexOf('}', i);
      if (end === -1) out += '\\{';
      else {
        out += `(?:${segment
          .slice(i + 1, end)
          .split(',')
          .map((alternative) => segmentSource(alternative).replace(/^\(\?!\\\.\)/, ''))
          .join('|')})`;
        i = end;
      }
    } else out += ch.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return out;
}

export function globToRegExp(glob: string): RegExp {
  const segments = glob.replace(/^\.\//, '').split('/');
  let source = '';
  segments.forEach((segment, index) => {
    const last = index === segments.length - 1;
    if (segment === '**') source += last ? '(?:(?!\\.)[^/]+(?:/(?!\\.)[^/]+)*)?' : '(?:(?!\\.)[^/]+/)*';
    else source += segmentSource(segment) + (last ? '' : '/');
  });
  return new RegExp(`^${source}$`);
}

/** A matcher for several globs at once. */
export function globMatcher(globs: readonly string[]): (path: string) => boolean {
  const expressions = globs.map(globToRegExp);
  return (path) => expressions.some((expression) => expression.test(path));
}
