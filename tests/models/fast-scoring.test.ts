/**
 * The runtime tagger and recogniser score through per-word records, precomputed hash states and
 * int16 tables; training scores every feature from its full list. These tests check that both
 * give the same answers with the shipped models: the runtime paths are an optimisation, not a
 * different model.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadEwt, loadRe3d } from "../../src/corpora/index";
import type { TreeSentence } from "../../src/corpora/types";
import { sharedGazetteer } from "../../src/models/gazetteer";
import { FeatureBuffer, hFinal, hInt, hStart, hStr, rng } from "../../src/models/hash";
import { loadClusters, loadRecognizer, loadTagger, MODEL_FILES, modelPath } from "../../src/models/index";
import {
  labelsToSpans,
  NER_LABELS,
  type NerMeta,
  NO_TAG,
  staticNerFeatures,
  viterbi,
} from "../../src/models/ner";
import { argmax, decodeModels, encodeModels, LinearModel } from "../../src/models/perceptron";
import { postprocessSpans } from "../../src/models/postprocess";
import { dynamicFeatures, staticTaggerFeatures, type TaggerMeta, UPOS } from "../../src/models/tagger";
import { wordInfo, wordKey } from "../../src/models/tokens";
import { CORPORA } from "./corpora-available";

/** Tags every token from its full feature list, as training does. */
function referenceTagger(): (tokens: string[]) => string[] {
  const { header, models } = decodeModels<TaggerMeta>(readFileSync(modelPath(MODEL_FILES.tagger)));
  const model = models[0]!;
  const dictionary = new Map(Object.entries(header.dictionary));
  const ambiguity = new Map(Object.entries(header.ambiguity));
  const clusters = loadClusters();
  const buf = new FeatureBuffer(96);
  const scores = new Float64Array(UPOS.length);
  return (tokens) => {
    const base = staticTaggerFeatures(tokens, clusters, ambiguity);
    let p1 = -1;
    let p2 = -2;
    return tokens.map((token, i) => {
      const key = wordKey(token);
      let t = dictionary.get(key);
      if (t === undefined) {
        dynamicFeatures(base[i]!, buf, p1, p2, key);
        scores.fill(0);
        model.score(buf.data, buf.length, scores);
        t = argmax(scores, UPOS.length);
      }
      p2 = p1;
      p1 = t;
      return UPOS[t]!;
    });
  };
}

/**
 * Recognises names from every token's full feature list, decoded with Viterbi, as training does
 * (with every tag NO_TAG for a model trained without tags).
 */
function referenceRecognizer(): (tokens: string[], tags: string[]) => ReturnType<typeof labelsToSpans> {
  const file = decodeModels<NerMeta>(readFileSync(modelPath(MODEL_FILES.recognizer)));
  const model = file.models[0]!;
  const readsTags = file.header.tags !== false;
  const res = { clusters: loadClusters(), gazetteer: sharedGazetteer() };
  const NL = NER_LABELS.length;
  const one = new Uint32Array(2);
  const row = new Float64Array(NL);
  return (tokens, tags) => {
    const n = tokens.length;
    const base = staticNerFeatures(tokens, readsTags ? tags : tokens.map(() => NO_TAG), res);
    const emit = new Float64Array(n * NL);
    const tables = base.map((features, i) => {
      row.fill(0);
      model.score(features, features.length, row);
      emit.set(row, i * NL);
      const shape = wordInfo(tokens[i]!).shape;
      const table = new Float64Array((NL + 1) * NL);
      for (let prev = -1; prev < NL; prev++) {
        one[0] = hFinal(hInt(hStart(150), prev));
        one[1] = hFinal(hStr(hInt(hStart(152), prev), shape));
        row.fill(0);
        model.score(one, 2, row);
        table.set(row, (prev + 1) * NL);
      }
      return table;
    });
    const labels = viterbi(n, emit, (i) => tables[i]!);
    return postprocessSpans(tokens, labelsToSpans(labels), res.gazetteer);
  };
}

// Written for this test: titles, hyphenated and foreign names, digits, curly quotes, edges.
const SENTENCES = [
  "Defence Minister Olena Kovalchuk-Marsh told reporters on Tuesday that 1,250 troops had arrived .",
  "“ We will not leave , ” said the spokesman for the Northern Harbour Authority .",
  "The mayor of Port Eldwick , Rasmus Tiedemann , visited the Brennfeld Institute of Technology .",
  "Shares in Quarrymoor plc fell 4.5 % after the E.U. regulator opened an inquiry .",
  "it rained .",
  "Volunteers from the Red Cross arrived in Lakemont and Ostrava-Nord overnight .",
];

describe("runtime scoring matches scoring every feature", () => {
  it("tagger and recogniser on hand-written sentences", () => {
    const tagger = loadTagger();
    const recognizer = loadRecognizer();
    const tagRef = referenceTagger();
    const nerRef = referenceRecognizer();
    for (const s of SENTENCES) {
      const tokens = s.split(" ");
      const tags = tagger.tag(tokens);
      expect(tags).toEqual(tagRef(tokens));
      expect(recognizer.recognize(tokens, tags)).toEqual(nerRef(tokens, tags));
    }
  });

  it("LinearModel: int16 weights from a file score exactly like their float32 values", () => {
    const random = rng(7);
    const keys = Uint32Array.from({ length: 500 }, (_, i) => i * 7919 + 1);
    const weights = Float32Array.from({ length: 500 * 17 }, () => (random() - 0.5) * 3);
    const fresh = new LinearModel(17, keys, weights);
    const stored = decodeModels(encodeModels({}, [fresh])).models[0]!;
    const asFloats = new LinearModel(17, stored.keys, Float32Array.from(stored.weights));
    const features = Uint32Array.from({ length: 40 }, (_, i) =>
      i % 3 === 0 ? 12345 : keys[(i * 37) % 500]!,
    );
    const a = new Float64Array(17);
    const b = new Float64Array(17);
    stored.score(features, features.length, a);
    asFloats.score(features, features.length, b);
    expect([...a]).toEqual([...b]);
    expect(a.some((x) => x !== 0)).toBe(true);
  });
});

describe.skipIf(!CORPORA)("runtime scoring matches scoring every feature on corpus sentences", () => {
  it("tagger on EWT dev", () => {
    const tagger = loadTagger();
    const tagRef = referenceTagger();
    const sentences: TreeSentence[] = loadEwt(CORPORA!, "dev").slice(0, 600);
    for (const s of sentences) expect(tagger.tag(s.tokens)).toEqual(tagRef(s.tokens));
  });

  it("recogniser on re3d held-out documents", () => {
    const tagger = loadTagger();
    const recognizer = loadRecognizer();
    const nerRef = referenceRecognizer();
    for (const s of loadRe3d(CORPORA!, "test").slice(0, 400)) {
      const tags = tagger.tag(s.tokens);
      expect(recognizer.recognize(s.tokens, tags)).toEqual(nerRef(s.tokens, tags));
    }
  });
});
