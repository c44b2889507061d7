/**
 * The one job-summary helper: every action writes a heading, a Field/Value table and, where it has
 * more to say, further tables or lists. Values are HTML (the summary is Markdown with HTML tables),
 * so text from inputs, registries or git is escaped here and nowhere else.
 */
import * as core from '../runtime/actions-core.js';

type Summary = typeof core.summary;

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Text as inline code, or a dash when empty. */
export function code(text: string): string {
  return text ? `<code>${escapeHtml(text)}</code>` : '—';
}

/** A table with a header row; cells are HTML (escape text with escapeHtml or code). */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): Parameters<Summary['addTable']>[0] {
  return [header.map((data) => ({ data, header: true })), ...rows.map((row) => [...row])];
}

/**
 * Appends a section to the job summary: `heading`, a Field/Value table of `fields`, then whatever
 * `more` adds. Outside a runner (no GITHUB_STEP_SUMMARY) there is nowhere to write: nothing happens.
 */
export async function writeSummary(
  heading: string,
  fields: ReadonlyArray<readonly [string, string]>,
  more?: (summary: Summary) => void,
): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  const summary = core.summary.addHeading(heading, 3).addTable(table(['Field', 'Value'], fields));
  more?.(summary);
  await summary.write();
}
