import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadEwt } from "../../src/corpora/index";
import { loadClusters, loadTagger, MODEL_FILES, modelPath } from "../../src/models/index";
import { ArcEagerParser } from "../../src/models/parser";
import { CORPORA } from "./corpora-available";

describe("parser: cached slot scores", () => {
  const bytes = readFileSync(modelPath(MODEL_FILES.parser));
  const cached = ArcEagerParser.decode(bytes, loadClusters());
  const everyFeature = ArcEagerParser.decode(bytes, loadClusters(), { slotCache: false });

  it("parses exactly like scoring every feature of every transition", () => {
    const sentences = [
      "The ministry said on Tuesday that two drones had been shot down over the region .",
      "Officials , who spoke on condition of anonymity , did n't confirm the report .",
      "Talks resumed in the capital after a week of shelling , the agency reported .",
      "She told reporters the army would not withdraw until the ceasefire held .",
      ...(CORPORA
        ? loadEwt(CORPORA, "dev")
            .slice(0, 300)
            .map((s) => s.tokens.join(" "))
        : []),
    ].map((s) => s.split(" "));
    // repeated words hit the cache; the second round runs entirely from it
    for (let round = 0; round < 2; round++) {
      for (const tokens of sentences) {
        const tags = loadTagger().tag(tokens);
        expect(cached.parse(tokens, tags)).toEqual(everyFeature.parse(tokens, tags));
      }
    }
  });
});
