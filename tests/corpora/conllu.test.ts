import { describe, expect, it } from "vitest";
import { isWellFormedTree, parseConllu } from "../../src/corpora/conllu";

const SAMPLE = [
  "# newdoc id = d1",
  "# sent_id = s1",
  "1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_",
  "1\tdo\tdo\tAUX\tVBP\t_\t3\taux\t_\t_",
  "2\tn't\tnot\tPART\tRB\t_\t3\tadvmod\t_\t_",
  "3\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No",
  "3.1\tgone\tgo\tVERB\tVBN\t_\t_\t_\t3:conj\t_",
  "4\t!\t!\tPUNCT\t.\t_\t3\tpunct\t_\t_",
  "",
].join("\n");

describe("parseConllu", () => {
  it("skips multi-word ranges and empty nodes, makes heads 0-based", () => {
    const [s] = parseConllu(SAMPLE);
    expect(s!.tokens).toEqual(["do", "n't", "go", "!"]);
    expect(s!.upos).toEqual(["AUX", "PART", "VERB", "PUNCT"]);
    expect(s!.heads).toEqual([2, 2, -1, 2]);
    expect(s!.rels).toEqual(["aux", "advmod", "root", "punct"]);
    expect(s!.noSpaceAfter).toEqual([false, false, true, false]);
    expect(s!.doc).toBe("d1");
    expect(s!.id).toBe("s1");
  });

  it("checks trees", () => {
    expect(isWellFormedTree([2, 2, -1, 2])).toBe(true);
    expect(isWellFormedTree([1, 0, -1])).toBe(false);
    expect(isWellFormedTree([5])).toBe(false);
  });
});
