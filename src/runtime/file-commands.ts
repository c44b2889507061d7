/**
 * Reads the runner's file-command format (`GITHUB_OUTPUT`, `GITHUB_STATE`, `GITHUB_ENV`), as
 * written by @actions/core: either `name=value` lines or `name<<DELIMITER` … `DELIMITER` blocks.
 */
export function parseFileCommands(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc as unknown as [string, string, string];
      const body: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) body.push(lines[i] ?? '');
      result[name] = body.join('\n');
      continue;
    }
    const at = line.indexOf('=');
    if (at > 0) result[line.slice(0, at)] = line.slice(at + 1);
  }
  return result;
}
