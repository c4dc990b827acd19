/** RFC 4180 CSV: a field is quoted when it holds a comma, quote, CR or LF; quotes are doubled. */

export type CsvValue = string | number | undefined;

export function csvField(value: CsvValue): string {
  if (value === undefined) return "";
  const text = typeof value === "number" ? (Number.isFinite(value) ? String(value) : "") : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: CsvValue[]): string {
  return values.map(csvField).join(",");
}

/** Header and rows, LF line ends (a newline inside a quoted field stays as it is). */
export function csvTable(header: string[], rows: CsvValue[][]): string {
  return `${[header, ...rows].map(csvRow).join("\n")}\n`;
}
