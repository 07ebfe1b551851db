/**
 * CSV for operators' spreadsheets (RFC 4180): cells with a comma, quote or line break are quoted,
 * and a cell that starts with `=`, `+`, `-`, `@`, tab or CR gets a leading `'` so a spreadsheet
 * never runs it as a formula (CSV injection).
 */
export function csvCell(value: string | number | boolean | Date | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = value instanceof Date ? value.toISOString() : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record, terminated by CRLF. */
export function csvRow(values: ReadonlyArray<string | number | boolean | Date | null | undefined>): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}
