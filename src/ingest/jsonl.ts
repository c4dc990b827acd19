/**
 * JSON Lines articles: one `{"id","title"?,"date"?,"url"?,"text"}` object per line. A bad line is
 * reported as `file:line` and skipped; the other lines still count.
 */

export interface JsonlRecord {
  line: number;
  id?: string;
  text: string;
  title?: string;
  date?: string;
  url?: string;
}

export interface JsonlLineProblem {
  line: number;
  message: string;
}

function optionalString(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

export function parseJsonl(text: string): { records: JsonlRecord[]; problems: JsonlLineProblem[] } {
  const records: JsonlRecord[] = [];
  const problems: JsonlLineProblem[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = i + 1;
    const source = lines[i]!.trim();
    if (source === "") continue;
    let value: unknown;
    try {
      value = JSON.parse(source);
    } catch (error) {
      problems.push({ line, message: `skipped: not valid JSON (${(error as Error).message})` });
      continue;
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      problems.push({ line, message: "skipped: the line is not a JSON object" });
      continue;
    }
    const record = value as Record<string, unknown>;
    if (typeof record.text !== "string" || record.text.trim() === "") {
      problems.push({ line, message: 'skipped: no "text" string' });
      continue;
    }
    const rawId = record.id;
    const id = typeof rawId === "number" && Number.isFinite(rawId) ? String(rawId) : optionalString(rawId);
    const parsed: JsonlRecord = { line, text: record.text };
    if (id !== undefined) parsed.id = id;
    const title = optionalString(record.title);
    const date = optionalString(record.date);
    const url = optionalString(record.url);
    if (title !== undefined) parsed.title = title;
    if (date !== undefined) parsed.date = date;
    if (url !== undefined) parsed.url = url;
    records.push(parsed);
  }
  return { records, problems };
}
