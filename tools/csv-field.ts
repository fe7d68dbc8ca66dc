/** CSV fields (RFC 4180), safe to open in a spreadsheet. */

/** A CSV cell: text, or a number written as a number. */
export type Cell = string | number;

/** First characters that make a spreadsheet read a cell as a formula (or hide what follows). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell made safe from CSV formula injection: a text starting with `=`, `+`, `-`, `@`, tab or CR
 * gets a leading `'`, so Excel, LibreOffice and Google Sheets show it as text instead of running it.
 * Numbers are written as numbers and never prefixed.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote, CR or LF, with inner quotes doubled. */
export function csvField(value: Cell): string {
  const text = typeof value === 'number' ? String(value) : neutraliseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
