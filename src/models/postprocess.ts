/**
 * Small, documented corrections applied to the recogniser's spans (after decoding, not learned):
 *
 * 1. Titles are not part of names: a person span that contains a title word ("President",
 *    "Governor", "Gov.", "Minister", ...) keeps only the tokens after the last title word; what
 *    precedes the title becomes a place if the gazetteer knows it ("US President Barack Obama" →
 *    place "US" + person "Barack Obama"; "Bryansk Gov. Oleg Ivanov" → place "Bryansk" +
 *    person "Oleg Ivanov"). A title-only span is dropped, and so is a title followed by "of" /
 *    "for" ("Minister for the Middle East"), except that a place the gazetteer knows after it
 *    stays a place ("Governor of Virginia" → place "Virginia").
 * 2. Weekdays and months are never at the edge of a name ("BBC Wednesday" → "BBC"); spans made
 *    only of them are dropped.
 * 3. A single token that the gazetteer knows only as a demonym ("Ukrainian", "Russians") is not
 *    a name (nationalities are not entity types here).
 */
import type { Span } from "../corpora/types";
import { GAZ_CITY, GAZ_COUNTRY, GAZ_DEMONYM, GAZ_STATE, type Gazetteer } from "./gazetteer";

/** Capitalised title words that may sit inside a capitalised run before a person's name. */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  "president",
  "vice",
  "prime",
  "minister",
  "secretary",
  "governor",
  "gov",
  "gov.",
  "mayor",
  "general",
  "gen",
  "gen.",
  "lt",
  "lt.",
  "col",
  "col.",
  "colonel",
  "major",
  "maj.",
  "captain",
  "capt.",
  "admiral",
  "commander",
  "chancellor",
  "king",
  "queen",
  "prince",
  "princess",
  "sheikh",
  "emir",
  "pope",
  "senator",
  "sen.",
  "rep.",
  "ambassador",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "chief",
  "deputy",
  "premier",
  "mr",
  "mr.",
  "mrs",
  "mrs.",
  "ms",
  "ms.",
  "dr",
  "dr.",
  "prof",
  "prof.",
  "sir",
  "lord",
  "dame",
  "foreign",
  "defence",
  "defense",
  "interior",
  "patriarch",
  "ayatollah",
  "marshal",
  "sergeant",
  "sgt.",
  "envoy",
  "administrator",
  "director",
  "chairman",
  "chairwoman",
  "commissioner",
  "judge",
  "justice",
  "officer",
]);

const TIME_WORDS: ReadonlySet<string> = new Set([
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "january",
  "february",
  "march",
  "april",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
  "today",
  "yesterday",
  "tomorrow",
]);

const PLACE_BITS = GAZ_COUNTRY | GAZ_STATE | GAZ_CITY;
const OFFICE_CONNECTORS: ReadonlySet<string> = new Set(["of", "for", "the"]);

export function postprocessSpans(tokens: string[], spans: Span[], gazetteer: Gazetteer): Span[] {
  const lower = (i: number): string => tokens[i]!.toLowerCase();
  const out: Span[] = [];
  for (const s0 of spans) {
    let { start, end } = s0;
    while (start < end && TIME_WORDS.has(lower(start))) start++;
    while (end > start && TIME_WORDS.has(lower(end - 1))) end--;
    if (start >= end) continue;
    if (s0.type === "person") {
      let lastTitle = -1;
      for (let i = start; i < end; i++) if (TITLE_WORDS.has(lower(i))) lastTitle = i;
      if (lastTitle >= 0) {
        // leading place before the title ("US President ...", "Kherson Governor ...")
        let firstTitle = lastTitle;
        while (firstTitle - 1 >= start && TITLE_WORDS.has(lower(firstTitle - 1))) firstTitle--;
        if (firstTitle > start) {
          const prefix = tokens.slice(start, firstTitle);
          if (gazetteer.lookup(prefix) & PLACE_BITS) out.push({ start, end: firstTitle, type: "place" });
        }
        start = lastTitle + 1;
        // "Governor of Virginia", "Minister for the Middle East": what follows "of" is the
        // office's domain, not the person; it stays a place when the gazetteer knows it
        let k = start;
        while (k < end && OFFICE_CONNECTORS.has(lower(k))) k++;
        if (k > start) {
          if (k < end && gazetteer.lookup(tokens.slice(k, end)) & PLACE_BITS)
            out.push({ start: k, end, type: "place" });
          continue;
        }
        if (start >= end) continue;
      }
    }
    if (end - start === 1) {
      const g = gazetteer.lookup([tokens[start]!]);
      const plural = gazetteer.lookup([tokens[start]!.replace(/s$/, "")]);
      if ((g & GAZ_DEMONYM && !(g & PLACE_BITS)) || (!g && plural & GAZ_DEMONYM && !(plural & PLACE_BITS))) {
        continue;
      }
    }
    out.push({ start, end, type: s0.type });
  }
  return out.sort((a, b) => a.start - b.start);
}
