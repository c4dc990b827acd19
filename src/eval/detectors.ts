/**
 * The pipeline's mention finder scored as a named-entity recogniser on labelled sentences, so it
 * can be compared with the trained recogniser on the same held-out data (issue 8: the models must
 * beat the rule detector). A document's sentences are read together, as the pipeline reads an
 * article (the finder uses the document's lower-case vocabulary and the countries it names), from
 * the tokens joined by single spaces, so every character offset maps back to a token. Only names
 * count: referring mentions (pronouns, roles, "the military") are not names in these corpora, and
 * neither are lower-case event mentions ("the attack"). Mentions local resolution drops (a single
 * unknown word nothing supports) are not scored: they never reach the graph.
 */
import type { NerSentence, Span } from "../corpora/types";
import { findMentions } from "../pipeline/mentions";
import { resolveLocal } from "../pipeline/resolve-local";
import type { Sentence } from "../pipeline/types";
import type { NodeType } from "../schema";

interface Joined {
  text: string;
  sentences: Sentence[];
  /** Per sentence, the character start of each token in `text`. */
  starts: number[][];
}

function joinDocument(doc: NerSentence[]): Joined {
  let text = "";
  const sentences: Sentence[] = [];
  const starts: number[][] = [];
  doc.forEach((s, index) => {
    if (index > 0) text += "\n";
    const start = text.length;
    const tokenStarts: number[] = [];
    s.tokens.forEach((token, i) => {
      if (i > 0) text += " ";
      tokenStarts.push(text.length);
      text += token;
    });
    sentences.push({ index, start, end: text.length, text: text.slice(start) });
    starts.push(tokenStarts);
  });
  return { text, sentences, starts };
}

/** Token span covering the characters start..end of one sentence (end exclusive). */
function tokenSpan(tokenStarts: number[], start: number, end: number): { start: number; end: number } {
  let first = 0;
  while (first + 1 < tokenStarts.length && tokenStarts[first + 1]! <= start) first++;
  let last = first;
  while (last + 1 < tokenStarts.length && tokenStarts[last + 1]! < end) last++;
  return { start: first, end: last + 1 };
}

/** The names the pipeline's mention finder gives each sentence of one document, as token spans. */
export function pipelineNames(doc: NerSentence[], useModels: boolean): Span[][] {
  const joined = joinDocument(doc);
  const found = findMentions(joined.text, joined.sentences, { useModels });
  const { mentions, entities, entityOf } = resolveLocal(found, joined.text);
  // The type after one sense per document, by character span.
  const finalType = new Map<string, NodeType>();
  for (const m of mentions) finalType.set(`${m.start}:${m.end}`, entities[m.entity]?.type ?? m.type);
  const out: Span[][] = doc.map(() => []);
  for (const [index, m] of found.mentions.entries()) {
    if (m.referring || entityOf[index] === -1) continue;
    const written = joined.text.slice(m.start, m.end);
    if (m.type === "event" && !/^\p{Lu}/u.test(written)) continue;
    const sentence = joined.sentences[m.sentence];
    if (!sentence) continue;
    const span = tokenSpan(joined.starts[m.sentence]!, m.start, m.end);
    const type = finalType.get(`${m.start}:${m.end}`) ?? m.type;
    const list = out[m.sentence]!;
    if (!list.some((s) => s.start < span.end && span.start < s.end)) list.push({ ...span, type });
  }
  for (const list of out) list.sort((a, b) => a.start - b.start);
  return out;
}

/** Sentences grouped by document, in corpus order. */
export function byDocument(sentences: NerSentence[]): NerSentence[][] {
  const docs = new Map<string, NerSentence[]>();
  for (const s of sentences) {
    const doc = docs.get(s.doc);
    if (doc) doc.push(s);
    else docs.set(s.doc, [s]);
  }
  return [...docs.values()];
}
