/**
 * A small Penn-Treebank-like tokeniser and sentence splitter with character offsets, used only
 * to turn raw-text corpora (re3d documents, BBC articles) into token sequences resembling the
 * UD tokenisation the models are trained on. The pipeline uses its own tokeniser.
 */

export interface OffsetToken {
  text: string;
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "gen",
  "lt",
  "col",
  "maj",
  "capt",
  "sgt",
  "adm",
  "rep",
  "sen",
  "gov",
  "st",
  "jr",
  "sr",
  "inc",
  "ltd",
  "corp",
  "co",
  "vs",
  "etc",
  "no",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "mt",
  "ft",
  "u.s",
  "u.k",
  "u.n",
  "e.g",
  "i.e",
  "approx",
  "dept",
  "est",
  "fig",
]);

// word with internal apostrophes/hyphens/periods (U.S., F-16, o'clock), numbers, or one symbol
const TOKEN_RE =
  /(?:[A-Za-z]\.){2,}|\d+(?:[.,:]\d+)*(?:st|nd|rd|th|s|m|bn|km|%)?|[\p{L}\p{M}\p{N}]+(?:[-'’.&][\p{L}\p{M}\p{N}]+)*\.?|--|\.\.\.|\S/gu;

const CLITIC_RE = /^(.+?)(n't|'s|'re|'ve|'ll|'d|'m|’s|’re|’ve|’ll|’d|’m|n’t)$/i;

/** Tokenises text into PTB-like tokens with offsets (punctuation split, clitics split). */
export function tokenize(text: string): OffsetToken[] {
  const out: OffsetToken[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    let tok = m[0];
    let start = m.index ?? 0;
    // A trailing period is kept only on known abbreviations and initials ("Mr.", "J.").
    if (tok.length > 1 && tok.endsWith(".") && !/^(?:[A-Za-z]\.){2,}$/.test(tok)) {
      const stem = tok.slice(0, -1).toLowerCase();
      if (!ABBREVIATIONS.has(stem) && !/^[A-Z]$/.test(tok.slice(0, -1))) {
        pushWord(out, tok.slice(0, -1), start);
        out.push({ text: ".", start: start + tok.length - 1, end: start + tok.length });
        continue;
      }
    }
    if (tok.startsWith("'") && tok.length > 1 && !CLITIC_RE.test(tok)) {
      out.push({ text: "'", start, end: start + 1 });
      tok = tok.slice(1);
      start += 1;
    }
    pushWord(out, tok, start);
  }
  return out;
}

function pushWord(out: OffsetToken[], tok: string, start: number): void {
  const c = CLITIC_RE.exec(tok);
  if (c && c[1]!.length > 0 && /[A-Za-z]/.test(c[1]!)) {
    let stem = c[1]!;
    let clitic = c[2]!;
    if (/^n['’]t$/i.test(clitic)) {
      // "don't" → "do" "n't"
    } else if (stem.toLowerCase().endsWith("n") && /^['’]t$/i.test(clitic)) {
      stem = stem.slice(0, -1);
      clitic = `n${clitic}`;
    }
    out.push({ text: stem, start, end: start + stem.length });
    out.push({ text: clitic, start: start + stem.length, end: start + tok.length });
    return;
  }
  out.push({ text: tok, start, end: start + tok.length });
}

/** Splits tokens into sentences at . ! ? (and closing quotes after them) before a capital/digit/quote. */
export function splitSentences(tokens: OffsetToken[], text: string): OffsetToken[][] {
  const out: OffsetToken[][] = [];
  let cur: OffsetToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    cur.push(t);
    const next = tokens[i + 1];
    if (!next) break;
    const gap = text.slice(t.end, next.start);
    if (gap.includes("\n\n") || /\n\s*\n/.test(gap)) {
      out.push(cur);
      cur = [];
      continue;
    }
    if (t.text === "." || t.text === "!" || t.text === "?") {
      let k = i + 1;
      while (
        k < tokens.length &&
        /^["'”’)\]]$/.test(tokens[k]!.text) &&
        tokens[k]!.start === tokens[k - 1]!.end
      ) {
        cur.push(tokens[k]!);
        k++;
      }
      const after = tokens[k];
      if (after && /^[\p{Lu}\p{N}"“'‘(]/u.test(after.text)) {
        out.push(cur);
        cur = [];
      }
      i = k - 1;
    }
  }
  if (cur.length > 0) out.push(cur);
  return out;
}
