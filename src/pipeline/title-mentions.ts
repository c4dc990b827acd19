/**
 * Titles inside a capitalised run: "Bryansk Gov. X" (a holder, a role, a person), offices
 * ("the Mayor of X", "Minister for X Y"), ranks that begin a body's name ("General Motors"), and a
 * person of a body ("X Y of the Z Council").
 */

import {
  BODY_POSTS,
  CLUB_POSTS,
  COMPANY_NAME_ENDS,
  DIRECTION_WORDS,
  normaliseCue,
  ORGANISATION_HEADS,
  PARLIAMENT_MEMBERS,
  PERSON_TITLES,
  PLACE_HEADS,
  POSTNOMINALS,
} from "../nlp/cues";
import { isGivenName } from "../nlp/given-names";
import { commonWords } from "../nlp/lexicon";
import { isAllCaps } from "../nlp/tokenize";
import { WEAK_CUES } from "./mention-types";
import { isPossessiveTok, isTitle, nameLike, PORTFOLIOS, ROLE_QUALIFIERS, type Tok } from "./mention-words";
import { NAME_SUFFIX, NameClues } from "./name-clues";

/**
 * Titles of peers and royals, whose "of" belongs to the name ("Lord X of Y", "King X of Y"): after
 * other titles, "of" and a body says where the person works ("Dr X Y of the Z Trust").
 */
const TERRITORIAL_TITLES = new Set([
  "lord",
  "lady",
  "baron",
  "baroness",
  "viscount",
  "earl",
  "countess",
  "duke",
  "duchess",
  "marquess",
  "king",
  "queen",
  "prince",
  "princess",
  "emperor",
  "empress",
  "sheikh",
  "sheik",
  "emir",
  "sultan",
  "archbishop",
  "bishop",
]);

/** Honorifics that may stand between a post and the name ("Prime Minister Sheikh X"). */
const HONORIFICS = new Set([
  "sir",
  "dame",
  "sheikh",
  "sheik",
  "lord",
  "lady",
  "dr",
  "prof",
  "professor",
  "mr",
  "mrs",
  "ms",
  "miss",
  "mx",
  "rev",
]);

/** Heads that open a body's name in other languages: "Universidad X", "Banco Y", "Instituto Z". */
const BODY_HEADS_FIRST =
  /^(?:Universidad|Universidade|Università|Université|Universität|Universiteit|Instituto|Istituto|Institut|Banco|Banque|Fundación|Fundação|Fondation|Stiftung|Ministerio|Ministério|Ministère|Ministerium|Consejo|Conselho|Conseil|Centro|Centre|Colegio|Escuela|Hospital|Hôpital)$/u;

/** Towns smaller than this whose name is an ordinary word are no office's see ("of Police"). */
const REMIT_TOWN_POPULATION = 50_000;

export abstract class TitleMentions extends NameClues {
  protected abstract plainName(from: number, to: number, outerFrom: number, outerTo: number): void;

  /**
   * The index of "of" in from..to when the words before it are a person's name and those after it
   * another name ("Dana Orr of the Kestrel Council"): two or three names' words, no title, no head
   * of a body's or place's name ("Royal College of X", "Arts Council of X"), and a first word that
   * is no ordinary word, compass word or nationality ("National Union of X", "North End of X");
   * with the models on, the recogniser must read them as a person's name.
   */
  /** "X Y of South Africa": the "of" of a two- or three-word name before a country's name alone. */
  protected personOfCountry(from: number, to: number): number | undefined {
    const of = this.tokens.findIndex(
      (t, k) => k > from + 1 && k <= from + 3 && k < to - 1 && t.lower === "of",
    );
    if (of < 0) return undefined;
    // ("X Y of the United States": the country's own article.)
    const start = this.tokens[of + 1]?.lower === "the" ? of + 2 : of + 1;
    const country = this.countryWord(start);
    return country && !country.demonym && start + country.length === to ? of : undefined;
  }

  protected personOfBody(from: number, to: number): number | undefined {
    const tokens = this.tokens;
    const of = tokens.findIndex((t, k) => k > from && k < to - 1 && t.lower === "of");
    if (of < from + 2 || of > from + 3) return undefined;
    const words = tokens.slice(from, of);
    const head = (t: Tok) => ORGANISATION_HEADS.has(t.lower) || PLACE_HEADS.has(t.lower);
    const first = words[0]!;
    if (
      !words.every((t) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(t.text)) ||
      words.some((t) => isTitle(t) || head(t) || ROLE_QUALIFIERS.has(t.lower)) ||
      // ("Angel X of the Y": a given name that is also a word, which the recogniser must confirm)
      (commonWords().has(first.lower) && !(this.context.hints && isGivenName(first.text))) ||
      this.context.lowercaseWords.has(first.lower) ||
      DIRECTION_WORDS.has(first.lower) ||
      this.nationality(first.text) ||
      this.countryWord(from) !== undefined
    )
      return undefined;
    // "X Y of South Africa": a person of a country needs no recogniser's word for it.
    if (this.personOfCountry(from, to) !== undefined) return of;
    const hints = this.context.hints;
    if (hints) {
      const left = this.span(from, of);
      // (The recogniser, trained on treebank spans, often reads "X Y of the Z" whole as the person.)
      const whole = this.span(from, to);
      if (
        hints(whole.start, whole.end, whole.text) !== "person" &&
        hints(left.start, left.end, left.text) !== "person"
      )
        return undefined;
    }
    return this.namesABody(of + 1, to) ? of : undefined;
  }

  /**
   * Whether from..to (after "of") names a body or a place: an acronym, a gazetteer place, a name
   * ending in a body's head, or one the recogniser reads so; without the models, also any name
   * after "the". Not a work's title ("X of the Y Z"), which the recogniser reads as no name.
   */
  /** "the University of X", "the Universidad San Francisco de Quito": a body's head word first. */
  private headOpensBody(from: number, to: number): boolean {
    const first = this.tokens[from];
    return (
      to - from > 1 &&
      first !== undefined &&
      first.cap &&
      (ORGANISATION_HEADS.has(first.lower) || BODY_HEADS_FIRST.test(first.text))
    );
  }

  protected namesABody(from: number, to: number): boolean {
    const determiner = this.tokens[from]?.lower === "the";
    const start = determiner ? from + 1 : from;
    if (start >= to) return false;
    const words = this.tokens.slice(start, to);
    const span = this.span(start, to);
    if (words.length === 1 && isAllCaps(words[0]!.text)) return true;
    if (this.gaz.places(span.text).length > 0) return true;
    const last = words[words.length - 1]!.lower;
    if (ORGANISATION_HEADS.has(last) || (words.length > 1 && COMPANY_NAME_ENDS.has(last))) return true;
    if (this.headOpensBody(start, to)) return true;
    const hints = this.context.hints;
    if (!hints) return determiner;
    const type = hints(span.start, span.end, span.text);
    // "X Y of Dresdner Kleinwort Wasserstein": after a person's name, a firm named after people,
    // which the recogniser reads as a person's name (not one a given name opens).
    return (
      type === "organisation" ||
      // (one unknown word the recogniser calls a place may be a surname's end: "Mark X of Hannibal")
      (type === "place" && words.length > 1) ||
      (type === "person" && words.length >= 2 && !isGivenName(words[0]!.text))
    );
  }

  /**
   * "Analyst X Y of Z", "Dr X Y of Z": after a titled person's full name, "of" and a short name
   * no one knows is where the person works (a bank, a broker, a college), whatever its shape says;
   * only a peer's or a royal's "of" belongs to the name, and their titles are territorial.
   */
  protected employerAfterFullName(nameStart: number, of: number, to: number, territorial: boolean): boolean {
    if (territorial || of < nameStart + 2 || to - (of + 1) > 3) return false;
    return this.tokens.slice(of + 1, to).every((t) => /^\p{Lu}/u.test(t.text) && nameLike(t));
  }

  /** The plural of a post in capitals ("MPs", "MEPs"): "X MPs" are members of X, no name. */
  protected titlesPlural(t: Tok): boolean {
    return (
      /^\p{Lu}{2,}s$/u.test(t.text) &&
      (PERSON_TITLES.has(t.lower.slice(0, -1)) || POSTNOMINALS.has(t.text.slice(0, -1)))
    );
  }

  /** The first title sequence inside the run that has a name after it. */
  protected findTitle(from: number, to: number): { start: number; end: number } | undefined {
    for (let k = from; k < to; k++) {
      let end = k;
      while (
        end < to &&
        (ROLE_QUALIFIERS.has(normaliseCue(this.tokens[end]!.text)) || this.tokens[end]!.text === ".")
      )
        end++;
      if (end < to && isTitle(this.tokens[end])) {
        while (
          end < to &&
          (isTitle(this.tokens[end]) ||
            this.tokens[end]!.text === "." ||
            this.tokens[end]!.lower === "of" ||
            // "Secretary of State", "Minister of the Interior", "Minister of Foreign Affairs": the
            // portfolio is part of the title.
            (PORTFOLIOS.has(this.tokens[end]!.lower) &&
              (/^(?:of|the|for|and)$/.test(this.tokens[end - 1]?.lower ?? "") ||
                (end > k + 1 && PORTFOLIOS.has(this.tokens[end - 1]?.lower ?? "")))) ||
            (this.tokens[end]!.lower === "the" && this.tokens[end - 1]?.lower === "of"))
        )
          end++;
        // "General Motors", "the General Election": a title that is also an adjective, before an
        // ordinary word, is part of a body's or an event's name, not a person's title.
        if (end === k + 1 && this.rankBeginsName(k)) continue;
        // "Carl Ames King Jnr": a suffix alone after a title-like word is the end of a name.
        const rest = this.tokens.slice(end, to).filter((t) => nameLike(t) && !NAME_SUFFIX.test(t.text));
        if (rest.length > 0) return { start: k, end };
      }
    }
    return undefined;
  }

  /**
   * End of the place an office's title names ("Central Asia" of "Minister for Central Asia X"), or
   * `from`; towns count only where `towns` ("Mayor of X").
   */
  /**
   * "Inspector General of Police X", "Commissioner of Police": an ordinary word after an office's
   * "of" that the gazetteer knows only as a small town (a port in Poland is called Police) is the
   * office's remit, not a town.
   */
  private remitWord(t: Tok): boolean {
    if (!commonWords().has(t.lower) || isGivenName(t.text)) return false;
    const places = this.gaz.places(t.text);
    return (
      places.length > 0 &&
      places.every((p) => p.kind === "city" && (p.population ?? 0) < REMIT_TOWN_POPULATION)
    );
  }

  private officeScopeEnd(from: number, to: number, towns: boolean): number {
    if (this.tokens[from] && this.remitWord(this.tokens[from]!)) return from;
    for (let end = Math.min(to, from + 3); end > from; end--) {
      const words = this.tokens.slice(from, end);
      if (!words.every((t) => nameLike(t))) continue;
      const text = this.span(from, end).text;
      // After "for" only a country or region: "Minister for Energy" is no town of that name.
      if (this.gaz.places(text).some((p) => towns || p.kind !== "city")) return end;
      if (words.length === 2 && DIRECTION_WORDS.has(words[0]!.lower)) return end;
    }
    return from;
  }

  protected titled(from: number, to: number, titleStart: number, titleEnd: number): void {
    const roleWords = this.tokens
      .slice(titleStart, titleEnd)
      .filter((t) => t.text !== ".")
      .map((t) => normaliseCue(t.text));
    // "Prime Minister Sheikh X", "Foreign Secretary Sir Y": the honorific is the person's, the
    // post is the rest.
    while (roleWords.length > 1 && HONORIFICS.has(roleWords[roleWords.length - 1]!)) roleWords.pop();
    const role = roleWords.join(" ");
    // "King Street", "Prince Albert Road", "Bishop Square": a title before a place's head word
    // ends a street's or a square's name, no person's.
    if (to - titleEnd <= 2 && PLACE_HEADS.has(this.tokens[to - 1]!.lower) && to - 1 >= titleEnd) {
      this.plainName(from, to, from, to);
      return;
    }
    // "the Economist Intelligence Unit", "Director Research Institute": a title before a body's
    // head word names the body, no person.
    if (
      to - titleEnd >= 1 &&
      to - titleEnd <= 3 &&
      ORGANISATION_HEADS.has(this.tokens[to - 1]!.lower) &&
      this.tokens.slice(titleStart, to).every((t) => t.cap && t.lower !== "of" && t.lower !== "for")
    ) {
      this.plainName(from, to, from, to);
      return;
    }
    // "the Information Commissioner's Office", "the Governor's Office": a title that owns the
    // words after it names a body, not a person.
    if (isPossessiveTok(this.tokens[titleEnd])) {
      if (ORGANISATION_HEADS.has(this.tokens[to - 1]!.lower)) this.plainName(from, to, from, to);
      return;
    }
    let holder: number | undefined;
    if (titleStart > from) holder = this.holder(from, titleStart, role);
    let nameStart = titleEnd;
    // (a name may open with a word the stopword list has: "General Than Shwe")
    const opensName = (k: number) =>
      nameLike(this.tokens[k]!) ||
      (k === titleEnd &&
        this.tokens[k]!.cap &&
        !/^(?:the|a|an|of|and)$/.test(this.tokens[k]!.lower) &&
        k + 1 < to &&
        nameLike(this.tokens[k + 1]!));
    while (nameStart < to && !opensName(nameStart)) nameStart++;
    if (nameStart >= to) return;
    // "the Archbishop of X", "the Mayor of X", "the Minister for X": the name after "of" or "for"
    // begins with the see or the land of the office, a place where the gazetteer knows it or a
    // compass region ("Central Asia"); a holder is named only by the names after it ("Minister
    // for X Y Z"), else not here. After "of", an unknown see names no one either.
    // The office's "of" ends the title, or comes right before its "the" ("Lord of the X").
    const ofThe = this.tokens[titleEnd - 1]?.lower === "the" ? titleEnd - 2 : titleEnd - 1;
    const office = this.tokens
      .slice(Math.max(titleStart + 1, ofThe), nameStart)
      .find((t) => t.lower === "of" || t.lower === "for");
    // "Lord of the X", "Leader of the X", "Chancellor of the X Y Z": the office of a body or a
    // work's title names no place and no one; a person after a one-word body holds it.
    if (office && ofThe === titleEnd - 2) {
      const holderStart = nameStart + 1;
      const holderWords = this.tokens.slice(holderStart, to);
      if (to - holderStart >= 2 && holderWords.every((t) => nameLike(t))) {
        // "Director of the Scottish Velmor Authority Tarn Centre": words with a body's or a
        // place's head, or that no given name opens, are the body's name, not a holder's.
        const bodyName =
          holderWords.some((t) => ORGANISATION_HEADS.has(t.lower) || PLACE_HEADS.has(t.lower)) ||
          !isGivenName(holderWords[0]!.text);
        if (bodyName) {
          this.plainName(nameStart, to, nameStart, to);
          return;
        }
        const span = this.span(holderStart, to);
        this.add({ ...span, name: span.text, type: "person", cue: `title "${role}"`, roles: [role] });
      }
      return;
    }
    // "MP for X", "MSP for X Y": the name after "for" is the member's seat, a place; a given name
    // further on begins the member's own ("MP for X West Y Z").
    if (office?.lower === "for" && PARLIAMENT_MEMBERS.has(role.toUpperCase())) {
      let seatEnd = nameStart + 1;
      const memberStarts = (t: Tok) =>
        isGivenName(t.text) && !DIRECTION_WORDS.has(t.lower) && !/^(?:central|and|upon)$/.test(t.lower);
      while (seatEnd < to && !(memberStarts(this.tokens[seatEnd]!) && to - seatEnd >= 2)) seatEnd++;
      const seat = this.span(nameStart, seatEnd);
      this.placeMention(nameStart, seatEnd, seat.text, `"${role} for"`, "other");
      if (seatEnd < to) {
        const member = this.span(seatEnd, to);
        this.add({ ...member, name: member.text, type: "person", cue: `title "${role}"`, roles: [role] });
      }
      return;
    }
    if (office) {
      const scopeEnd = this.officeScopeEnd(nameStart, to, office.lower === "of");
      if (scopeEnd > nameStart) {
        const scope = this.span(nameStart, scopeEnd);
        this.placeMention(
          nameStart,
          scopeEnd,
          scope.text,
          `"${role.replace(/ (?:of|for)$/, "")} ${office.lower}"`,
          undefined,
        );
      }
      // "Minister for Energy X": a portfolio after "for" is part of the office too.
      let holderStart = scopeEnd;
      // "Commissioner for Refugees": after "for", an ordinary word is the remit too.
      while (
        holderStart < to &&
        (PORTFOLIOS.has(this.tokens[holderStart]!.lower) ||
          (holderStart === scopeEnd && this.remitWord(this.tokens[holderStart]!)) ||
          (office.lower === "for" &&
            commonWords().has(this.tokens[holderStart]!.lower) &&
            !isGivenName(this.tokens[holderStart]!.text)))
      )
        holderStart++;
      if (holderStart === nameStart) {
        // After "of", an unknown see or body ("Director of Public Prosecutions") names no one;
        // after "for", the person reading below stands.
        if (office.lower === "of") return;
      } else {
        // "Archbishop of X Dr Y Z": the holder's own title is not part of the name.
        while (
          holderStart < to &&
          (isTitle(this.tokens[holderStart]) || this.tokens[holderStart]!.text === ".")
        )
          holderStart++;
        if (this.tokens.slice(holderStart, to).filter((t) => nameLike(t)).length < 2) return;
        nameStart = holderStart;
      }
    }
    // "Metropolitan Harbour Commissioner Sir X Y": a second title further on with a name after it
    // is the holder's; the words before it name the body ("Harbour"), the first title word ("the
    // Metropolitan") with them.
    const inner = office ? undefined : this.findTitle(nameStart, to);
    if (inner && inner.start > nameStart) {
      this.titled(from, to, inner.start, inner.end);
      return;
    }
    // "Judge X Y of Lima's court": a person's name ends before "of" and a place the gazetteer knows.
    // "Dr X Y of the Z Trust", "Captain X Y of the Royal Navy": before "of" and a body's name, the
    // person is one of that body (a peer's "of", "Lord X of Y", stays in the name).
    let body: number | undefined;
    const of = this.tokens.findIndex((t, k) => k > nameStart && k < to - 1 && t.lower === "of");
    if (of > 0 && this.tokens.slice(nameStart, of).every((t) => nameLike(t))) {
      const afterOf = this.tokens[of + 1]!.lower === "the" ? of + 2 : of + 1;
      const place = this.span(afterOf, to);
      const territorial = this.tokens
        .slice(titleStart, nameStart)
        .some((t) => TERRITORIAL_TITLES.has(normaliseCue(t.text)));
      // ("President X of Pakistan": a one-word name too, but a king's or a peer's "of Y" is his.)
      if ((of > nameStart + 1 || !territorial) && afterOf < to && this.gaz.places(place.text).length > 0) {
        this.placeMention(afterOf, to, place.text, '"of" after a person', undefined);
        to = of;
      } else if (
        afterOf < to &&
        // (a peer's seat has no article: "Lord X of Y"; "Lord X of the Y Trust" is the trust's)
        !(afterOf === of + 1 && territorial) &&
        // (a place is no body: "Prince X of the Netherlands", "Dr X of Harley Street")
        this.gaz.places(place.text).length === 0 &&
        !PLACE_HEADS.has(this.tokens[to - 1]!.lower) &&
        (this.namesABody(of + 1, to) || this.employerAfterFullName(nameStart, of, to, territorial))
      ) {
        const mark = this.found.length;
        this.plainName(afterOf, to, afterOf, to);
        // What the split read as a body is one, whatever its shape alone said ("a person").
        body = this.bodyFoundSince(mark, true);
        // A body's head word opening the name ("the Universidad X de Y") is a body whatever the
        // typing made of the rest.
        if (body === undefined && this.found.length === mark && this.headOpensBody(afterOf, to)) {
          const span = this.span(afterOf, to);
          body = this.add({ ...span, name: span.text, type: "organisation", cue: "body's head word first" });
        }
        to = of;
      }
    }
    const span = this.span(nameStart, to);
    // "the Criminal Justice Act": a law's name, its "Justice" no judge's title.
    if (/^(?:Act|Acts|Bill|Bills|Directive|Treaty|Convention)$/.test(span.text) && to - nameStart === 1)
      return;
    const person = this.add({
      ...span,
      name: span.text,
      type: "person",
      cue: `title "${role}"`,
      roles: [role],
    });
    if (holder !== undefined) this.roleLinks.push({ person, role, holder, sentence: this.sentence.index });
    if (body !== undefined)
      this.roleLinks.push({ person, role, holder: body, sentence: this.sentence.index, member: true });
  }

  /** The organisation, place or country written before a title ("Bryansk Gov.", "US President"). */
  protected holder(from: number, to: number, role = ""): number | undefined {
    const country = this.countryWord(from);
    if (country && from + country.length === to) {
      return this.addCountry(
        from,
        to,
        country.place,
        country.demonym ? "demonym" : "country",
        country.demonym,
      );
    }
    const before = this.found.length;
    this.plainName(from, to, from, to);
    if (this.found.length === before) return undefined;
    // "Kestrel Press Secretary X": a name typed by nothing but its shape before a post in a body
    // is that body. Not before a rank or an honorific ("Crown Prince X", "District Attorney X"),
    // nor an ordinary word ("Culture Secretary X": a portfolio).
    const holder = this.found[this.found.length - 1]!;
    const postWords = role.split(/[\s-]+/);
    const words = this.tokens.slice(from, to);
    if (
      holder.type === "person" &&
      WEAK_CUES.has(holder.cue) &&
      postWords.some(
        (post) =>
          BODY_POSTS.has(post) ||
          /^(?:secretary|officer|official|director|spokes(?:man|woman|person))$/.test(post) ||
          // ("X team principal Y", "X driver Y" in a sports report: a team)
          (this.context.sportsReport === true && CLUB_POSTS.has(post)),
      ) &&
      !isGivenName(words[0]!.text) &&
      words.every((w) => !commonWords().has(w.lower) && !this.context.lowercaseWords.has(w.lower)) &&
      to - from <= 3
    ) {
      holder.type = "organisation";
      holder.cue = "holder of a title";
    }
    return this.offset + this.found.length - 1;
  }
}
