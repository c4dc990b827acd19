/**
 * What a capitalised run's words and surroundings say about it, for the name typer
 * (name-mentions.ts): nationality and descriptor words, kind nouns before or after a name, unit
 * and facility nouns after it, hyphenated compounds, and the recogniser's reading of a span.
 */

import {
  ADJECTIVE_TITLES,
  ATTACK_VERBS,
  CAPTURE_VERBS,
  COMPANY_NAME_ENDS,
  EVENT_NOUNS,
  FACILITY_NOUNS,
  FORCE_NOUNS,
  MONTHS,
  NAMED_EVENT_HEADS,
  OFFICER_NOUNS,
  ORGANISATION_HEADS,
  ORGANISATION_KIND_NOUNS,
  PERSON_TITLES,
  PLACE_HEADS,
  POSTS_AT_A_BODY,
  SPEECH_VERBS,
  UNIT_NOUNS,
} from "../nlp/cues";
import { DATELINE } from "../nlp/dateline";
import { isGivenName } from "../nlp/given-names";
import { commonWords } from "../nlp/lexicon";
import { STOPWORDS } from "../nlp/stopwords";
import { MentionBase } from "./mention-base";
import {
  DETERMINERS,
  isPossessiveTok,
  isTitle,
  nameLike,
  QUOTE_OPEN,
  ROLE_QUALIFIERS,
  type Tok,
  VERB_AFTER_SUBJECT,
} from "./mention-words";

/** Words inside a post of several words besides titles and officers ("chief operating officer"). */
/** A dash alone, as after a wire dateline. */
const DASH = /^[-–—]$/;
const POST_WORDS = new Set(["and", "operating", "financial", "technology", "technical", "commercial"]);

/** Lower-case posts that govern a land ("Iraqi leader X"): the adjective before names the land. */
const GOVERNING_POSTS = new Set(["president", "premier", "leader", "chancellor", "king", "queen", "ruler"]);

/** Words between a land's adjective and its governing post ("Iraqi interim leader X"). */
const GOVERNING_QUALIFIERS = new Set([
  "interim",
  "acting",
  "new",
  "incoming",
  "outgoing",
  "elected",
  "veteran",
]);

/** English prefixes that form hyphenated compounds ("ex-minister", "anti-war", "pan-European"). */
const COMPOUND_PREFIXES = new Set([
  "ex",
  "anti",
  "pro",
  "pre",
  "post",
  "non",
  "pan",
  "euro",
  "neo",
  "mid",
  "sub",
  "semi",
  "co",
  "inter",
  "under",
  "over",
  "self",
  "multi",
  "cross",
  "trans",
  "counter",
  "vice",
]);

/** Suffixes that end a personal name ("Jnr", "III"): not a name after a title on their own. */
export const NAME_SUFFIX = /^(?:Jr|Jnr|Snr|Sr|II|III|IV)\.?$/;

/** Verb forms that end a unit phrase after a name: past tenses and "join", "act", "forces" as verbs. */
/** What a camp is for ("the X refugee camp"): the name before such a camp is the camp's. */
const CAMP_KINDS = new Set(
  "refugee refugees displacement displaced idp migrant migrants detention internment prison transit army military".split(
    " ",
  ),
);

/** Verbs of what forces do, which no facility's name contains. */
const ACTION_VERBS = new Set([...ATTACK_VERBS, ...CAPTURE_VERBS]);

/** "the Scot", "the Welshman", "Englishmen": nouns of the United Kingdom's nations' people. */
const UK_NATION_PEOPLE =
  /^(?:Scots?|Scotswom[ae]n|Welshm[ae]n|Welshwom[ae]n|Englishm[ae]n|Englishwom[ae]n|Ulsterm[ae]n)$/;

/** Members of a faith or a people that no country names ("Muslims", "Sunnis", "Kurds", "Tamils"). */
const PEOPLES = new Set(
  "muslim christian jew hindu sikh buddhist catholic protestant sunni shia shiite alawite druze kurd arab tamil pashtun uighur uyghur tutsi hutu yazidi berber bedouin".split(
    " ",
  ),
);

const VERB_FORMS = /^(?:\p{Ll}+ed|join|joins|act|acts)$/u;

/**
 * Words already read as a nationality or not: the same few thousand capitalised words are asked
 * about many times per article, each asking the gazetteer for five spellings.
 */
const NATIONALITY_WORDS = new Map<string, boolean>();

export abstract class NameClues extends MentionBase {
  /** Whether token `at` opens the sentence (or a quotation): capitalised for its place alone. */
  protected opensSentence(at: number): boolean {
    if (at === 0 || QUOTE_OPEN.test(this.tokens[at - 1]?.text ?? "")) return true;
    // After a wire dateline's dash: "TBILISI, Georgia — Tens of thousands …".
    const dash = this.tokens[at - 1];
    if (!dash || !DASH.test(dash.text)) return false;
    const dateline = DATELINE.exec(this.sentence.text);
    return dateline !== null && dateline[0].trimEnd().length === dash.end - this.sentence.start;
  }

  /**
   * "General Motors", "General Electric", "the General Election": a title that is also an
   * adjective, before an ordinary word (or its plural) or an event's noun; any title before a
   * body's head word that ends the name ("the Justice Department").
   */
  protected rankBeginsName(at: number): boolean {
    const next = this.tokens[at + 1];
    if (next === undefined) return false;
    // "the Justice Department": any title before a body's head word names the body; "the Billie
    // Jean King Cup", before a competition's head word, the competition.
    if (
      PERSON_TITLES.has(this.tokens[at]!.lower) &&
      next.cap &&
      (ORGANISATION_HEADS.has(next.lower) || NAMED_EVENT_HEADS.has(next.lower)) &&
      !this.tokens[at + 2]?.cap
    )
      return true;
    return (
      ADJECTIVE_TITLES.has(this.tokens[at]!.lower) &&
      // ("General Than Shwe": a function word in capitals is a name's, not an ordinary word)
      !STOPWORDS.has(next.lower) &&
      (EVENT_NOUNS.has(next.lower) ||
        [next.lower, next.lower.replace(/s$/, "")].some(
          (w) => commonWords().has(w) || this.context.lowercaseWords.has(w),
        ))
    );
  }

  /**
   * A nationality adjective or noun: "Brazilian", "Frenchman", "Britons", "Swede", "Spaniard" (the
   * gazetteer lists adjectives; the nouns are read back to them: Swede → Swedish).
   */
  protected nationality(word: string): boolean {
    let known = NATIONALITY_WORDS.get(word);
    if (known === undefined) {
      known = this.nationalityUncached(word);
      if (NATIONALITY_WORDS.size >= 100_000) NATIONALITY_WORDS.clear();
      NATIONALITY_WORDS.set(word, known);
    }
    return known;
  }

  private nationalityUncached(word: string): boolean {
    if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
    // The peoples of the United Kingdom's nations, whose adjectives the country data leaves out;
    // and a faith's or a people's members ("Muslims", "Kurds"), a people as nationalities are.
    if (UK_NATION_PEOPLE.test(word) || PEOPLES.has(word.replace(/s$/, "").toLowerCase())) return true;
    const forms = [
      word,
      word.replace(/s$/, ""),
      word.replace(/(?:wo)?m[ae]n$/, ""),
      `${word.replace(/e?s?$/, "")}ish`,
      `${word.replace(/(?:on|iard)s?$/, "")}ish`,
    ];
    if (forms.some((form) => form.length >= 4 && this.gaz.countryOfDemonym(form) !== undefined)) return true;
    // "Slovakian", "Tanzanian": a country's name and "n", where the gazetteer lists another demonym.
    return (
      /[aeiou]an$/.test(word) &&
      this.gaz.places(word.slice(0, -1)).some((p) => p.kind === "country" && p.name === word.slice(0, -1))
    );
  }

  /** A word that describes a name rather than being part of it: "Actress", "Australian", "Britons". */
  protected descriptor(t: Tok): boolean {
    const singular = t.lower.replace(/s$/, "");
    return (
      this.nationality(t.text) ||
      isTitle(t) ||
      ROLE_QUALIFIERS.has(t.lower) ||
      // "Ole", "Rose", "Guy" are ordinary words too, but before a name they are given names.
      ([t.lower, singular].some((w) => commonWords().has(w) || this.context.lowercaseWords.has(w)) &&
        !isGivenName(t.text))
    );
  }

  /**
   * The kind noun ("firms", "giants") when the name starting at `at` is one of a list introduced
   * by it: "firms such as X", "tech giants such as X, Y and Z", "retailers - including X".
   * Earlier items of the list (names, commas, "and"/"or") may stand between.
   */
  protected listedAfterKind(at: number): string | undefined {
    const tokens = this.tokens;
    let k = at - 1;
    // Back over earlier items: "X, Y and" before this name.
    while (k >= 0 && k > at - 16 && (tokens[k]!.cap || /^(?:,|and|or|&)$/.test(tokens[k]!.lower))) k--;
    const word = tokens[k]?.lower;
    let nounAt: number;
    // Not "like": "a club like X did" compares, it does not list.
    if (word === "as" && tokens[k - 1]?.lower === "such") nounAt = k - 2;
    else if (word === "including") nounAt = k - 1;
    // "the financial institutions X, Y and Z", "rival carmakers X and Y": a plural kind noun right
    // before a list of two names or more ("banks X" alone may be a name's own word).
    else if (
      tokens[k]?.text === word &&
      /s$/.test(word ?? "") &&
      (tokens.slice(k + 1, at).some((t) => t.cap)
        ? /^(?:,|and)$/.test(tokens[at - 1]!.text)
        : k === at - 1 && this.listGoesOn(at))
    )
      nounAt = k;
    else return undefined;
    if (/^[,\-–]$/.test(tokens[nounAt]?.text ?? "")) nounAt--;
    const noun = tokens[nounAt];
    if (!noun || (noun.text !== noun.lower && !this.opensSentence(nounAt))) return undefined;
    const singular = noun.lower.replace(/ies$/, "y").replace(/s$/, "");
    // Groups, parties, unions and clubs list their members, people as often as bodies.
    if (/^(?:group|party|union|club)$/.test(singular)) return undefined;
    return ORGANISATION_KIND_NOUNS.has(noun.lower) || ORGANISATION_KIND_NOUNS.has(singular)
      ? noun.lower
      : undefined;
  }

  /**
   * Whether a post that governs a land, in lower case, and a name follow from `at` ("interim leader
   * X", "prime minister Y", "new president Z"): at most two qualifiers before the post.
   */
  protected governingPostBefore(at: number): boolean {
    const tokens = this.tokens;
    let k = at;
    while (k < at + 2 && GOVERNING_QUALIFIERS.has(tokens[k]?.text ?? "")) k++;
    const post = tokens[k]?.text ?? "";
    if (post === "prime" && tokens[k + 1]?.text === "minister") k++;
    else if (!GOVERNING_POSTS.has(post)) return false;
    return tokens[k + 1] !== undefined && nameLike(tokens[k + 1]!);
  }

  /** Whether another name follows the name starting at `at` in a list (", Y", " and Y"). */
  private listGoesOn(at: number): boolean {
    let k = at;
    while (this.tokens[k]?.cap) k++;
    const next = this.tokens[k]?.text;
    return (next === "," || next === "and") && this.tokens[k + 1]?.cap === true;
  }

  /**
   * Whether a name starts at `at`, or after at most three more lower-case words of a post: a post
   * is often written in several words ("X chief executive Y", "X president and chief executive Y",
   * "X chief financial officer Y").
   */
  protected postWordsEndBefore(at: number): boolean {
    const tokens = this.tokens;
    let k = at;
    while (k < at + 3 && tokens[k] !== undefined && tokens[k]!.text === tokens[k]!.lower) {
      const word = tokens[k]!.lower;
      if (
        !(
          PERSON_TITLES.has(word) ||
          OFFICER_NOUNS.has(word) ||
          POSTS_AT_A_BODY.has(word) ||
          POST_WORDS.has(word)
        )
      )
        return false;
      k++;
    }
    return tokens[k]?.cap === true && tokens[k - 1]!.lower !== "and";
  }

  /**
   * The kind noun of an apposition that starts at `at` (", the electronics firm", ", a state oil
   * company", ", Y's biggest bank"): a comma, "the"/"a"/"an" or a possessive, at
   * most three modifiers and a noun of ORGANISATION_KIND_NOUNS that ends the phrase (not "the
   * company's chief", "the head of giant X").
   */
  protected apposedKind(at: number): string | undefined {
    const tokens = this.tokens;
    if (tokens[at]?.text !== ",") return undefined;
    let k = at + 1;
    if (DETERMINERS.has(tokens[k]?.lower ?? "")) k++;
    else if (tokens[k]?.cap && isPossessiveTok(tokens[k + 1])) k += 2;
    else return undefined;
    for (const end = k + 4; k < end && k < tokens.length; k++) {
      const word = tokens[k]!;
      // ("X, the lower house", "X, Y's parliament": a chamber; not a kind noun before a name, where
      // "told parliament X had misled voters" would make X a body.)
      const chamber =
        (word.lower === "house" && /^(?:lower|upper)$/.test(tokens[k - 1]?.lower ?? "")) ||
        word.lower === "parliament" ||
        word.lower === "legislature";
      if (word.text === word.lower && (ORGANISATION_KIND_NOUNS.has(word.lower) || chamber)) {
        // The noun must end the phrase as a description: not "the company's chief", "the head of
        // giant X", a person's job ("a broadcaster with X", "a style magazine columnist"), nor a
        // new clause ("X, the firm said").
        const next = tokens[k + 1]?.lower ?? "";
        // "a power network operator": the kind noun after it ends the phrase.
        if (tokens[k + 1]?.text === next && ORGANISATION_KIND_NOUNS.has(next)) continue;
        // A post after the noun ("Y's group chief executive", "the company chairman") is a person's too.
        const agentNoun =
          tokens[k + 1]?.text === next &&
          !STOPWORDS.has(next) &&
          (/(?:ists?|ers?|ors?|m[ae]n)$/.test(next) || PERSON_TITLES.has(next) || OFFICER_NOUNS.has(next));
        if (
          agentNoun ||
          isPossessiveTok(tokens[k + 1]) ||
          /^(?:of|with|at|for)$/.test(next) ||
          SPEECH_VERBS.has(next) ||
          VERB_AFTER_SUBJECT.has(next) ||
          /(?:ies|[^s]s)$/.test(word.lower)
        )
          return undefined;
        return word.lower;
      }
      if (!/^[\p{L}\d][\p{L}\d-]*$/u.test(word.text) || (STOPWORDS.has(word.lower) && word.lower !== "most"))
        return undefined;
    }
    return undefined;
  }

  /**
   * The kind noun of a description the name is apposed to, written before it ("Y's disaster
   * agency, X, said", "the country's largest lender, X,"): a determiner or a possessive, at most
   * three lower-case modifiers and a noun of ORGANISATION_KIND_NOUNS, then a comma and the name
   * (from `from` to `to`), closed by a comma or ended by a verb of saying. The description must
   * open a clause (sentence start, a comma, "and", "from", "by", "that" or a verb of saying):
   * "Speaking to the firm, X said" is no apposition.
   */
  protected kindApposedBefore(from: number, to: number): string | undefined {
    const tokens = this.tokens;
    if (tokens[from - 1]?.text !== ",") return undefined;
    const closing = tokens[to]?.text ?? "";
    const punctuated = closing === "," || closing === "." || closing === ";" || tokens[to] === undefined;
    if (!punctuated && !SPEECH_VERBS.has(tokens[to]?.lower ?? "")) return undefined;
    const noun = tokens[from - 2];
    if (
      !noun ||
      noun.text !== noun.lower ||
      !(ORGANISATION_KIND_NOUNS.has(noun.lower) || ORGANISATION_HEADS.has(noun.lower))
    )
      return undefined;
    // Plural kinds list several bodies ("rival banks, X and Y,"), one of which this may be.
    if (/(?:ies|[^s]s)$/.test(noun.lower)) return undefined;
    let k = from - 3;
    for (let modifiers = 0; modifiers < 3 && k >= 0; modifiers++, k--) {
      const word = tokens[k]!;
      // ("the firm's Irish subsidiary, X", "The OSCE mission, X,": a nationality or an acronym may
      // describe it too.)
      if (word.cap && (this.nationality(word.text) || /^\p{Lu}{2,}$/u.test(word.text))) continue;
      // ("an Iran-aligned militia, X,": a name turned into a modifier describes it as well.)
      if (/^\p{Lu}[\p{L}]*-\p{Ll}+$/u.test(word.text)) continue;
      if (word.text !== word.lower || STOPWORDS.has(word.lower) || !/^\p{Ll}[\p{Ll}-]*$/u.test(word.text))
        break;
    }
    let opener: number;
    // ("Her publisher, X, said": a possessive pronoun determines the phrase too.)
    if (DETERMINERS.has(tokens[k]?.lower ?? "") || /^(?:his|her|its|their)$/.test(tokens[k]?.lower ?? ""))
      opener = k;
    else if (isPossessiveTok(tokens[k])) {
      // "Y's", "the country's", "The OSCE's": the owner is one or two words.
      opener = k - 1;
      if (DETERMINERS.has(tokens[opener - 1]?.lower ?? "")) opener--;
    } else return undefined;
    const lead = tokens[opener - 1];
    const opensClause =
      opener === 0 ||
      this.opensSentence(opener) ||
      (lead !== undefined && (/^(?:,|and|from|by|that)$/.test(lead.lower) || SPEECH_VERBS.has(lead.lower)));
    // "talks with the firm's Irish subsidiary, X.": after another preposition, only where
    // punctuation closes the apposition ("Speaking to the firm, X said" is a subject).
    const afterPreposition =
      lead !== undefined && /^(?:with|to|for|of|at|on|in|about|against)$/.test(lead.lower) && punctuated;
    return opensClause || afterPreposition ? noun.lower : undefined;
  }

  /** End of a lower-case facility phrase right after a name ("nuclear power plant"), or `at`. */
  protected facilityTail(at: number): number {
    for (let j = at; j < this.tokens.length && j - at < 4; j++) {
      const word = this.tokens[j]!;
      if (!/^\p{Ll}[\p{Ll}-]*$/u.test(word.text) || STOPWORDS.has(word.lower)) return at;
      // "X strikes refinery in Y" (a headline): a verb after the name ends it.
      if (ACTION_VERBS.has(word.lower) || SPEECH_VERBS.has(word.lower) || VERB_AFTER_SUBJECT.has(word.lower))
        return at;
      if (FACILITY_NOUNS.has(word.lower)) return j + 1;
      // "the X refugee camp", "the Y displacement camp" (not "the Z camp": a politician's supporters).
      if (word.lower === "camp" && j > at && CAMP_KINDS.has(this.tokens[j - 1]!.lower)) return j + 1;
    }
    return at;
  }

  /**
   * Whether the unit phrase ending at `unitEnd` after tokens from..to describes a name, not forms
   * one: a name follows it ("Rock group Y", "Cable company Y": the kind of Y), or a company or group
   * is described by a place, a nationality or an ordinary word ("the X company" of a town, "Muslim
   * group", "Research group").
   */
  protected describesNextName(from: number, to: number, outerTo: number, unitEnd: number): boolean {
    if (this.tokens[unitEnd] !== undefined && nameLike(this.tokens[unitEnd]!)) return true;
    const noun = this.tokens[unitEnd - 1]!.lower;
    if (noun !== "company" && noun !== "group") return false;
    // "Web tracking company", "the X civil rights group": described by lower-case words too.
    if (unitEnd - 1 > outerTo) return true;
    const text = this.span(from, to).text;
    const word = this.tokens[from]!;
    return (
      this.gaz.places(text).length > 0 ||
      this.countryWord(from) !== undefined ||
      this.nationality(text) ||
      (to - from === 1 &&
        (commonWords().has(word.lower) ||
          this.context.lowercaseWords.has(word.lower) ||
          /^\p{Lu}\p{Ll}+(?:ish|ean|ese|ian|im)$/u.test(word.text)))
    );
  }

  /** End of a lower-case unit phrase right after a name ("special forces unit"), or `at`. */
  protected unitTail(at: number): number {
    let j = at;
    while (
      j < this.tokens.length &&
      j - at < 4 &&
      /^\p{Ll}+$/u.test(this.tokens[j]!.text) &&
      !STOPWORDS.has(this.tokens[j]!.lower)
    ) {
      // "X joined forces", "X act forces firms to…": a verb between ends the name's phrase.
      if (VERB_FORMS.test(this.tokens[j]!.lower) && !UNIT_NOUNS.has(this.tokens[j]!.lower)) return at;
      if (
        UNIT_NOUNS.has(this.tokens[j]!.lower) &&
        !(FORCE_NOUNS.has(this.tokens[j]!.lower) && UNIT_NOUNS.has(this.tokens[j + 1]?.lower ?? ""))
      ) {
        return j + 1;
      }
      j++;
    }
    return at;
  }

  /**
   * "Ex-PM", "Anti-Terrorism", "Turkey-Iran", "Under-18", "January-to-March": a hyphenated word
   * with a prefix, a place or people, a number or an ordinary word among its parts is a compound,
   * not a person's name, whatever its shape.
   */
  protected hyphenatedCompound(text: string): boolean {
    const parts = text.split(/[-\u2010\u2011]/);
    if (parts.length < 2) return false;
    return parts.some((part) => {
      const lower = part.toLowerCase();
      return (
        !/^\p{L}\p{Ll}*$/u.test(part) ||
        COMPOUND_PREFIXES.has(lower) ||
        STOPWORDS.has(lower) ||
        MONTHS.has(lower) ||
        (part !== lower && (commonWords().has(lower) || this.context.lowercaseWords.has(lower))) ||
        this.gaz.places(part).length > 0 ||
        this.gaz.countryOfDemonym(part) !== undefined
      );
    });
  }

  /**
   * The recogniser's reading of a name the rules type only weakly: its type for the whole span,
   * else the one name it finds inside; "none" when it sees neither (nothing is added), undefined
   * without the models (the rules decide).
   */
  protected recognised(from: number, to: number, text: string): "named" | "none" | undefined {
    const hints = this.context.hints;
    if (!hints) return undefined;
    const span = this.span(from, to);
    const type = hints(span.start, span.end, text);
    if (type === "place") this.placeMention(from, to, text, "recogniser", "other");
    else if (type) this.add({ ...span, name: text, type, cue: "recogniser" });
    else return this.innerName(from, to) ? "named" : "none";
    return "named";
  }

  /**
   * The one name the recogniser finds inside from..to when the words around it are descriptors
   * ("Actress X", "Australian X"): nationalities, titles, common words, words the article writes
   * in lower case. Adds nothing otherwise.
   */
  protected innerName(from: number, to: number): boolean {
    const outer = this.span(from, to);
    const inside = this.context.hints?.within?.(outer.start, outer.end) ?? [];
    if (inside.length !== 1) return false;
    const found = inside[0]!;
    let first = from;
    while (first < to && this.tokens[first]!.start < found.start) first++;
    let last = first;
    while (last < to && this.tokens[last]!.end <= found.end) last++;
    if (
      first >= last ||
      this.tokens[first]!.start !== found.start ||
      this.tokens[last - 1]!.end !== found.end
    )
      return false;
    // Only words before the name describe it; words after it ("X International", "X Media") are
    // more often the rest of an organisation's name than a descriptor.
    const rest = this.tokens.slice(from, first);
    // "Ole Gunnar X": a given name before the full name it finds is the rest of that name (not
    // a demonym, "Scot X Y", nor the end of a longer run, "New Zealander X Y").
    const found2 = this.tokens.slice(first, last);
    if (
      last === to &&
      found.type === "person" &&
      rest.length === 1 &&
      rest[0]!.text.length >= 3 &&
      isGivenName(rest[0]!.text) &&
      !isTitle(rest[0]) &&
      !this.nationality(rest[0]!.text) &&
      !this.tokens[from - 1]?.cap &&
      found2.length >= 2 &&
      found2.every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text))
    ) {
      const whole = this.span(from, to);
      this.add({ ...whole, name: whole.text, type: "person", cue: "recogniser" });
      return true;
    }
    // "Ernesto Quispe Manrique": the recogniser's person is the start of the run, and one or two
    // more surnames follow; the whole run is the name (names with two surnames are common).
    if (
      first === from &&
      last < to &&
      to - last <= 2 &&
      found.type === "person" &&
      // ("the Alan Clark Diaries": after a determiner, a work or a body named after the person)
      !/^(?:the|a|an)$/i.test(this.tokens[from - 1]?.text ?? "") &&
      found2.length >= 2 &&
      isGivenName(found2[0]!.text) &&
      this.tokens.slice(last, to).every(
        (t) =>
          /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(t.text) &&
          !ORGANISATION_HEADS.has(t.lower) &&
          !PLACE_HEADS.has(t.lower) &&
          !COMPANY_NAME_ENDS.has(t.lower) &&
          !commonWords().has(t.lower) &&
          // ("the Alan Clark Diaries": a plural of a word is no surname)
          !commonWords().has(t.lower.replace(/ies$/, "y").replace(/s$/, "")) &&
          this.gaz.places(t.text).length === 0,
      )
    ) {
      const whole = this.span(from, to);
      this.add({ ...whole, name: whole.text, type: "person", cue: "recogniser" });
      return true;
    }
    if (last !== to || found.type === "event" || !rest.every((t) => this.descriptor(t))) return false;
    if (first > from && this.rankBeginsName(first - 1)) return false;
    const text = this.span(first, last).text;
    if (found.type === "place") this.placeMention(first, last, text, "recogniser", "other");
    else this.add({ ...this.span(first, last), name: text, type: found.type, cue: "recogniser" });
    return true;
  }
}
