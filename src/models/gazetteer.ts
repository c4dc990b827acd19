/**
 * Gazetteer features from the project's dependencies (read at load time, never copied into the
 * repository): `world-countries` (country names, official names, alternative spellings, English
 * demonyms) and `country-state-city` (states/regions and cities). Lookups are by lower-cased
 * phrase of up to 5 tokens; the recogniser uses membership as features only.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { wordKey } from "./tokens";

export const GAZ_COUNTRY = 1;
export const GAZ_DEMONYM = 2;
export const GAZ_STATE = 4;
export const GAZ_CITY = 8;
export const GAZ_MAX_TOKENS = 5;

interface WorldCountry {
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: { eng?: { f: string; m: string } };
}

const CITY_NAME = /\["((?:[^"\\]|\\.)*)",/g;

const SIMPLE = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

function phraseKey(name: string): string {
  if (SIMPLE.test(name)) return name.toLowerCase();
  if (!/[’‘,().0-9\u2013\u2014]/.test(name)) return name.split(/\s+/).filter(Boolean).join(" ").toLowerCase();
  // same tokenisation idea as the models' input: split off punctuation, keep hyphenated words
  return name
    .replace(/[’‘]/g, "'")
    .replace(/([,().])/g, " $1 ")
    .split(/\s+/)
    .filter(Boolean)
    .map((t) => wordKey(t))
    .join(" ");
}

export class Gazetteer {
  readonly phrases: Map<string, number>;
  constructor(phrases: Map<string, number>) {
    this.phrases = phrases;
  }

  /**
   * For each token: bit mask of gazetteer types of the longest phrase covering it, shifted by 4
   * when the token is not the first of that phrase (so B-type = mask, I-type = mask << 4).
   */
  match(keys: string[]): Int32Array {
    const out = new Int32Array(keys.length);
    let i = 0;
    while (i < keys.length) {
      let found = 0;
      let foundLen = 0;
      let phrase = "";
      for (let len = 1; len <= GAZ_MAX_TOKENS && i + len <= keys.length; len++) {
        phrase = len === 1 ? keys[i]! : `${phrase} ${keys[i + len - 1]!}`;
        const m = this.phrases.get(phrase);
        if (m !== undefined) {
          found = m;
          foundLen = len;
        }
      }
      if (foundLen > 0) {
        out[i] = found;
        for (let k = 1; k < foundLen; k++) out[i + k] = found << 4;
        i += foundLen;
      } else i++;
    }
    return out;
  }

  static fromDependencies(): Gazetteer {
    const require = createRequire(import.meta.url);
    const phrases = new Map<string, number>();
    const add = (name: string, bit: number): void => {
      const k = phraseKey(name);
      if (!k || k.split(" ").length > GAZ_MAX_TOKENS) return;
      phrases.set(k, (phrases.get(k) ?? 0) | bit);
    };
    const countries = JSON.parse(
      readFileSync(require.resolve("world-countries/countries.json"), "utf8"),
    ) as WorldCountry[];
    for (const c of countries) {
      add(c.name.common, GAZ_COUNTRY);
      add(c.name.official, GAZ_COUNTRY);
      for (const a of c.altSpellings) if (a.length > 3) add(a, GAZ_COUNTRY);
      if (c.demonyms?.eng) {
        add(c.demonyms.eng.m, GAZ_DEMONYM);
        add(c.demonyms.eng.f, GAZ_DEMONYM);
      }
    }
    const states = JSON.parse(
      readFileSync(require.resolve("country-state-city/lib/assets/state.json"), "utf8"),
    ) as { name: string }[];
    for (const s of states) add(s.name, GAZ_STATE);
    // city.json is [[name, country, state, lat, lon], ...]; scanning the names with a regex is
    // twice as fast as JSON.parse of the whole 7.7 MB file.
    const cityText = readFileSync(require.resolve("country-state-city/lib/assets/city.json"), "utf8");
    for (const m of cityText.matchAll(CITY_NAME)) {
      const raw = m[1]!;
      add(raw.includes("\\") ? (JSON.parse(`"${raw}"`) as string) : raw, GAZ_CITY);
    }
    return new Gazetteer(phrases);
  }
}

let shared: Gazetteer | null = null;

/** The gazetteer, built once per process. */
export function sharedGazetteer(): Gazetteer {
  shared ??= Gazetteer.fromDependencies();
  return shared;
}
