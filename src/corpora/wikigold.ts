/**
 * wikigold → NER sentences. The file is "token TAG" per line with IO tags (I-PER, I-ORG, I-LOC,
 * I-MISC, O), blank lines between sentences and "-DOCSTART- O" between documents. An entity is a
 * maximal run of one type (IO cannot separate adjacent same-type names; that is rare).
 * PER→person, ORG→organisation, LOC→place; MISC is dropped (its tokens become O).
 */
import type { EntityType, NerSentence, Span } from "./types";

const MAP: Record<string, EntityType | undefined> = { PER: "person", ORG: "organisation", LOC: "place" };

export function readWikigold(text: string): NerSentence[] {
  const out: NerSentence[] = [];
  let doc = 0;
  let tokens: string[] = [];
  let tags: string[] = [];
  const flush = (): void => {
    if (tokens.length === 0) return;
    const spans: Span[] = [];
    let i = 0;
    while (i < tags.length) {
      const t = tags[i]!;
      const type = t === "O" ? undefined : MAP[t.slice(2)];
      if (!type) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < tags.length && tags[j]!.slice(2) === t.slice(2) && tags[j] !== "O") {
        if (tags[j]!.startsWith("B-")) break;
        j++;
      }
      spans.push({ start: i, end: j, type });
      i = j;
    }
    out.push({
      id: `wikigold-${doc}-${out.length}`,
      doc: `wikigold-${doc}`,
      source: "wikigold",
      tokens,
      spans,
    });
    tokens = [];
    tags = [];
  };
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (line === "") {
      flush();
      continue;
    }
    const sp = line.lastIndexOf(" ");
    if (sp < 0) continue;
    const tok = line.slice(0, sp);
    const tag = line.slice(sp + 1);
    if (tok === "-DOCSTART-") {
      flush();
      doc++;
      continue;
    }
    tokens.push(tok);
    tags.push(tag);
  }
  flush();
  return out;
}
