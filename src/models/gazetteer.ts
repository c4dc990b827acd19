/**
 * Gazetteer features from the project's dependencies (read at load time, never copied into the
 * repository): `world-countries` (country names, official names, alternative spellings, English
 * demonyms) and `country-state-city` (states/regions and cities).
 *
 * Phrases of up to 5 tokens are stored as 32-bit hashes of their lower-cased text (digits → 0,
 * tokens separated by one space, punctuation , ( ) . split off as tokens) in an open-addressing
 * table, so that building it does not allocate a string per name (the city list has 148k rows)
 * and lookups hash the sentence's tokens incrementally. A hash collision can only add a spurious
 * gazetteer feature. The recogniser uses membership as features only.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

export const GAZ_COUNTRY = 1;
export const GAZ_DEMONYM = 2;
export const GAZ_STATE = 4;
export const GAZ_CITY = 8;
const GAZ_TYPES = 15;
/** Set on a phrase's proper prefixes ("new" of "new york"): a match can stop where none is set. */
const GAZ_PREFIX = 0x80;
export const GAZ_MAX_TOKENS = 5;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function mix(h: number, c: number): number {
  return Math.imul(h ^ c, FNV_PRIME) >>> 0;
}

/** Lower-case + digits → "0" for one UTF-16 code unit (same as wordKey for BMP letters). */
function lowerCode(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c >= 48 && c <= 57) return 48;
  if (c < 128) return c;
  if (c === 0x2019 || c === 0x2018) return 39;
  const l = String.fromCharCode(c).toLowerCase();
  return l.length === 1 ? l.charCodeAt(0) : c;
}

function isSplitPunct(c: number): boolean {
  return c === 44 || c === 40 || c === 41 || c === 46; // , ( ) .
}

/**
 * Hashes the phrase text[from, to) as the models' tokens would see it; returns the hash, or 0
 * when the phrase has no token or more than GAZ_MAX_TOKENS. Periods directly after a letter are
 * kept ("St." → "st."), matching abbreviation tokens.
 */
function phraseHash(text: string, from: number, to: number, prefixes?: number[]): number {
  let h = FNV_OFFSET;
  let tokens = 0;
  let inToken = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9) {
      inToken = false;
      continue;
    }
    const splitHere: boolean = isSplitPunct(c) && !(c === 46 && inToken);
    if (splitHere || !inToken) {
      if (tokens > 0) {
        prefixes?.push(h >>> 0);
        h = mix(h, 32);
      }
      tokens++;
      inToken = !splitHere;
    }
    h = mix(h, lowerCode(c));
  }
  return tokens > 0 && tokens <= GAZ_MAX_TOKENS ? h >>> 0 : 0;
}

/** Adds a phrase and marks its proper prefixes. */
function addPhrase(g: Gazetteer, text: string, from: number, to: number, bits: number): void {
  const prefixes: number[] = [];
  const h = phraseHash(text, from, to, prefixes);
  if (h === 0) return;
  g.add(h, bits);
  for (const prefix of prefixes) g.add(prefix, GAZ_PREFIX);
}

export class Gazetteer {
  private keys: Uint32Array;
  private vals: Uint8Array;
  private mask: number;
  private count = 0;

  constructor(capacityPow2 = 1 << 19) {
    this.keys = new Uint32Array(capacityPow2);
    this.vals = new Uint8Array(capacityPow2);
    this.mask = capacityPow2 - 1;
  }

  /** Adds bits for a phrase hash (hash 0 is remapped to 1 because 0 marks empty slots). */
  add(hash: number, bits: number): void {
    const k = hash === 0 ? 1 : hash;
    let slot = (Math.imul(k, 0x9e3779b1) >>> 0) & this.mask;
    for (;;) {
      const cur = this.keys[slot]!;
      if (cur === 0) {
        this.keys[slot] = k;
        this.vals[slot] = bits;
        this.count++;
        return;
      }
      if (cur === k) {
        this.vals[slot]! |= bits;
        return;
      }
      slot = (slot + 1) & this.mask;
    }
  }

  get(hash: number): number {
    const k = hash === 0 ? 1 : hash;
    let slot = (Math.imul(k, 0x9e3779b1) >>> 0) & this.mask;
    for (;;) {
      const cur = this.keys[slot]!;
      if (cur === 0) return 0;
      if (cur === k) return this.vals[slot]!;
      slot = (slot + 1) & this.mask;
    }
  }

  get size(): number {
    return this.count;
  }

  /** Adds a name (any string; tokenised as described above). */
  addName(name: string, bits: number): void {
    addPhrase(this, name, 0, name.length, bits);
  }

  /**
   * The entry of the one-word phrase `token` (its type bits and whether it begins a longer
   * phrase): what `match` looks up first at every token, for callers that remember it per word.
   */
  wordEntry(token: string): number {
    let h = FNV_OFFSET;
    for (let k = 0; k < token.length; k++) h = mix(h, lowerCode(token.charCodeAt(k)));
    return this.get(h >>> 0);
  }

  /** Looks up a phrase given as tokens (exact, case-insensitive). */
  lookup(tokens: string[]): number {
    let h = FNV_OFFSET;
    tokens.forEach((t, k) => {
      if (k > 0) h = mix(h, 32);
      for (let i = 0; i < t.length; i++) h = mix(h, lowerCode(t.charCodeAt(i)));
    });
    return this.get(h >>> 0) & GAZ_TYPES;
  }

  /**
   * For each token: bit mask of gazetteer types of the longest phrase starting at or covering it;
   * tokens after the first of a phrase get the mask shifted left by 4 (B-type = mask, I-type =
   * mask << 4). `tokens` may be raw tokens or word keys.
   */
  match(tokens: string[], firstWords?: Int32Array): Int32Array {
    const n = tokens.length;
    const out = new Int32Array(n);
    let i = 0;
    while (i < n) {
      let found = 0;
      let foundLen = 0;
      let h = FNV_OFFSET;
      for (let len = 1; len <= GAZ_MAX_TOKENS && i + len <= n; len++) {
        if (len > 1) h = mix(h, 32);
        const t = tokens[i + len - 1]!;
        // The one-word phrase's entry, when the caller has it (`wordEntry`): its hash is needed
        // only to go on to longer phrases.
        const known = len === 1 && firstWords !== undefined;
        if (!known || (firstWords[i]! & GAZ_PREFIX) !== 0)
          for (let k = 0; k < t.length; k++) h = mix(h, lowerCode(t.charCodeAt(k)));
        const m = known ? firstWords[i]! : this.get(h >>> 0);
        if ((m & GAZ_TYPES) !== 0) {
          found = m & GAZ_TYPES;
          foundLen = len;
        }
        // No longer phrase starts with these tokens: most words end the search at one.
        if ((m & GAZ_PREFIX) === 0) break;
      }
      if (foundLen > 0) {
        out[i] = found;
        for (let k = 1; k < foundLen; k++) out[i + k] = found << 4;
        i += foundLen;
      } else i++;
    }
    return out;
  }

  /** Raw table (for the local cache). */
  serialize(): Buffer {
    const head = Buffer.alloc(8);
    head.writeUInt32LE(this.keys.length, 0);
    head.writeUInt32LE(this.count, 4);
    return Buffer.concat([
      head,
      Buffer.from(this.keys.buffer, this.keys.byteOffset, this.keys.byteLength),
      Buffer.from(this.vals.buffer, this.vals.byteOffset, this.vals.byteLength),
    ]);
  }

  static deserialize(buf: Buffer): Gazetteer {
    const cap = buf.readUInt32LE(0);
    const g = new Gazetteer(cap);
    g.keys.set(new Uint32Array(buf.buffer.slice(buf.byteOffset + 8, buf.byteOffset + 8 + cap * 4)));
    g.vals.set(buf.subarray(8 + cap * 4, 8 + cap * 5));
    g.count = buf.readUInt32LE(4);
    return g;
  }

  /**
   * Builds the table from the installed packages. The result is cached on the local machine in
   * node_modules/.cache/newsgraph/ (keyed by the package versions and this format's version) so
   * that later processes load it in a few milliseconds; the cache is derived from the installed
   * dependencies and is never part of the repository.
   */
  static fromDependencies(): Gazetteer {
    const require = createRequire(import.meta.url);
    const wcPkg = require.resolve("world-countries/package.json");
    const cscPkg = require.resolve("country-state-city/package.json");
    const version = (p: string): string =>
      (JSON.parse(readFileSync(p, "utf8")) as { version: string }).version;
    const cacheFile = join(
      dirname(dirname(wcPkg)),
      ".cache",
      "newsgraph",
      `gazetteer-v2-wc${version(wcPkg)}-csc${version(cscPkg)}.bin`,
    );
    try {
      if (existsSync(cacheFile)) return Gazetteer.deserialize(readFileSync(cacheFile));
    } catch {
      // unreadable cache: rebuild below
    }
    const g = Gazetteer.build(require);
    try {
      mkdirSync(dirname(cacheFile), { recursive: true });
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(tmp, g.serialize());
      renameSync(tmp, cacheFile);
    } catch {
      // read-only node_modules: no cache, still correct
    }
    return g;
  }

  static build(require: NodeJS.Require): Gazetteer {
    const g = new Gazetteer();
    // world-countries: "common"/"official" names, altSpellings, English demonyms. The compact
    // dist/countries.json has the same records as countries.json with less whitespace.
    const countries = JSON.parse(
      readFileSync(require.resolve("world-countries/dist/countries.json"), "utf8"),
    ) as {
      name: { common: string; official: string };
      altSpellings: string[];
      demonyms?: { eng?: { f: string; m: string } };
    }[];
    for (const c of countries) {
      g.addName(c.name.common, GAZ_COUNTRY);
      g.addName(c.name.official, GAZ_COUNTRY);
      for (const a of c.altSpellings) if (a.length > 3) g.addName(a, GAZ_COUNTRY);
      if (c.demonyms?.eng) {
        g.addName(c.demonyms.eng.m, GAZ_DEMONYM);
        g.addName(c.demonyms.eng.f, GAZ_DEMONYM);
      }
    }
    // country-state-city: scan `"name":"..."` (states) and `["...",` (cities) without JSON.parse
    const states = readFileSync(require.resolve("country-state-city/lib/assets/state.json"), "utf8");
    scanQuoted(states, '"name":"', GAZ_STATE, g);
    const cities = readFileSync(require.resolve("country-state-city/lib/assets/city.json"), "utf8");
    scanQuoted(cities, '["', GAZ_CITY, g);
    return g;
  }
}

/** Adds every string value that follows `marker` (JSON strings without escapes in these files). */
function scanQuoted(text: string, marker: string, bits: number, g: Gazetteer): void {
  let i = text.indexOf(marker);
  while (i >= 0) {
    const from = i + marker.length;
    const to = text.indexOf('"', from);
    if (to < 0) break;
    addPhrase(g, text, from, to, bits);
    i = text.indexOf(marker, to);
  }
}

let shared: Gazetteer | null = null;

/** The gazetteer, built once per process. */
export function sharedGazetteer(): Gazetteer {
  shared ??= Gazetteer.fromDependencies();
  return shared;
}
