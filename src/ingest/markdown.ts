/**
 * Markdown articles: an optional front-matter block (`---` … `---` with `title:`, `date:`, `url:`)
 * becomes metadata and is removed from the text; without one, the first `# ` heading is the title.
 * The rest stays as written: the cleaner and splitter cope with light markup.
 */

export interface MarkdownArticle {
  text: string;
  title?: string;
  date?: string;
  url?: string;
}

function unquote(value: string): string {
  const trimmed = value.trim();
  const quoted = /^(["'])(.*)\1$/.exec(trimmed);
  return quoted ? quoted[2]! : trimmed;
}

export function parseMarkdown(source: string): MarkdownArticle {
  const front = /^---\n([\s\S]*?)\n(?:---|\.\.\.)\n/.exec(source);
  const fields = new Map<string, string>();
  let text = source;
  if (front) {
    for (const line of front[1]!.split("\n")) {
      const field = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
      if (field) fields.set(field[1]!.toLowerCase(), unquote(field[2]!));
    }
    text = source.slice(front[0].length);
  }
  const result: MarkdownArticle = { text };
  const title = fields.get("title") || /^#\s+(.+?)\s*#*\s*$/m.exec(text)?.[1];
  const date = fields.get("date") || fields.get("published");
  const url = fields.get("url") || fields.get("canonical_url") || fields.get("link");
  if (title) result.title = title;
  if (date) result.date = date;
  if (url) result.url = url;
  return result;
}
