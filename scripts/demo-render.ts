/**
 * Renders the HTML that actions write to the job summary (`core.summary`: headings, tables, lists,
 * code) as plain text for a terminal, so `npm run demo` can show what a workflow run would show.
 * Pure: HTML in, text out. Only the handful of elements core.summary produces are understood.
 */

function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

function inlineText(html: string): string {
  return decode(html.replace(/<br\s*\/?>/g, ' ').replace(/<[^>]+>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
}

function renderTable(html: string): string[] {
  const rows = [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...row[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => inlineText(cell[1]!)),
  );
  if (rows.length === 0) return [];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  const line = (row: string[]) =>
    `  ${row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column] ?? 0))).join('  ')}`.trimEnd();
  const [head, ...body] = rows;
  return [line(head!), `  ${widths.map((width) => '─'.repeat(width)).join('  ')}`, ...body.map(line)];
}

export function renderSummary(html: string): string {
  const out: string[] = [];
  const blocks =
    html.match(
      /<h\d>[\s\S]*?<\/h\d>|<table>[\s\S]*?<\/table>|<ul>[\s\S]*?<\/ul>|<ol>[\s\S]*?<\/ol>|<pre[\s\S]*?<\/pre>|<details>[\s\S]*?<\/details>|[^<\n][^\n]*|<p>[\s\S]*?<\/p>/g,
    ) ?? [];
  for (const block of blocks) {
    if (/^<h\d>/.test(block)) {
      out.push('', inlineText(block), '');
    } else if (block.startsWith('<table>')) {
      out.push(...renderTable(block), '');
    } else if (/^<[uo]l>/.test(block)) {
      for (const item of block.matchAll(/<li>([\s\S]*?)<\/li>/g)) out.push(`  - ${inlineText(item[1]!)}`);
    } else if (block.startsWith('<pre')) {
      out.push(
        ...decode(block.replace(/<[^>]+>/g, ''))
          .split('\n')
          .map((l) => `    ${l}`),
      );
    } else {
      const text = inlineText(block);
      if (text) out.push(`  ${text}`);
    }
  }
  return out.join('\n').replace(/^\n+/, '');
}
