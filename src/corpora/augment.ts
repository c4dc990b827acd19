/**
 * Training-data augmentation for news robustness. The labelled corpora have few Slavic /
 * Ukrainian / Russian / Middle-Eastern names and few military or ministry names, so the
 * recogniser would learn those names' *identities* rather than their *patterns*. For a share of
 * training sentences we copy the sentence and replace each person / place / organisation span
 * with a generated name of the same type (person: first name + surname from the lists below;
 * place: a city of a conflict-region country from country-state-city; organisation: templates
 * such as "<Demonym> Defence Ministry", "<Ordinal> Assault Brigade").
 *
 * Only TRAINING data is augmented; evaluation sets are never touched. The example names used in
 * the robustness tests (tests/models) are deliberately absent from these lists, so those tests
 * measure generalisation, not memory.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { rng } from "../models/hash";
import type { NerSentence, Span } from "./types";

const FIRST = [
  "Ostap",
  "Vitali",
  "Dmytro",
  "Andriy",
  "Stepan",
  "Mykola",
  "Yuriy",
  "Oleksiy",
  "Zakhar",
  "Kyrylo",
  "Valeriy",
  "Petro",
  "Bohdan",
  "Taras",
  "Halyna",
  "Olena",
  "Yulia",
  "Oksana",
  "Natalia",
  "Tetiana",
  "Hanna",
  "Anatoly",
  "Sergei",
  "Gennady",
  "Arkady",
  "Mikhail",
  "Nikolai",
  "Yevgeny",
  "Igor",
  "Sergey",
  "Ramzan",
  "Maria",
  "Anna",
  "Ekaterina",
  "Svetlana",
  "Valentina",
  "Lyudmila",
  "Gennady",
  "Pavel",
  "Ivan",
  "Boris",
  "Grigory",
  "Arseniy",
  "Denys",
  "Ruslan",
  "Maksym",
  "Artem",
  "Roman",
  "Mohammed",
  "Ahmed",
  "Ali",
  "Hassan",
  "Bashar",
  "Recep",
  "Yoav",
  "Emmanuel",
  "Olaf",
  "Ursula",
  "Antony",
  "Lloyd",
  "Jens",
  "Mark",
  "John",
  "David",
  "Sarah",
  "Kim",
  "Xi",
  "Narendra",
  "Abdul",
  "Hamid",
  "Yahya",
  "Ismail",
  "Ebrahim",
  "Hossein",
  "Kaja",
  "Josep",
  "Annalena",
  "Rishi",
  "Keir",
  "Fumio",
  "Jake",
  "Linda",
  "Jeanine",
  "Aleksandr",
  "Anatoliy",
  "Kostiantyn",
];
const LAST = [
  "Hrytsenko",
  "Shoigu",
  "Gerasimov",
  "Lavrov",
  "Voronin",
  "Kuleba",
  "Reznikov",
  "Budanov",
  "Zaluzhnyi",
  "Podolyak",
  "Kovalenko",
  "Shevchenko",
  "Bondarenko",
  "Tkachenko",
  "Kravchenko",
  "Melnyk",
  "Boyko",
  "Klitschko",
  "Poroshenko",
  "Yermak",
  "Arestovych",
  "Medvedchuk",
  "Prigozhin",
  "Kadyrov",
  "Surovikin",
  "Patrushev",
  "Naryshkin",
  "Zakharova",
  "Matviyenko",
  "Shmyhal",
  "Stefanchuk",
  "Umerov",
  "Sybiha",
  "Tymoshenko",
  "Yanukovych",
  "Kuchma",
  "Lukashenko",
  "Navalny",
  "Khodorkovsky",
  "Belousov",
  "Mishustin",
  "Nebenzya",
  "Volodin",
  "Kiriyenko",
  "Sobyanin",
  "Dyumin",
  "Bortnikov",
  "Sokolov",
  "Ivanov",
  "Petrov",
  "Sergeyev",
  "Kuznetsov",
  "Vasiliev",
  "Pavlenko",
  "Hnatov",
  "Nayev",
  "Moskalenko",
  "Pushilin",
  "Saldo",
  "Balitsky",
  "Aksyonov",
  "Markarova",
  "Danilov",
  "Lysenko",
  "Kyrylenko",
  "Prokudin",
  "Vilkul",
  "Terekhov",
  "Synehubov",
  "Fedorov",
  "Starukh",
  "Lubinets",
  "Venediktova",
  "Kostin",
  "Malyuk",
  "Bakanov",
  "Kubrakov",
  "Assad",
  "Erdogan",
  "Netanyahu",
  "Gallant",
  "Bayrou",
  "Scholz",
  "Blinken",
  "Austin",
  "Stoltenberg",
  "Rutte",
  "Sullivan",
  "Kirby",
  "Sunak",
  "Starmer",
  "Guterres",
  "Grossi",
  "Haniyeh",
  "Sinwar",
  "Nasrallah",
  "Khamenei",
  "Raisi",
  "Modi",
  "Orban",
  "Duda",
  "Tusk",
  "Borrell",
  "Kallas",
  "Baerbock",
  "Habeck",
  "Pistorius",
  "Cameron",
];
const ORDINALS = [
  "1st",
  "3rd",
  "24th",
  "47th",
  "53rd",
  "72nd",
  "93rd",
  "110th",
  "155th",
  "Third",
  "Fifth",
  "Separate",
];
const UNIT_KINDS = [
  "Assault",
  "Mechanised",
  "Mechanized",
  "Airborne",
  "Marine",
  "Tank",
  "Territorial Defence",
  "Motor Rifle",
  "Artillery",
  "Special Forces",
];
const UNITS = ["Brigade", "Battalion", "Regiment", "Division", "Army", "Corps"];
const MINISTRIES = ["Defence", "Defense", "Foreign", "Interior", "Justice", "Energy", "Health", "Finance"];
const STUDY = ["Strategic", "Security", "Peace", "Defence", "Eastern", "Conflict", "Policy", "International"];
const SAY = new Set([
  "said",
  "says",
  "told",
  "claimed",
  "claims",
  "announced",
  "denied",
  "accused",
  "warned",
  "added",
]);
const CONFLICT_COUNTRIES = [
  "UA",
  "RU",
  "BY",
  "SY",
  "IQ",
  "IL",
  "PS",
  "LB",
  "YE",
  "GE",
  "AM",
  "AZ",
  "MD",
  "AF",
  "IR",
  "SD",
];

interface Pools {
  cities: string[];
  demonyms: string[];
  countries: string[];
}

let pools: Pools | null = null;

function loadPools(): Pools {
  if (pools) return pools;
  const require = createRequire(import.meta.url);
  const cityRows = JSON.parse(
    readFileSync(require.resolve("country-state-city/lib/assets/city.json"), "utf8"),
  ) as string[][];
  const wanted = new Set(CONFLICT_COUNTRIES);
  const cities = cityRows
    .filter(
      (r) =>
        wanted.has(r[1]!) && /^[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?$/.test(r[0]!) && !/Rayon|Raion/.test(r[0]!),
    )
    .map((r) => r[0]!);
  const countries = JSON.parse(readFileSync(require.resolve("world-countries/countries.json"), "utf8")) as {
    name: { common: string };
    demonyms?: { eng?: { m: string } };
  }[];
  pools = {
    cities: [...new Set(cities)].sort(),
    demonyms: [...new Set(countries.flatMap((c) => (c.demonyms?.eng?.m ? [c.demonyms.eng.m] : [])))].sort(),
    countries: countries.map((c) => c.name.common).sort(),
  };
  return pools;
}

function pick<T>(xs: readonly T[], r: () => number): T {
  return xs[Math.floor(r() * xs.length)]!;
}

function personName(r: () => number): string[] {
  const u = r();
  if (u < 0.15) return [pick(LAST, r)];
  if (u < 0.2) return [`${pick(FIRST, r)[0]!}.`, pick(LAST, r)];
  return [pick(FIRST, r), pick(LAST, r)];
}

function placeName(r: () => number, p: Pools): string[] {
  const name = r() < 0.15 ? pick(p.countries, r) : pick(p.cities, r);
  return name.split(" ");
}

function orgName(r: () => number, p: Pools): string[] {
  const dem = pick(p.demonyms, r);
  const u = Math.floor(r() * 9);
  switch (u) {
    case 0:
      return [dem, pick(MINISTRIES, r), "Ministry"];
    case 1:
      return [
        "Ministry",
        "of",
        pick(["Defence", "Foreign Affairs", "Internal Affairs", "Emergency Situations"], r),
        ...(r() < 0.5 ? ["of", pick(p.countries, r)] : []),
      ].flatMap((x) => x.split(" "));
    case 2:
      return [pick(ORDINALS, r), ...pick(UNIT_KINDS, r).split(" "), pick(UNITS, r)];
    case 3:
      return [pick(LAST, r), pick(UNITS, r)];
    case 4:
      return [
        dem,
        ...pick(
          ["Armed Forces", "General Staff", "National Guard", "Security Service", "Air Force", "Navy"],
          r,
        ).split(" "),
      ];
    case 5:
      return [
        "Institute",
        "for",
        ...pick(["Strategic Studies", "Peace Research", "Security Policy", "Conflict Studies"], r).split(" "),
      ];
    case 6:
      return ["Centre", "for", pick(STUDY, r), "Studies"];
    case 7:
      return [
        pick(p.cities, r),
        "Regional",
        pick(["Administration", "Council", "Military Administration"], r),
      ].flatMap((x) => x.split(" "));
    default:
      return [
        pick(
          [
            "Security Service",
            "Foreign Intelligence Service",
            "State Border Guard Service",
            "National Police",
          ],
          r,
        ),
        "of",
        pick(p.countries, r),
      ].flatMap((x) => x.split(" "));
  }
}

/** Returns augmented copies of a share (`rate`) of the sentences that contain entity spans. */
export function augmentNer(data: NerSentence[], rate: number, seed: number): NerSentence[] {
  const p = loadPools();
  const r = rng(seed);
  const out: NerSentence[] = [];
  for (const s of data) {
    if (s.spans.length === 0 || r() >= rate) continue;
    const tokens: string[] = [];
    const spans: Span[] = [];
    const ignore: { start: number; end: number }[] = [];
    const map: number[] = [];
    let k = 0;
    let sp = 0;
    const sorted = [...s.spans].sort((a, b) => a.start - b.start);
    while (k < s.tokens.length) {
      const span = sorted[sp];
      if (span && span.start === k) {
        // metonymy: "Paris said", "Warsaw claims" — a place name where a speaker stands is
        // still a place (half of the one-word speakers become capitals / countries)
        const speaker =
          span.type === "person" &&
          span.end - span.start === 1 &&
          SAY.has((s.tokens[span.end] ?? "").toLowerCase());
        const type = speaker && r() < 0.5 ? "place" : span.type;
        const name =
          type === "person"
            ? personName(r)
            : type === "place"
              ? placeName(r, p)
              : type === "organisation"
                ? orgName(r, p)
                : s.tokens.slice(span.start, span.end);
        spans.push({ start: tokens.length, end: tokens.length + name.length, type });
        for (let j = span.start; j < span.end; j++) map[j] = tokens.length;
        tokens.push(...name);
        k = span.end;
        sp++;
        continue;
      }
      map[k] = tokens.length;
      tokens.push(s.tokens[k]!);
      k++;
    }
    for (const ig of s.ignore ?? []) {
      const a = map[ig.start];
      const b = ig.end < s.tokens.length ? map[ig.end] : tokens.length;
      if (a !== undefined && b !== undefined && b > a) ignore.push({ start: a, end: b });
    }
    const aug: NerSentence = { id: `${s.id}+aug`, doc: s.doc, source: `${s.source}+aug`, tokens, spans };
    if (ignore.length > 0) aug.ignore = ignore;
    out.push(aug);
  }
  return out;
}
