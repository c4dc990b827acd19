/**
 * `npm run eval:detectors [-- --json]`: the rule mention finder (as with `--no-models`), the
 * pipeline's default (rules asking the recogniser where they are unsure) and the trained
 * recogniser alone, scored by exact span and type on the held-out parts of the labelled corpora
 * (GUM test, every 5th wikigold and re3d document): the same data and scorer as the model card.
 */
import { findCorpora, loadGumNer, loadRe3d, loadWikigold } from "../src/corpora/index";
import type { NerSentence, Span } from "../src/corpora/types";
import { byDocument, pipelineNames } from "../src/eval/detectors";
import { loadRecognizer, loadTagger } from "../src/models";
import { evaluateRecognizer, type PRF } from "../src/models/ner";
import { fail, parseFlags, write } from "./cli";

const flags = parseFlags(process.argv.slice(2), []);
const root = findCorpora();
if (!root) fail("the labelled corpora are not beside the project (../shared/corpora); set NEWSGRAPH_CORPORA");

const sets: Record<string, NerSentence[]> = {
  gum: loadGumNer(root, "test"),
  wikigold: loadWikigold(root, "test"),
  re3d: loadRe3d(root, "test"),
};
const tagger = loadTagger();
const recogniser = loadRecognizer();
const detectors = ["rules", "rules + recogniser hints", "recogniser alone"] as const;
type Detector = (typeof detectors)[number];

/** Spans per sentence for one detector over one set, keyed by the sentence's token array. */
function predict(detector: Detector, sentences: NerSentence[]): Map<string[], Span[]> {
  const out = new Map<string[], Span[]>();
  if (detector === "recogniser alone") {
    for (const s of sentences) out.set(s.tokens, recogniser.recognize(s.tokens, tagger.tag(s.tokens)));
    return out;
  }
  for (const doc of byDocument(sentences)) {
    const spans = pipelineNames(doc, detector !== "rules");
    doc.forEach((s, i) => {
      out.set(s.tokens, spans[i]!);
    });
  }
  return out;
}

const results: Record<string, Record<string, Record<string, PRF>>> = {};
for (const detector of detectors) {
  results[detector] = {};
  const all: NerSentence[] = [];
  const predictions = new Map<string[], Span[]>();
  for (const [name, sentences] of Object.entries(sets)) {
    const predicted = predict(detector, sentences);
    for (const [k, v] of predicted) predictions.set(k, v);
    all.push(...sentences);
    results[detector][name] = evaluateRecognizer(
      { recognize: (tokens) => predicted.get(tokens) ?? [] },
      sentences,
    );
  }
  results[detector].all = evaluateRecognizer({ recognize: (tokens) => predictions.get(tokens) ?? [] }, all);
}

if (flags.switches.has("json")) write(JSON.stringify(results, null, 2));
else {
  const f = (x: PRF | undefined) => (x ? x.f1.toFixed(3) : "  -  ");
  write("held-out F1 (exact span and type)");
  for (const set of [...Object.keys(sets), "all"]) {
    write(`\n${set}${" ".repeat(26 - set.length)}person  organisation  place  event  overall (P / R)`);
    for (const detector of detectors) {
      const r = results[detector]![set]!;
      write(
        `  ${detector.padEnd(24)}${f(r.person)}   ${f(r.organisation)}       ${f(r.place)}  ${f(r.event)}  ${f(r.overall)} (${r.overall!.precision.toFixed(3)} / ${r.overall!.recall.toFixed(3)})`,
      );
    }
  }
}
