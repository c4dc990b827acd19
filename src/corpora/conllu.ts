/**
 * CoNLL-U reader (UD EWT, GUM). Multi-word token ranges ("1-2 don't") and empty nodes ("8.1")
 * are skipped: models work on syntactic words, which is how UD splits clitics.
 */
import type { TreeSentence } from "./types";

export function parseConllu(text: string, fallbackDoc = ""): TreeSentence[] {
  const out: TreeSentence[] = [];
  let doc = fallbackDoc;
  let id = "";
  let cur: TreeSentence | null = null;
  const flush = (): void => {
    if (cur && cur.tokens.length > 0) out.push(cur);
    cur = null;
  };
  for (const raw of text.split("\n")) {
    const line = raw.replace(/\r$/, "");
    if (line === "") {
      flush();
      continue;
    }
    if (line.startsWith("#")) {
      const m = /^#\s*(newdoc id|sent_id)\s*=\s*(.*)$/.exec(line);
      if (m) {
        if (m[1] === "newdoc id") doc = m[2]!.trim();
        else id = m[2]!.trim();
      }
      continue;
    }
    const cols = line.split("\t");
    if (cols.length < 10) continue;
    const tid = cols[0]!;
    if (tid.includes("-") || tid.includes(".")) continue;
    if (!cur)
      cur = { id, doc, tokens: [], upos: [], heads: [], rels: [], feats: [], noSpaceAfter: [], misc: [] };
    const c: TreeSentence = cur;
    c.tokens.push(cols[1]!);
    c.upos.push(cols[3]!);
    const head = Number.parseInt(cols[6]!, 10);
    c.heads.push(Number.isFinite(head) ? head - 1 : -1);
    c.rels.push(cols[7]!);
    c.feats.push(cols[5]!);
    c.misc.push(cols[9]!);
    c.noSpaceAfter.push(/(^|\|)SpaceAfter=No(\||$)/.test(cols[9]!));
  }
  flush();
  return out;
}

/** True when every head is in range and following heads from any token reaches the root. */
export function isWellFormedTree(heads: number[]): boolean {
  const n = heads.length;
  for (let i = 0; i < n; i++) {
    let h = i;
    let steps = 0;
    while (h !== -1) {
      h = heads[h]!;
      if (h < -1 || h >= n) return false;
      if (++steps > n) return false;
    }
  }
  return true;
}
