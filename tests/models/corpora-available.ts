/**
 * Corpus-dependent tests read shared/corpora (never copied into the repository). When it is
 * missing they say what is missing and skip — unless env CI is set, then they fail.
 */
import { corpusCandidates, findCorpora } from "../../src/corpora/index";

export const CORPORA: string | null = findCorpora();

if (!CORPORA) {
  const msg = `shared corpora not found (tried ${corpusCandidates().join(", ")}; set NEWSGRAPH_CORPORA)`;
  if (process.env.CI) throw new Error(`${msg}: required when CI is set`);
  console.warn(`${msg}: skipping corpus-dependent model tests`);
}
