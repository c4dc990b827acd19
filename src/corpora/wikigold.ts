/**
 * wikigold → NER sentences. The file is "token TAG" per line with IO tags (I-PER, I-ORG, I-LOC,
 * I-MISC, O), blank lines between sentences and "-DOCSTART- O" between documents. An entity is a
 * maximal run of one type (IO cannot separate adjacent same-type names; that is rare).
 * PER→person, ORG→organisation, LOC→place; MISC is dropped (its tokens become O), except MISC
 * names with an event head word ("Battle of X", "X Festival"), which are events.
 */
import type { EntityType, NerSentence, Span } from "./types";

const MAP: Record<string, EntityType | undefined> = { PER: "person", ORG: "organisation", LOC: "place" };

/**
 * MISC covers events as well as works, nationalities and products; a MISC name with an event
 * head word ("World War II", "Battle of X", "X Festival", "Summer Olympics") is an event, as GUM
 * types such names. Awards, cups and prizes stay O (GUM does not type them as events).
 */
const EVENT_HEADS: ReadonlySet<string> = new Set([
  "war",
  "battle",
  "siege",
  "revolution",
  "uprising",
  "campaign",
  "invasion",
  "massacre",
  "offensive",
  "operation",
  "olympics",
  "games",
  "festival",
  "championship",
  "championships",
  "tournament",
  "election",
  "elections",
  "summit",
]);

function typeOf(tag: string, tokens: string[], from: number, to: number): EntityType | undefined {
  const t = MAP[tag];
  if (t || tag !== "MISC") return t;
  for (let k = from; k < to; k++) if (EVENT_HEADS.has(tokens[k]!.toLowerCase())) return "event";
  return undefined;
}

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
      if (t === "O") {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < tags.length && tags[j]!.slice(2) === t.slice(2) && tags[j] !== "O") {
        if (tags[j]!.startsWith("B-")) break;
        j++;
      }
      const type = typeOf(t.slice(2), tokens, i, j);
      if (type) spans.push({ start: i, end: j, type });
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
