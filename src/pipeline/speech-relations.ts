/**
 * said: a speech verb with its speaker — the subject before it, a name right after it ("says X"),
 * "he"/"she" (the last speaker), a role ("the governor"), a passive "by X" or "according to X" —
 * and what the statement is about: quoted words wherever they stand, else the reported clause.
 */
import { BODY_POSTS, ORGANISATION_HEADS, PERSON_TITLES, SPEECH_VERBS } from "../nlp/cues";
import { gazetteer } from "../nlp/gazetteer";
import { genderOfGivenName } from "../nlp/given-names";
import { PUBLIC_BODY_HEADS, ranksBetween } from "./relation-base";
import { RoleAndPlaceRelations } from "./role-relations";
import { sentenceLowers } from "./sentences";
import type { LocalEntity, Sentence, Token } from "./types";

/** Verbs by which a country itself speaks ("said", "warned"); "claimed", "confirmed" say as often a win. */
const COUNTRY_SPEECH_VERBS =
  /^(?:said|says|say|told|tells|announced|announces|warned|warns|stated|states|insisted|insists|accused|accuses|urged|urges|denied|denies|added|adds)$/i;

/** Words that open a clause of their own after a comma: "…, but X replied", "…, as X said". */
const SUBORDINATORS =
  /^(?:but|and|or|while|although|though|as|when|after|before|because|so|yet|then|if|since)$/i;

/** Words after "…, X said," that begin another clause, not the rest of the statement. */
const CLAUSE_AFTER_SPEAKER =
  /^(?:as|while|when|after|before|adding|noting|saying|citing|but|and|although|though|because|since|despite|amid|with|without|following|especially|even|in|on|at|during)$/i;

/** What may follow a speech verb when the statement came before it: the listener, where, when. */
const TOLD_WHOM_AND_WHERE =
  /^(?:(?:reporters|journalists|the\s+press|lawmakers|parliament|(?:a|an|the|his|her|their)\s+(?:[\p{L}-]+\s+){0,3}(?:briefing|conference|meeting|session|audience|rally|summit|forum|interview|statement))\s*)?(?:(?:in|at|on|during|after|before|from)\s+(?:(?:the|a|an|its|his|her|their)\s+)?(?:[\p{L}\d'’-]+\s*){1,4}){0,2}[.]?$/u;

export class SpeechRelations extends RoleAndPlaceRelations {
  protected roleHolders: Map<string, number> | undefined;

  /** The first person in the article who holds a role ("the governor" → the governor named). */
  protected holderOfRole(word: string): number | undefined {
    if (!this.roleHolders) {
      this.roleHolders = new Map();
      for (const e of this.entities) {
        if (e.type !== "person") continue;
        for (const role of e.roles)
          for (const w of role.split(/\s+/)) if (!this.roleHolders.has(w)) this.roleHolders.set(w, e.id);
      }
    }
    return this.roleHolders.get(word);
  }

  protected pronounOrRole(sentence: Sentence, before: number): number | undefined {
    const head = this.input.text.slice(sentence.start, before).trim();
    const pronoun = head.match(/(?:^|[,”"]\s*)(he|she)(?:\s+\w+)?$/i)?.[1] ?? head.match(/^(he|she)\b/i)?.[1];
    if (pronoun) {
      // "she said" when the last speaker is a "Mr X" (or "he" after a "Mrs X"): someone else
      // spoke, whom the article does not name here; better no edge than the wrong speaker (the
      // last man or woman named instead was wrong as often as right on BBC news: an unnamed
      // spokesman, a person spoken of).
      const usual = this.lastSpeaker ?? this.lastPerson;
      const ruledOut = pronoun.toLowerCase() === "he" ? "f" : "m";
      if (usual === undefined || this.genderOf(usual) === ruledOut) return undefined;
      // Whom "he" was read as is a man from now on (and "she", a woman): a later "she said" is
      // not his, where no title or given name had told.
      this.genders.set(usual, ruledOut === "f" ? "m" : "f");
      return usual;
    }
    const role = head.match(/(?:^|\s)the\s+(?:([A-Z]\w+)\s+)?([a-z-]+)$/i);
    if (!role) return undefined;
    const noun = role[2]!.toLowerCase();
    if (PERSON_TITLES.has(noun)) return this.holderOfRole(noun);
    // "the military said", "the ministry said": the body of that kind the article named last.
    if (/^(?:military|army|forces|troops)$/.test(noun))
      return this.lastEntityWhere(before, (e) => e.label.startsWith("Armed Forces of"));
    if (ORGANISATION_HEADS.has(noun))
      return this.lastEntityWhere(
        before,
        (e) => e.type === "organisation" && new RegExp(`\\b${noun}\\b`, "i").test(e.label),
      );
    return undefined;
  }

  private readonly genders = new Map<number, "m" | "f" | undefined>();

  /**
   * A person's gender where a title or a kinship word before one of their mentions gives it ("Mr",
   * "Mrs", "Sir", "daughter X"), or the given name of their full name does.
   */
  protected genderOf(entity: number): "m" | "f" | undefined {
    if (this.genders.has(entity)) return this.genders.get(entity);
    let gender: "m" | "f" | undefined;
    for (const i of this.entities[entity]?.mentions ?? []) {
      const m = this.ms[i];
      if (!m) continue;
      const lead = this.input.text.slice(Math.max(0, m.start - 12), m.start);
      if (/\b(?:Mr|Sir|Lord|King|Prince|son|husband|father|brother|grandson|nephew|uncle)\.?\s+$/.test(lead))
        gender = "m";
      else if (
        /\b(?:Mrs|Ms|Miss|Dame|Lady|Queen|Princess|daughter|wife|mother|sister|granddaughter|niece|aunt|widow)\.?\s+$/.test(
          lead,
        )
      )
        gender = "f";
      if (gender) break;
    }
    // Else the given name of a full name: "Peter X" is not who "she" is.
    const words = this.entities[entity]?.label.split(" ") ?? [];
    if (!gender && this.entities[entity]?.type === "person" && words.length >= 2)
      gender = genderOfGivenName(words[0]!);
    this.genders.set(entity, gender);
    return gender;
  }

  /** The entity of the latest mention before `position` that satisfies `test`. */
  private lastEntityWhere(position: number, test: (e: LocalEntity) => boolean): number | undefined {
    // Mentions are in text order: find the last one ending before `position`, then walk back.
    let low = 0;
    let high = this.ms.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.ms[mid]!.end <= position) low = mid + 1;
      else high = mid;
    }
    for (let i = low - 1; i >= 0; i--) {
      const m = this.ms[i]!;
      const id = this.entity(i);
      if (id >= 0 && test(this.entities[id]!)) return id;
      if (position - m.end > 3000) return undefined;
    }
    return undefined;
  }

  protected speech(
    sentence: Sentence,
    here: number[],
    tokens: readonly Token[],
    quotes: { start: number; end: number }[],
    inQuote: (p: number) => boolean,
    from = 0,
  ) {
    // "X denied it and his lawyer, Y, said …": where one statement ends before another clause
    // with its own speaker, that clause is read next.
    let next: number | undefined;
    try {
      next = this.statement(sentence, here, tokens, quotes, inQuote, from);
    } finally {
      if (next !== undefined && next > from) this.speech(sentence, here, tokens, quotes, inQuote, next);
    }
  }

  /** Reads the first statement from token `from` on; returns where the next may begin, if anywhere. */
  private statement(
    sentence: Sentence,
    here: number[],
    tokens: readonly Token[],
    quotes: { start: number; end: number }[],
    inQuote: (p: number) => boolean,
    from: number,
  ): number | undefined {
    const text = this.input.text;
    const lowers = sentenceLowers(sentence);
    const verbs = tokens
      .map((t, k) =>
        k >= from && SPEECH_VERBS.has(lowers[k]!) && !inQuote(t.start) && isSpeechUse(tokens, t) ? k : -1,
      )
      .filter((k) => k >= 0);
    let speakerMention: number | undefined;
    // "X and Y said": everyone the parse finds conjoined with the speaker said it too.
    let coSpeakers: number[] = [];
    let speaker: number | undefined;
    let contentStart = sentence.start;
    let contentEnd = sentence.end;
    // Only a speech verb's reading is asked for: a sentence without one needs no parse here.
    const reading = verbs.length > 0 ? this.reading(sentence) : undefined;
    /** The verb of the speaker found. */
    let spokenBy = "";
    /** Where a later clause with a statement of its own begins. */
    let nextFrom: number | undefined;
    // The first speech verb that has a speaker: "Amid claims of gains, X emphasized that …".
    for (const verbIndex of verbs) {
      contentStart = sentence.start;
      contentEnd = sentence.end;
      const verb = tokens[verbIndex]!;
      spokenBy = verb.text;
      // Someone named inside the quoted words is spoken about, never the speaker.
      const parsedSpeakers = (reading?.tag(verbIndex) === "VERB" ? reading.speakers(verbIndex) : []).filter(
        (i) =>
          (this.ms[i]!.type === "person" || this.ms[i]!.type === "organisation") &&
          !inQuote(this.ms[i]!.start),
      );
      const parsed = parsedSpeakers[0];
      if (parsed !== undefined) {
        speakerMention = parsed;
        coSpeakers = parsedSpeakers.slice(1);
        // Inverted "…, said X": the statement came before the verb.
        if (this.ms[parsed]!.start > verb.start) contentEnd = verb.start;
        else [contentStart, contentEnd] = this.statementAfter(sentence, tokens, verbIndex, parsed);
        break;
      }
      // A passive ("X has been accused of", "he is said to") names who is spoken to or of before
      // the verb; only an agent right after it ("was outlined by X") is the speaker.
      const passive =
        !/ing$/i.test(verb.text) &&
        /^(?:was|were|is|are|been|be|being)$/i.test(tokens[verbIndex - 1]?.text ?? "");
      const subject = passive ? undefined : this.subjectBefore(here, verb.start, sentence);
      const right = here.find(
        (i) => this.ms[i]!.start >= verb.end && /^\s*$/.test(text.slice(verb.end, this.ms[i]!.start)),
      );
      // "said Velmor Bank's Dana Orr": the person of the body right after the verb.
      const after = right !== undefined && this.personOfBody(right, sentence) ? right + 1 : right;
      // A country speaks ("Turkey said it was not involved"), named as a country (not by its
      // capital or by letters: "Douglas added", "RSA said") and with a verb of saying, not of
      // winning ("France claimed victory"); a town before the verb is where the speaker is.
      if (
        subject !== undefined &&
        (this.ms[subject]!.type !== "place" || this.countrySpeaks(subject, verb.text))
      ) {
        speakerMention = subject;
        [contentStart, contentEnd] = this.statementAfter(sentence, tokens, verbIndex, subject);
      } else if (
        !passive &&
        after !== undefined &&
        this.ms[after]!.type === "person" &&
        // "…, a spokesman told X": who is told is the listener, not the speaker.
        !/^tell|^told$/i.test(verb.text) &&
        // "The ministry's spokesman said X had left": the parse names the subject before the verb.
        !(reading?.tag(verbIndex) === "VERB" && reading.hasUnnamedSubject(verbIndex))
      ) {
        speakerMention = after;
        contentEnd = verb.start;
      } else {
        speaker = passive ? undefined : this.pronounOrRole(sentence, verb.start);
        if (passive) {
          const by = here.find(
            (i) =>
              this.ms[i]!.type === "person" &&
              /^\s+(?:\S+\s+)?by\s+(?:\S+\s+){0,4}$/.test(text.slice(verb.end, this.ms[i]!.start)),
          );
          if (by !== undefined) {
            speakerMention = by;
            contentEnd = verb.start;
          }
        } else if (speaker !== undefined)
          contentStart =
            text.slice(verb.end, sentence.end).trim().split(/\s+/).length < 4 ? sentence.start : verb.end;
      }
      if (speakerMention !== undefined || speaker !== undefined) break;
    }
    if (
      (speakerMention !== undefined || speaker !== undefined) &&
      contentEnd < sentence.end &&
      contentStart > tokens[verbs[0]!]!.start &&
      verbs.some((k) => tokens[k]!.start >= contentEnd)
    )
      nextFrom = tokens.findIndex((t) => t.start >= contentEnd);
    if (speakerMention === undefined && speaker === undefined) {
      const according = here.find((i) =>
        /according to\s+(?:the\s+)?$/i.test(
          text.slice(Math.max(0, this.ms[i]!.start - 24), this.ms[i]!.start),
        ),
      );
      if (according !== undefined && this.ms[according]!.type !== "place") {
        speakerMention = according;
        contentEnd = this.ms[according]!.start;
      }
    }
    // "…, said X's Dana Orr.", "X's chief executive Dana Orr said": the person of the body speaks.
    // The body whose person speaks is who they are, not what they speak about.
    let speakersBody: number | undefined;
    if (speakerMention !== undefined && this.personOfBody(speakerMention, sentence)) {
      speakersBody = speakerMention;
      speakerMention = speakerMention + 1;
    } else if (
      speakerMention !== undefined &&
      speakerMention > 0 &&
      this.personOfBody(speakerMention - 1, sentence)
    )
      speakersBody = speakerMention - 1;
    // "The commander of the X Brigade, Dana Orr, said": the body of the post before the name.
    else if (
      speakerMention !== undefined &&
      speakerMention > 0 &&
      this.ms[speakerMention - 1]!.type === "organisation" &&
      // (a rank may stand before the name: "…, Sir Y, said", "…, Colonel Y, said")
      ranksBetween(this.gap(this.ms[speakerMention - 1]!, this.ms[speakerMention]!))
    )
      speakersBody = speakerMention - 1;
    // "Sources close to X said", "Friends of X said": others speak, not X.
    if (
      speakerMention !== undefined &&
      SPOKEN_FOR_BY_OTHERS.test(
        text.slice(Math.max(0, this.ms[speakerMention]!.start - 40), this.ms[speakerMention]!.start),
      )
    )
      return nextFrom;
    if (speakerMention !== undefined) speaker = this.entity(speakerMention);
    if (speaker === undefined || speaker < 0) return nextFrom;
    const speakerEntity = this.entities[speaker]!;
    if (
      speakerEntity.type === "place" &&
      !(speakerMention !== undefined && this.countrySpeaks(speakerMention, spokenBy))
    )
      return nextFrom;
    if (speakerEntity.type === "person") this.lastSpeaker = speaker;
    // Quoted words are the statement wherever they stand; a two-word scare quote is not.
    const quoted = quotes.filter((q) => text.slice(q.start, q.end).split(/\s+/).length >= 4);
    // A few quoted words inside a reported clause ("told reporters that X must accept “the new
    // territorial realities”") are part of the clause, which stays the statement.
    const embedded =
      contentStart > sentence.start &&
      quoted.length > 0 &&
      quoted.every((q) => q.start >= contentStart && q.end <= contentEnd) &&
      // ("said Poland wanted “clear rules …”": two words of the clause are enough)
      text.slice(contentStart, quoted[0]!.start).trim().split(/\s+/).length >= 2;
    const spoken = embedded ? [] : quoted;
    if (spoken.length > 0) {
      contentStart = spoken[0]!.start;
      contentEnd = spoken[spoken.length - 1]!.end;
    }
    // A later statement of the sentence ("…, and his lawyer, Y, said …") is about its own words only.
    if (from > 0) contentStart = Math.max(contentStart, tokens[from]!.start);
    let target =
      this.mainTopic(
        here.filter((i) => i !== speakersBody),
        contentStart,
        contentEnd,
        speaker,
      ) ?? this.bodyDescribed(contentStart, contentEnd, speaker);
    let words =
      spoken.length > 0
        ? spoken.map((q) => text.slice(q.start, q.end).replace(/^[“"‘]|[”"’]$/g, "")).join(" … ")
        : text
            .slice(contentStart, contentEnd)
            .trim()
            .replace(/^that\s+/, "");
    // The words of this sentence name nothing spoken about: the rest of a quotation that runs
    // across sentences may ("“… Russia is testing us. Our answer is unity,” X said.").
    let across: QuotationAcross | undefined;
    if (target === undefined && spoken.length > 0) {
      across = this.quotationAcross(sentence, spoken, speaker);
      if (across) {
        target = across.target;
        words = across.words;
      }
    }
    if (target === undefined) return nextFrom;
    const speech = spoken.length > 0 ? "direct" : "reported";
    const extra = {
      quote: words,
      speech,
      ...(across ? { firstSentence: across.firstSentence, lastSentence: across.lastSentence } : {}),
    } as const;
    this.add("said", speaker, target, sentence.index, extra);
    for (const other of coSpeakers)
      if (this.entity(other) !== target) this.add("said", this.entity(other), target, sentence.index, extra);
    return nextFrom;
  }

  /**
   * The other sentences of a quotation the attribution's sentence closes or opens, and what they
   * speak about: back to the sentence where “ opens it (the attribution's sentence starts inside
   * it), or on to the one where ” closes it (the quotation is still open at the sentence's end,
   * and that sentence has no verb of saying of its own after the quotation). At most
   * QUOTATION_SENTENCES sentences either way; nothing when the marks do not pair up.
   */
  private quotationAcross(
    sentence: Sentence,
    spoken: { start: number; end: number }[],
    speaker: number,
  ): QuotationAcross | undefined {
    const sentences = this.input.sentences;
    const text = this.input.text;
    let start: number | undefined;
    let end: number | undefined;
    let firstSentence = sentence.index;
    let lastSentence = sentence.index;
    const opened = spoken[0]!;
    if (opened.start === sentence.start && !/^[“"‘]/.test(sentence.text)) {
      for (let k = sentence.index - 1; k >= Math.max(0, sentence.index - QUOTATION_SENTENCES); k--) {
        const earlier = sentences[k];
        if (!earlier) break;
        const open = openingMark(earlier.text);
        if (open === "closed") break;
        firstSentence = k;
        if (open >= 0) {
          start = earlier.start + open;
          break;
        }
      }
      if (start === undefined) return undefined;
      end = sentence.start;
    } else {
      const last = spoken[spoken.length - 1]!;
      if (last.end < sentence.end || /[”"]\s*$/.test(text.slice(last.start + 1, last.end))) return undefined;
      for (let k = sentence.index + 1; k <= sentence.index + QUOTATION_SENTENCES; k++) {
        const later = sentences[k];
        if (!later) break;
        const close = closingMark(later.text);
        if (close === "opened") break;
        lastSentence = k;
        if (close >= 0) {
          // "…,” he added.": that sentence says who spoke, and reads this one back itself.
          const rest = later.text
            .slice(close + 1)
            .toLowerCase()
            .split(/[^\p{L}]+/u);
          if (rest.some((w) => SPEECH_VERBS.has(w))) return undefined;
          end = later.start + close + 1;
          break;
        }
      }
      if (end === undefined) return undefined;
      start = sentence.end;
    }
    const here: number[] = [];
    for (let k = firstSentence; k <= lastSentence; k++)
      if (k !== sentence.index) here.push(...this.mentionsIn(sentences[k]!));
    const target = this.mainTopic(here, start, end, speaker);
    if (target === undefined) return undefined;
    const from = Math.min(start, opened.start);
    const to = Math.max(end, spoken[spoken.length - 1]!.end);
    const words = text
      .slice(from, to)
      .replace(/\s+/g, " ")
      .trim()
      .replace(/^[“"‘]|[”"’]$/g, "");
    return { target, words, firstSentence, lastSentence };
  }

  /** Whether a country's name before a verb of saying makes the country the speaker. */
  private countrySpeaks(mention: number, verb: string): boolean {
    const m = this.ms[mention]!;
    return (
      m.placeClass === "country" &&
      COUNTRY_SPEECH_VERBS.test(verb) &&
      (m.cue === "demonym + authorities" ||
        ((m.text.length > 3 || m.text === "US" || m.text === "UK") &&
          gazetteer().countryNamed(m.text) !== undefined))
    );
  }

  /**
   * Whether the mention after this one is a person of it: "X's Dana Orr", "X's chief Dana Orr",
   * "X chief executive Dana Orr" (a post between them).
   */
  private personOfBody(mention: number, sentence: Sentence): boolean {
    const next = this.ms[mention + 1];
    if (next?.type !== "person" || next.start >= sentence.end) return false;
    const gap = this.gap(this.ms[mention]!, next);
    if (/^['’]s\s+(?:[\p{Ll}-]+\s+){0,3}$/u.test(gap)) return true;
    const words = gap.trim().split(/\s+/);
    // "OSCE Secretary-General Dana Orr": a post in capitals counts as one in lower case.
    return (
      this.ms[mention]!.type === "organisation" &&
      /^(?:['’]s)?\s+(?:[\p{Ll}-]+\s+){0,3}(?:\p{Lu}[\p{L}.-]*\s+){0,2}$/u.test(gap) &&
      words.some((w) => PERSON_TITLES.has(w.toLowerCase()) || BODY_POSTS.has(w.toLowerCase())) &&
      // "X said frontman Dana Orr planned …": the verb between them makes Dana Orr spoken of.
      !words.some((w) => SPEECH_VERBS.has(w))
    );
  }

  /** Where the statement of a speaker named before the verb lies: after it, or before the speaker. */
  private statementAfter(
    sentence: Sentence,
    tokens: readonly Token[],
    verbIndex: number,
    speaker: number,
  ): [number, number] {
    const text = this.input.text;
    const verb = tokens[verbIndex]!;
    let start = verb.end;
    // "told a BBC team on the ground in Lviv that …": the statement starts after "that".
    const that = tokens.findIndex(
      (t, k) => k > verbIndex && k <= verbIndex + 12 && t.text.toLowerCase() === "that",
    );
    if (that >= 0 && !/[,;]/.test(text.slice(verb.end, tokens[that]!.start))) start = tokens[that]!.end;
    // "…, analyst X said.": the statement came before the speaker.
    const rest = text.slice(start, sentence.end).trim().split(/\s+/);
    if (rest.length < 4) return [sentence.start, this.ms[speaker]!.start];
    // "…killed 12 people, the health ministry said, as an envoy arrived": a comma closes the
    // speaker's clause, and what follows it is another clause; the statement is the one before.
    // Not "…, NIESR said, was the UK's property market" (the statement goes on after the
    // parenthesis), nor "…, as X said, if …" (the statement follows "as X said").
    const leadText = text.slice(sentence.start, this.ms[speaker]!.start);
    const opening = leadText.lastIndexOf(",");
    const leadWords = leadText
      .slice(opening + 1)
      .trim()
      .split(/\s+/)
      .filter(Boolean);
    const afterComma = /^\s*,\s*([\p{L}]+)/u.exec(text.slice(verb.end));
    if (
      start === verb.end &&
      afterComma !== null &&
      CLAUSE_AFTER_SPEAKER.test(afterComma[1]!) &&
      opening > 0 &&
      leadWords.length <= 4 &&
      !SUBORDINATORS.test(leadWords[0] ?? "")
    )
      return [sentence.start, sentence.start + opening];
    // "…, his spokesman X told reporters in Geneva.": who was told and where, no statement of
    // its own; the statement is the clause before the comma.
    const lead = text.slice(sentence.start, this.ms[speaker]!.start);
    const comma = lead.lastIndexOf(",");
    const between = lead
      .slice(comma + 1)
      .trim()
      .split(/\s+/)
      .filter(Boolean);
    if (
      start === verb.end &&
      comma > 0 &&
      between.length <= 4 &&
      // "…, but once again X replied in kind": a clause of its own, not the speaker's apposition.
      !SUBORDINATORS.test(between[0] ?? "") &&
      // (a relative clause may follow: "…in his X interview, which was conducted by Y")
      TOLD_WHOM_AND_WHERE.test(
        text
          .slice(start, sentence.end)
          .trim()
          .split(/,\s*(?=(?:which|who|where|whose)\b)/)[0]!
          .trim(),
      )
    )
      return [sentence.start, sentence.start + comma];
    // "Rwanda denies backing the rebels, but an OSCE panel said …": the statement ends where a
    // clause of someone else's begins.
    // ("…, but would rise to the challenge", "…, but he refused" go on with the same speaker.)
    const restText = text.slice(start, sentence.end);
    const but = /,\s+(?:but|while|whereas)\s+(?=\p{Lu}|(?:a|an|the|some|many|most)\s)/u.exec(restText);
    // "X denied the charges and his lawyer, Y, said …": an "and" before someone else's subject
    // and verb of saying begins their statement.
    const and = /(?:,\s+|\s)and\s+(?=(?:his|her|their|its|the|a|an)\s|\p{Lu})/gu;
    let end = but ? but.index : restText.length;
    for (let found = and.exec(restText); found !== null && found.index < end; found = and.exec(restText)) {
      const words = restText
        .slice(found.index + found[0].length)
        .split(/\s+/)
        .slice(0, 8);
      // Not names joined by "and" ("said X and Y announced cuts"): the word before "and" ends a
      // clause of the first statement, not a name.
      const before = /(\S+)\s*,?\s*$/.exec(restText.slice(0, found.index))?.[1] ?? "";
      const afterAnd = restText.slice(found.index + found[0].length).split(/\s+/)[0] ?? "";
      if (/^\p{Lu}/u.test(before) && /^\p{Lu}/u.test(afterAnd) && !/,\s*$/.test(found[0])) continue;
      if (words.some((w, k) => k > 0 && SPEECH_VERBS.has(w.toLowerCase()))) {
        end = found.index;
        break;
      }
    }
    return [start, start + end];
  }

  /**
   * A statement that names nothing but speaks of "the company", "the court", "the party", "his
   * party", "the central bank": the body of that kind the article named last before it (a
   * company is any body not named as a public one), other than the speaker.
   */
  private bodyDescribed(start: number, end: number, speaker: number): number | undefined {
    const words = this.input.text.slice(start, end);
    const described = DESCRIBED_BODY.exec(words);
    if (!described) return undefined;
    const kind = described[1]!.toLowerCase();
    const company = kind === "company" || kind === "firm";
    // A body speaking of "the company" speaks of itself.
    if (company && this.entities[speaker]!.type !== "person") return undefined;
    // "his party", "the company" said by its spokesman: the body the speaker holds a post in,
    // when the text gave one.
    // (For "the company", only a body the speaker heads: an analyst at one firm speaks of another.)
    const possessive = POSSESSIVE_DESCRIPTION.test(described[0]!);
    const own = new Set(
      this.relations
        .filter((r) => r.source === speaker && (r.type === "leads" || (possessive && r.type === "member-of")))
        .map((r) => r.target),
    );
    if (own.size === 1 && (company || possessive)) return [...own][0];
    if (possessive) return undefined;
    const head = kind === "central bank" ? "bank" : kind;
    const ofKind = (e: LocalEntity) => {
      // (named twice at least: a product or a place read as a body once is no company)
      if (e.type !== "organisation" || e.id === speaker || e.mentions.length < 2) return false;
      const labelWords = e.label.toLowerCase().split(/\s+/);
      if (company) return !labelWords.some((w) => PUBLIC_BODY_HEADS.has(w));
      return labelWords.includes(head);
    };
    return this.lastEntityWhere(start + described.index, ofKind);
  }

  /** What a statement is mainly about: an event it names, else a place, organisation or person. */
  protected mainTopic(here: number[], start: number, end: number, speaker: number): number | undefined {
    const speakerEntity = this.entities[speaker]!;
    const candidates = here.filter((i) => {
      const m = this.ms[i]!;
      const e = this.entity(i);
      if (m.start < start || m.end > end || e === speaker || m.referring) return false;
      // "told the BBC", "told X Radio's Today programme", "in an interview with the X", "writing in
      // The X": who is told, or where it is said, is no topic; nor is the source "according to X".
      if (
        /\b(?:told|tells|telling|tell|interview with|writing in|wrote in|writes in|according to)\s+(?:the\s+)?(?:[\p{L}\d.]+(?:\s+[\p{L}\d.]+){0,3}['’]s\s+)?$/iu.test(
          this.input.text.slice(Math.max(0, m.start - 48), m.start),
        )
      )
        return false;
      // "said in his Spectator interview", "in a BBC Radio programme": where it was said.
      if (
        /\bin\s+(?:his|her|their|its|an|a|the)\s+$/i.test(
          this.input.text.slice(Math.max(0, m.start - 12), m.start),
        ) &&
        /^\s+(?:interview|column|article|programme|program|show|podcast|blog|documentary)\b/i.test(
          this.input.text.slice(m.end, m.end + 16),
        )
      )
        return false;
      const entity = this.entities[e]!;
      if (
        entity.type === "place" &&
        entity.geo &&
        speakerEntity.country &&
        entity.geo === speakerEntity.country
      )
        return false;
      // A place that only qualifies another place ("Kherson border town of X", "Russia’s … region").
      const next = this.ms[i + 1];
      // A country's possessive before a body or a person ("South Korea's X Industries"): that one
      // is spoken of; a country's money ("1.6 billion Taiwan dollars") is no place spoken of.
      if (
        m.type === "place" &&
        ((next !== undefined &&
          next.type !== "place" &&
          next.sentence === m.sentence &&
          /^['’]s\s+$/.test(this.gap(m, next))) ||
          CURRENCY_AFTER.test(this.input.text.slice(m.end, m.end + 12)))
      )
        return false;
      if (
        m.type === "place" &&
        next?.type === "place" &&
        /^(?:['’]s\s+(?:[\p{Ll}-]+\s+){0,2}|\s+(?:[\p{Ll}-]+\s+)?(?:town|city|village|district|region)\s+of\s+)$/u.test(
          this.gap(m, next),
        )
      )
        return false;
      return true;
    });
    const priority = (i: number) => {
      const m = this.ms[i]!;
      if (m.type === "event" && (m.eventClass === "war" || m.eventClass === "talks")) return 4;
      return ["event", "place", "organisation", "person"].indexOf(m.type);
    };
    return candidates.sort((a, b) => priority(a) - priority(b) || a - b).map((i) => this.entity(i))[0];
  }
}

/** A currency after a country's name: "Taiwan dollars", "Hong Kong dollar", "Swiss francs". */
const CURRENCY_AFTER =
  /^\s+(?:dollars?|pounds?|francs?|pesos?|rupees?|yuan|yen|euros?|kroner?|kronor|krona|rand|shillings?|dinars?|riyals?|lira)\b/i;

/** How many sentences a quotation is followed back or on from its attribution. */
const QUOTATION_SENTENCES = 4;

interface QuotationAcross {
  target: number;
  words: string;
  firstSentence: number;
  lastSentence: number;
}

/**
 * For a sentence inside a quotation that continues after it: where its last opening mark is (the
 * quotation starts there), -1 when it has no quotation mark at all (all of it is quoted), or
 * "closed" when its marks close a quotation (it is not inside one that continues).
 */
function openingMark(text: string): number | "closed" {
  const curlyOpen = text.lastIndexOf("“");
  const curlyClose = text.lastIndexOf("”");
  if (curlyOpen > curlyClose) return curlyOpen;
  const straight = text.split('"').length - 1;
  if (straight % 2 === 1 && curlyClose < 0) return text.lastIndexOf('"');
  return curlyOpen < 0 && curlyClose < 0 && straight === 0 ? -1 : "closed";
}

/**
 * For a sentence after one whose quotation is still open: where its first closing mark is, -1
 * when it has no quotation mark (all of it is quoted), or "opened" when it opens a new one first.
 */
function closingMark(text: string): number | "opened" {
  const curlyOpen = text.indexOf("“");
  const curlyClose = text.indexOf("”");
  if (curlyClose >= 0 && (curlyOpen < 0 || curlyClose < curlyOpen)) return curlyClose;
  const straight = text.split('"').length - 1;
  if (straight % 2 === 1 && curlyOpen < 0) return text.indexOf('"');
  return curlyOpen < 0 && curlyClose < 0 && straight === 0 ? -1 : "opened";
}

/** A body named by its kind in a statement: "the company", "his party", "the central bank". */
const DESCRIBED_BODY =
  /\b(?:the|its|his|her|their|our)\s+(company|firm|court|party|central bank|bank|agency|commission|committee|ministry|council|union|navy|club)\b/i;

const POSSESSIVE_DESCRIPTION = /^(?:his|her|their|our)\s/i;

/**
 * Words before a name that make someone else the speaker ("sources close to X said"), or make the
 * name the one spoken to ("in an interview with X, Y said").
 */
const SPOKEN_FOR_BY_OTHERS =
  /\b(?:close to|friends of|allies of|relatives of|family of|critics of|opponents of|rivals of|supporters of|fans of|interview with|told)\s+(?:the\s+)?(?:(?:Mr|Mrs|Ms|Dr|Sir)\.?\s+)?$/i;

/** Speech verbs that introduce speech, not "declared a state of emergency". */
export function isSpeechUse(tokens: readonly { text: string }[], verb: { text: string }): boolean {
  const index = tokens.indexOf(verb as (typeof tokens)[number]);
  const next = tokens[index + 1]?.text.toLowerCase() ?? "";
  const lower = verb.text.toLowerCase();
  if (negatedSpeech(tokens, index)) return false;
  // "also called X", "a group called X", "is called X": a name given, not words said.
  if (/^(?:called|calls)$/.test(lower)) {
    const previous = tokens[index - 1]?.text.toLowerCase() ?? "";
    if (
      /^(?:also|so|is|was|are|were|be|been|being|now|often|sometimes|group|party|movement|company|firm)$/.test(
        previous,
      )
    )
      return false;
  }
  if (/^(?:declared|declares|called|calls|reported|reports|described|outlined|posted|posts)$/.test(lower)) {
    return (
      next === "that" ||
      next === ":" ||
      next === "by" ||
      /^[“"]$/.test(next) ||
      next === "," ||
      next === "." ||
      next === ""
    );
  }
  // "denied X with a late tackle", "denied him a penalty", "denied X, Y and Z": kept them from
  // something, no words. A denial names what it denies ("denied X's claims", "denied X had left",
  // "denied X, his spokesman, said…", "denied the report").
  if (/^(?:deny|denies|denied|denying)$/.test(lower)) {
    let k = index + 1;
    let names = 0;
    const capitalised = (at: number) => /^\p{Lu}/u.test(tokens[at]?.text ?? "");
    if (/^(?:him|her|them|us|me)$/.test(next)) k++;
    else
      while (capitalised(k)) {
        names++;
        while (capitalised(k)) k++;
        // A list of names: ", Y", "and Y".
        const joint = tokens[k]?.text.toLowerCase();
        if ((joint === "," || joint === "and") && capitalised(k + 1)) k++;
        else break;
      }
    // "denied the England striker", "denied the visiting side": a player kept from scoring.
    if (
      next === "the" &&
      tokens
        .slice(index + 2, index + 5)
        .some((t) =>
          /^(?:striker|forward|goalkeeper|keeper|midfielder|defender|winger|player|side|team|visitors|hosts)$/i.test(
            t.text,
          ),
        )
    )
      return false;
    const after = tokens[k]?.text.toLowerCase() ?? "";
    if (names > 1) return false;
    if (k > index + 1 && /^(?:with|a|an|the|his|her|their|its|any|from|by|at|in|on|[.;:!?)]|)$/.test(after))
      return false;
  }
  // "thought he had scored", "believed he had the authority": a passing thought in a narrative,
  // not a view stated; "thought that …" and ", he believed," report one.
  if (/^(?:thought|believed)$/.test(lower)) return /^(?:that|,|\.|)$/.test(next);
  // "began writing the book", "wrote, directed and starred", "wrote X with Y": a work written. A
  // statement follows a colon, a quote or "that"; "wrote to" someone, "in" or "on" a medium.
  if (/^(?:write|writes|wrote|writing|written)$/.test(lower)) {
    // The inverted "…, writes Mr X." after the statement.
    if (/^(?:,|”|")$/.test(tokens[index - 1]?.text ?? "")) return true;
    if (next === ",") return !/^\p{Ll}+ed$/u.test(tokens[index + 2]?.text ?? "");
    return /^(?:that|:|to|in|on|\.|)$/.test(next) || /^[“"]$/.test(next);
  }
  // A headline's passive "X urged to compete", "X told to quit": words said to X, not by X.
  if (/^(?:urged|asked|told|warned|advised|called)$/.test(lower) && tokens[index + 1]?.text === "to")
    return false;
  // "hails from X": where someone comes from.
  if (/^(?:hail|hails|hailed)$/.test(lower) && next === "from") return false;
  // "added tries", "added a second goal", "adds 20 points": a score, not words.
  if (/^(?:add|adds|added|adding)$/.test(lower)) {
    const object = tokens
      .slice(index + 1, index + 4)
      .map((t) => t.text.toLowerCase())
      .find(
        (w) =>
          !/^(?:a|an|another|his|her|their|its|the|two|three|four|five|six|second|third|late|further|\d+)$/.test(
            w,
          ),
      );
    if (object !== undefined && SCORES.has(object)) return false;
  }
  return true;
}

/**
 * "did not comment", "declined to comment", "Neither X nor Y commented": no words were said (a
 * negated speech verb carries no statement to check an edge against).
 */
function negatedSpeech(tokens: readonly { text: string }[], index: number): boolean {
  const word = (at: number) => tokens[at]?.text.toLowerCase() ?? "";
  let at = index - 1;
  while (at > index - 3 && /^(?:yet|also|publicly|immediately|officially|directly)$/.test(word(at))) at--;
  if (/^(?:not|n't|never)$/.test(word(at))) return true;
  if (word(at) === "to" && /^(?:declined|declines|declining|refused|refuses|refusing)$/.test(word(at - 1)))
    return true;
  const before = tokens.slice(0, index).map((t) => t.text.toLowerCase());
  return before.includes("neither") && before.includes("nor");
}

/** What a side or player adds in a match report. */
const SCORES = new Set(
  `try tries goal goals point points run runs wicket wickets penalty penalties conversion conversions
drop-goal drop-goals score scores`.split(/\s+/),
);

export function quoteSpans(sentence: Sentence): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  // The end of a quotation opened in an earlier sentence: “… . … positions,” X said. With straight
  // quotes, a first mark after the clause's punctuation closes one: "… . We will stay out," X said.
  const close = sentence.text.search(/[”]/);
  const open = sentence.text.search(/[“]/);
  const straight = sentence.text.indexOf('"');
  const straightCloses =
    straight > 0 &&
    /[,.!?…]$/.test(sentence.text.slice(0, straight)) &&
    (sentence.text.match(/"/g)?.length ?? 0) % 2 === 1;
  let from = 0;
  if (close > 0 && (open < 0 || open > close)) {
    spans.push({ start: sentence.start, end: sentence.start + close + 1 });
  } else if (straightCloses && (open < 0 || open > straight)) {
    spans.push({ start: sentence.start, end: sentence.start + straight + 1 });
    from = straight + 1;
  }
  for (const match of sentence.text.slice(from).matchAll(/[“"]([^”"]{3,})[”"]?/g)) {
    const start = sentence.start + from + (match.index ?? 0);
    spans.push({ start, end: start + match[0].length });
  }
  return spans;
}
