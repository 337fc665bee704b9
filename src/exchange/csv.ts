/** Characters that make a spreadsheet read a cell as a formula (or a command, for a tab or return). */
const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r']);

/**
 * One CSV cell: text that would start a formula gets a leading apostrophe (a spreadsheet shows the text, never
 * runs it), and a cell holding a comma, a quote or a line break is quoted with its quotes doubled (RFC 4180).
 */
export function csvCell(value: string | number | boolean | undefined): string {
  let text = value === undefined ? '' : String(value);
  if (text !== '' && FORMULA_START.has(text.charAt(0))) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** CSV text: a header and rows, each line ended by CRLF as RFC 4180 writes it. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | boolean | undefined)[])[],
): string {
  return [header, ...rows].map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}
