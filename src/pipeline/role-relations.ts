/**
 * Roles: leads, member-of and commands read from titles and appositions — "<holder> <title>
 * <person>", "<org or place> <role words> <person>", "<person>, <role> of <org>", "<org>’s <role>,
 * <person>", "<org>, led by <person>" — and placement: located-in from possessives ("Russia’s Kherson
 * region"), "X border town of Y", comma chains from smaller to larger places, "Y in X", and the place
 * an event is anchored in.
 */
import {
  COMMAND_ROLES,
  LEADER_ROLES,
  MEMBER_ROLES,
  normaliseCue,
  OFFICER_NOUNS,
  ORGANISATION_HEADS,
  ORGANISATION_KIND_NOUNS,
  PERSON_TITLES,
  POSTS_AT_A_BODY,
  SPEECH_VERBS,
} from "../nlp/cues";
import { gazetteer } from "../nlp/gazetteer";
import { isGivenName } from "../nlp/given-names";
import { STOPWORDS } from "../nlp/stopwords";
import { BASED_IN_CUE, type FoundMention, WEAK_CUES } from "./mention-types";
import { isTitleWord } from "./mention-words";
import { ARMED_BODY, PUBLIC_BODY_HEADS, RelationBase, ranksBetween } from "./relation-base";

/** "the Lusaka-based", "Istanbul-based investment bank": a place fused to "-based" before a body. */
const PLACE_BASED = /(\p{Lu}[\p{L}'’]+(?:\s\p{Lu}[\p{L}'’]+)?)-based\s+(?:[\p{Ll}-]+\s+){0,2}$/u;

/** Between a place and a body it holds: "Belgium, home to the X". */
const HOME_TO = /^,\s+(?:the\s+)?home\s+to\s+(?:the\s+)?$/;
/** Between a town and a body of it: "the Cleveland firm X", "a London law firm Y". */
const KIND_OF_FIRM =
  /^\s+(?:law\s+|investment\s+|accounting\s+|engineering\s+)?(?:firm|company|bank|group|charity|lender|insurer|studio|publisher|university)\s+$/;

/** Trades of those quoted on a subject rather than for a state ("economist", "analyst"). */
const COMMENTATORS_TRADES = new Set(
  `economist economists analyst analysts strategist strategists researcher scientist lecturer professor
trader traders consultant banker broker expert`.split(/\s+/),
);

/** Words before a leading post that keep it the head of the whole body ("managing director"). */
const HEAD_QUALIFIERS = new Set([
  // ("team principal": a motor-racing team's head)
  "team",
  "managing",
  "executive",
  "general",
  "chief",
  "founding",
  "interim",
  "acting",
]);

/**
 * Words that can stand before a governing title without making it another post: those above, words
 * of time and standing ("new", "former"), and hyphenated adjectives ("long-serving").
 */
const POST_ADJECTIVES =
  /^(?:new|former|current|outgoing|incoming|late|then|first|elected|re-elected|veteran)$|-/;
const beforeGoverningTitle = (word: string) => HEAD_QUALIFIERS.has(word) || POST_ADJECTIVES.test(word);

/**
 * Posts that govern a land ("US President X", "London mayor X"); a "Hong Kong director" or "its UK
 * chief executive" heads something of that place, not the place.
 */
const GOVERNING_ROLES = new Set([
  "president",
  "premier",
  "chancellor",
  "governor",
  "gov",
  "mayor",
  "king",
  "queen",
  "emir",
  "sultan",
  "leader",
  "ruler",
  "monarch",
  "dictator",
  // "head of the X region", "head of the self-proclaimed Y Republic"
  "head",
]);

/** A post named as one held before ("former chairman", "ex-captain"). */
const FORMER_ROLE = /^(?:former|ex)\b/i;

/**
 * Words that can only describe (no function word, no verb in -ed): "senior economist", "former
 * television presenter", not "banker with clients", "strategist who worked".
 */
function plainWords(words: readonly string[]): boolean {
  return words.every((w) => !STOPWORDS.has(w) && !/\p{Ll}ed$/u.test(w));
}

/** Posts that head a company or a bank, written before a name with no body ("chief executive X"). */
const IMPLIED_BODY_POSTS = new Set([
  "chief executive",
  "ceo",
  "chairman",
  "chairwoman",
  "managing director",
  "governor",
]);
/** One of those posts as written before a name, and the word before it. */
const IMPLIED_POST_BEFORE = new RegExp(`(\\S+)\\s+(?:co-)?(${[...IMPLIED_BODY_POSTS].join("|")})\\s+$`, "i");

/** Words that open a relative clause. */
const RELATIVE_WORDS = new Set(["who", "which", "that", "whose", "whom"]);

/** Kinds any body may be called by ("the firm's chairman" of a company named without "firm"). */
const ANY_BODY_KINDS = new Set(["firm", "company", "group", "organisation", "organization"]);
/** …and in a sports report, any body is a club ("The club's managing director, X,"). */
const CLUB_KINDS = new Set(["club", "side", "team"]);

/** A state's own bodies: "the government's spokesman" names none of the bodies named before. */
const STATE_BODIES = new Set([
  "government",
  "ministry",
  "army",
  "military",
  "police",
  "navy",
  "state",
  "cabinet",
]);

/** Last words of institutions that stand in one town: a university, a court, a hospital. */
const INSTITUTION_HEADS = new Set(
  `university institute centre center college school hospital clinic museum theatre theater court
academy library society observatory laboratory`.split(/\s+/),
);

export class RoleAndPlaceRelations extends RelationBase {
  /** `part`: the role is over part of the holder ("research director"): a member, not its head. */
  protected roleRelation(person: number, role: string, holder: number, sentence: number, part = false) {
    const p = this.entity(person);
    const h = this.entity(holder);
    if (p < 0 || h < 0) return;
    const holderEntity = this.entities[h]!;
    // "former Labour leader X", "ex-army chief X": a post held once is no edge of the present; the
    // person keeps it among their roles as a former one.
    if (this.heldFormerly(person, holder, role)) {
      const personEntity = this.entities[p]!;
      const past = FORMER_ROLE.test(role) ? role : `former ${role}`;
      if (!personEntity.roles.includes(past)) personEntity.roles.push(past);
      return;
    }
    const words = role.split(/[\s-]+/).map(normaliseCue);
    // "project leader at X", "opposition leader": a governing word after a noun is no governing
    // post; after adjectives it is ("new president", "long-serving leader").
    const spaced = role.split(/\s+/).map(normaliseCue);
    // ("head" governs alone only: "head coach", "head of music" are posts in something else)
    const ruling = spaced.findIndex((w) => GOVERNING_ROLES.has(w) && (w !== "head" || spaced.length === 1));
    const governs =
      role.includes("prime minister") || (ruling >= 0 && spaced.slice(0, ruling).every(beforeGoverningTitle));
    const subordinate = words.some((w) => w === "deputy" || w === "vice");
    // "Secretary General" heads a body; "General" alone is a military rank.
    const headsBody =
      /secretary[\s-]general|general[\s-]secretary|director[\s-]general|chief[\s-]executive/.test(role);
    // "development director at X", "president of distribution at X", "head of research": the
    // head of a part of the body is a member of it ("managing director", "party chairman" lead it).
    const last = words[words.length - 1]!;
    if (
      !headsBody &&
      holderEntity.type === "organisation" &&
      (/ of /.test(role) ||
        (words.length >= 2 &&
          LEADER_ROLES.has(last) &&
          !beforeGoverningTitle(words[0]!) &&
          !ORGANISATION_HEADS.has(words[0]!) &&
          !COMMAND_ROLES.has(last)))
    )
      part = true;
    // "Chief" commands alone ("army chief X") or "of staff"; "chief financial officer" and "chief
    // economist" are posts in a company.
    // "general manager", "general counsel", "major shareholder": "general" and "major" there are
    // no ranks.
    const commandWords = words.filter(
      (w, k) =>
        COMMAND_ROLES.has(w) &&
        !((w === "general" || w === "major") && k + 1 < words.length && !COMMAND_ROLES.has(words[k + 1]!)),
    );
    // A chief alone commands an armed body; a bank's or a firm's chief leads it.
    const civilianChief =
      commandWords.length > 0 &&
      commandWords.every((w) => w === "chief") &&
      ((words.length > 1 && !words.includes("staff")) ||
        (words.length === 1 && !ARMED_BODY.test(holderEntity.label)));
    // "GB captain X", "Chelsea skipper X": a side's captain plays in it; only an armed body's
    // captain commands ("a captain of the 3rd Battalion").
    const sideCaptain =
      words.some((w) => w === "captain" || w === "capt" || w === "skipper") &&
      !ARMED_BODY.test(holderEntity.label);
    if (part || sideCaptain) {
      if (holderEntity.type === "organisation") this.add("member-of", p, h, sentence);
    } else if (holderEntity.type === "place" && !governs) {
      // No edge: the post is in a body of that place the text does not name.
    } else if (
      !headsBody &&
      !civilianChief &&
      commandWords.length > 0 &&
      holderEntity.type === "organisation"
    )
      this.add("commands", p, h, sentence);
    else if ((headsBody || (civilianChief && words.length === 1)) && !subordinate)
      this.add("leads", p, h, sentence);
    else if (
      !subordinate &&
      // ("principal analyst": an adjective there; "team principal" heads the team)
      (words.some((w, k) => LEADER_ROLES.has(w) && (w !== "principal" || k === words.length - 1)) ||
        role.includes("prime minister")) &&
      words.includes("minister") === false
    )
      this.add("leads", p, h, sentence);
    else if (!subordinate && role === "prime minister") this.add("leads", p, h, sentence);
    else if (
      holderEntity.type === "organisation" &&
      words.some((w) => MEMBER_ROLES.has(w) || PERSON_TITLES.has(w))
    )
      this.add("member-of", p, h, sentence);
    const personEntity = this.entities[p]!;
    if (!personEntity.roles.includes(role)) personEntity.roles.push(role);
    // A commentator's trade at a body ("an economist at the Lusaka-based X") says nothing of whose
    // country they speak for: their own country may be what they speak about.
    const commentator = COMMENTATORS_TRADES.has(words[words.length - 1]!);
    if (!personEntity.country && holderEntity.country && !commentator)
      personEntity.country = holderEntity.country;
  }

  /**
   * "The X Front did not claim it. Its leader, Dana Orr, has vowed …", "The firm's chairman, Y,
   * will step down", "The bank's governor Z said": a post after "Its", "Their" or "The <kind of
   * body>'s" opening a sentence is one in the body named last: in the sentence before (the first
   * there, or the one whose name holds the kind), or up to three back, where a sentence opened with
   * it, when none is named in between.
   */
  private possessivePosts() {
    const ms = this.ms;
    const text = this.input.text;
    ms.forEach((m, i) => {
      if (m.type !== "person" || m.referring) return;
      const sentence = this.input.sentences[m.sentence];
      if (!sentence || m.sentence === 0) return;
      // (A rank or an honorific may stand before the name: "Its chairwoman, Justice Y,".)
      let before = text.slice(sentence.start, m.start);
      for (
        let rank = /(\p{Lu}[\p{L}.-]*)\s+$/u.exec(before);
        rank;
        rank = /(\p{Lu}[\p{L}.-]*)\s+$/u.exec(before)
      ) {
        if (!isTitleWord(rank[1]!)) break;
        before = before.slice(0, rank.index);
      }
      const lead =
        /^(?:[“"]\s*)?(?:Its|Their|The\s+([\p{Ll}-]+)['’]s)\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)(,?)\s+$/u.exec(
          before,
        );
      if (!lead) return;
      const [, kind, role, comma] = lead;
      // The name set off by commas, or followed by its verb ("Its chief executive Y said").
      const after = text.slice(m.end).trimStart();
      if (comma ? !after.startsWith(",") : !/^\p{Ll}/u.test(after)) return;
      if (kind !== undefined && !ORGANISATION_KIND_NOUNS.has(kind) && !ORGANISATION_HEADS.has(kind)) return;
      // "The government's spokesman", "the army's commander": a state's own body, no body named.
      if (kind !== undefined && STATE_BODIES.has(kind)) return;
      // (a firm's partners and founders hold posts in it too: "Its managing partner, X,")
      if (!role!.split(/\s+/).some((w) => PERSON_TITLES.has(w) || /^(?:partner|founder|co-founder)$/.test(w)))
        return;
      // Further back than the sentence before, only the body a sentence opens with (its topic).
      const opens = (k: number) =>
        /^\s*(?:the\s+)?$/i.test(text.slice(this.input.sentences[ms[k]!.sentence]!.start, ms[k]!.start));
      for (const back of [1, 2, 3]) {
        const bodies = ms
          .map((_, k) => k)
          .filter(
            (k) =>
              ms[k]!.sentence === m.sentence - back &&
              ms[k]!.type === "organisation" &&
              !ms[k]!.referring &&
              (back === 1 || opens(k)),
          );
        if (bodies.length === 0) continue;
        // The body whose name holds the kind ("the bank's" of "X Bank"); any body only for a kind
        // any body is ("the firm's", "the group's"). "Its" after a country may be the country's.
        const named =
          kind !== undefined ? bodies.find((k) => ms[k]!.text.toLowerCase().includes(kind)) : undefined;
        // A head word of bodies' names ("union", "agency", "bank") must be the body's own; a word
        // that only describes ("charity", "watchdog", "carmaker") fits any.
        const anyBody =
          kind === undefined ||
          ANY_BODY_KINDS.has(kind) ||
          (CLUB_KINDS.has(kind)
            ? this.input.found.sportsReport === true
            : ORGANISATION_KIND_NOUNS.has(kind) && !ORGANISATION_HEADS.has(kind));
        // ("The UN mission in Congo, MONUSCO, said …. Its head": the body that is the subject, the
        // one its verb follows, before the first named.)
        const subjectBody = bodies.find((k) =>
          /^\s*,?\s*(?:said|says|has|have|is|was|were|had|added|announced|reported)\b/.test(
            this.input.text.slice(ms[k]!.end, ms[k]!.end + 16),
          ),
        );
        // (not a body named only as another's owner, "X's largest shareholder, the firm Y,")
        const owner = (k: number) => /^['’]s?\s/.test(this.input.text.slice(ms[k]!.end, ms[k]!.end + 3));
        const first = bodies.find((k) => !owner(k)) ?? bodies[0]!;
        const body = named ?? (anyBody ? (subjectBody ?? first) : undefined);
        if (body === undefined) return;
        // (a country that owns the body, "Iraq's X Command", or one named inside a phrase, "the UN
        // mission in Congo", is no other referent)
        const countryFirst = ms.some(
          (x, k) =>
            k < body &&
            x.sentence === ms[body]!.sentence &&
            x.type === "place" &&
            x.placeClass === "country" &&
            !/^(?:['’]s)?\s+(?:[\p{Ll}-]+\s+)?$/u.test(this.gap(x, ms[body]!)) &&
            // (the sentence's opening subject: "X joined the Y Union. Its president …")
            /^\s*(?:the\s+)?$/i.test(text.slice(this.input.sentences[x.sentence]!.start, x.start)),
        );
        if (kind === undefined && countryFirst) return;
        if (this.entity(body) >= 0) this.roleRelation(i, role!, body, m.sentence);
        return;
      }
    });
  }

  /** "X Y of the Z Trust": a person named as one of a body, no post said. */
  private memberOf(person: number, holder: number, sentence: number) {
    const p = this.entity(person);
    const h = this.entity(holder);
    if (p < 0 || h < 0 || this.entities[h]!.type !== "organisation") return;
    if (this.heldFormerly(person, holder, "")) return;
    this.add("member-of", p, h, sentence);
  }

  /** Whether "former" or "ex-" stands before the post, its holder or the person it names. */
  private heldFormerly(person: number, holder: number, role: string): boolean {
    if (FORMER_ROLE.test(role)) return true;
    const first = Math.min(this.ms[person]!.start, this.ms[holder]!.start);
    const before = this.input.text.slice(Math.max(0, first - 12), first);
    return /\b(?:former|ex-|ex)\s*$/i.test(before);
  }

  /**
   * "'…,' chief executive X told a news conference", after a lead about the company: a company's
   * post held with no body named for it is in the body the article is about, the organisation its
   * first sentences name and name again later, when that body is of the post's kind (a company
   * for a chief executive or a chairman, a bank for a governor). The evidence is the lead's
   * sentence with the post's.
   */
  protected impliedBodyPosts() {
    // (A match report's lead names clubs and players, either of which the rules may mistype: its
    // chairman's club is left to the posts written out.)
    if (this.input.found.sportsReport) return;
    const sentences = this.input.sentences;
    const lead = sentences.slice(0, 2);
    let body: number | undefined;
    let leadSentence = -1;
    // The lead's subject: its first name that is no place (a dateline's town, "Taiwanese").
    for (const sentence of lead) {
      const first = this.mentionsIn(sentence).find((i) => this.ms[i]!.type !== "place");
      if (first === undefined) continue;
      const m = this.ms[first]!;
      const e = this.entities[this.entity(first)];
      if (m.type === "organisation" && !m.referring && e) {
        body = e.id;
        leadSentence = sentence.index;
      }
      break;
    }
    if (body === undefined) return;
    const label = this.entities[body]!.label.toLowerCase().split(/\s+/);
    const state = label.some((w) => PUBLIC_BODY_HEADS.has(w));
    const bank = label.includes("bank");
    const holding = new Set(
      this.relations.filter((r) => r.type === "leads" || r.type === "member-of").map((r) => r.source),
    );
    for (let i = 0; i < this.ms.length; i++) {
      const m = this.ms[i]!;
      if (m.type !== "person" || m.referring || m.sentence === leadSentence) continue;
      const person = this.entity(i);
      if (person < 0 || holding.has(person)) continue;
      // (the post as written before the name: a title's words may be cut to its last one)
      const before = this.input.text.slice(Math.max(0, m.start - 48), m.start);
      const post = IMPLIED_POST_BEFORE.exec(before);
      // Not a post held once ("former X chief executive"), nor one whose body is written before
      // it ("Mercedes chief executive", "Tory co-chairman", "Forest chief executive").
      if (
        post &&
        (/^(?:former|ex-?|then|outgoing|previous|late)$/i.test(post[1]!) || /^\p{Lu}/u.test(post[1]!))
      )
        continue;
      if (/\b(?:former|ex-)\s+(?:\S+\s+){0,2}$/i.test(before)) continue;
      const written = post?.[2]?.toLowerCase();
      const role = written ?? m.roles.map(normaliseCue).find((r) => IMPLIED_BODY_POSTS.has(r));
      if (role === undefined) continue;
      if (role === "governor" ? !bank : state) continue;
      this.add("leads", person, body, m.sentence, { contextSentence: leadSentence });
      holding.add(person);
    }
  }

  protected roleRelations() {
    for (const link of this.input.found.roleLinks) {
      if (!link.member) this.roleRelation(link.person, link.role, link.holder, link.sentence);
      else if (link.role) this.roleRelation(link.person, link.role, link.holder, link.sentence, true);
      else this.memberOf(link.person, link.holder, link.sentence);
    }
    this.possessivePosts();
    const ms = this.ms;
    // A place named only in a body's modifier ("Kumasi-based lender X") stands between no two
    // mentions here: the mentions either side of it are read as neighbours.
    const order = ms.map((_, k) => k).filter((k) => ms[k]!.cue !== BASED_IN_CUE);
    for (let p = 0; p + 1 < order.length; p++) {
      const i = order[p]!;
      const ib = order[p + 1]!;
      const ic = order[p + 2];
      const a = ms[i]!;
      const b = ms[ib]!;
      if (a.sentence !== b.sentence) continue;
      const gap = this.gap(a, b);
      // "Chelsea's Frank X", "the BBC's Nick Y", "Labour's Ed Z": a body's possessive right before
      // a person's full name is the body they play, work or sit for.
      if (
        a.type === "organisation" &&
        b.type === "person" &&
        /^['’]s\s+$/.test(gap) &&
        /\S\s+\S/.test(b.text) &&
        !b.referring &&
        // (a firm's product typed a person by its shape alone: "X's Rayman DS")
        (!WEAK_CUES.has(b.cue) || isGivenName(b.text.split(/\s+/)[0]!))
      )
        this.memberOf(ib, i, a.sentence);
      // "Shares of X's parent company, Y, …", "X, a unit of Y": a firm owned by another is part of it.
      if (
        a.type === "organisation" &&
        b.type === "organisation" &&
        /^(?:['’]s\s+(?:parent|holding|owner)(?:\s+(?:company|group|firm))?,?\s+|,\s+(?:a|the)\s+(?:unit|subsidiary|division|arm)\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+)?(?:(?:group|company|firm|conglomerate)\s+)?)$/u.test(
          gap,
        )
      )
        this.memberOf(i, ib, a.sentence);
      // "the X Alliance (XA), whose leader Y", "the firm, whose chief executive Z": the post is in
      // the body the relative clause hangs on.
      if (a.type === "organisation" && b.type === "person") {
        const whose = /^\)?,\s+whose\s+((?:[\p{Ll}-]+\s+){1,3})$/u.exec(gap)?.[1]?.trim() ?? "";
        if (whose.split(/\s+/).some((w) => PERSON_TITLES.has(w))) this.roleRelation(ib, whose, i, a.sentence);
      }
      // "<org or place> <role words> <person>": "Elysée spokesman X", "Ukrainian army chief X".
      // No verb after the title: "The X striker signed Y", "A X spokeswoman said Y" make Y a verb's
      // object, not the holder of the post.
      if (b.type === "person" && (a.type === "organisation" || a.type === "place")) {
        // Ranks may follow the post in capitals: "Sudan's army chief General X".
        // "X's finance director, Y, said", "the X (XC) chairwoman, Justice Y,": the same post with
        // the name in apposition, which a comma or a verb of saying must close.
        const match =
          gap.match(/^(?:['’]s?)?\s+((?:[\p{Ll}-]+\s+){1,4})((?:\p{Lu}[\p{L}.]*\s+){1,2})?$/u) ??
          gap.match(
            /^(?:['’]s?|\))?\s+((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+),\s+((?:\p{Lu}[\p{L}.]*\s+){1,2})?$/u,
          );
        const apposed = match !== null && match[1]!.trimEnd() === match[1] && match[1]!.length > 0;
        // Without a possessive or a bracket before them, the post's words are the body's own
        // ("X chief executive, Y,"), not a verb's object ("X interviewed the chairman, Y,").
        const bare = apposed && !/^(?:['’]|\))/.test(gap);
        const postOnly = !bare || plainWords(match![1]!.split(/\s+/));
        const closed =
          !apposed ||
          /^\s*(?:,|\)|(?:[\p{Ll}]+\s+)?(?:said|says|told|added))/u.test(
            this.input.text.slice(b.end, b.end + 20),
          );
        const ranks = match?.[2]?.trim().split(/\s+/) ?? [];
        const words =
          match && closed && postOnly && ranks.every((w) => PERSON_TITLES.has(normaliseCue(w)))
            ? match
            : null;
        if (words) {
          const role = words[1]!.trim();
          const split = role.split(/\s+/);
          const title = split.findLastIndex((w) => PERSON_TITLES.has(w));
          const verbAfter = split.slice(title + 1).some((w) => SPEECH_VERBS.has(w) || /\p{Ll}ed$/u.test(w));
          if (title >= 0 && !verbAfter) this.roleRelation(ib, role, i, a.sentence);
        }
      }
      // "<person>, (the) <org> <role>,": "X, the VLU leader, said", "Y, a Kestrel Bank director,".
      if (a.type === "person" && b.type === "organisation" && /^,\s+(?:the\s+|an?\s+)?$/.test(gap)) {
        // (the post may say where it is held: "the WHO representative in Yemen,")
        const post =
          /^\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)(?:\s+(?:in|for|to)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)?\s*(?:,|\))/u.exec(
            this.input.text.slice(b.end, b.end + 64),
          );
        const role = post?.[1]?.trim();
        if (role?.split(/\s+/).some((w) => PERSON_TITLES.has(w))) this.roleRelation(i, role, ib, a.sentence);
      }
      // "X, deputy chief UK economist at Y", "X, a Sahel researcher at Y": a country or region
      // inside the post's words modifies it; the body is the name after "at".
      const c = ic === undefined ? undefined : ms[ic];
      if (
        a.type === "person" &&
        b.type === "place" &&
        (b.placeClass === "country" || b.placeClass === "region") &&
        c !== undefined &&
        c.type === "organisation" &&
        c.sentence === a.sentence
      ) {
        const words = this.gap(a, c).match(
          /^,\s+(?:the\s+|an?\s+)?((?:[\p{L}-]+\s+){1,5})at\s+(?:the\s+)?$/u,
        );
        const role = words?.[1]?.trim().toLowerCase();
        // Only a post's words ("deputy chief … economist"), not a clause ("the minister who visited").
        const postWords = role
          ?.split(/\s+/)
          .every(
            (w) =>
              !/^(?:the|a|an|who|which|that|whose|of|to|for|in|on|with|and)$/.test(w) &&
              !/\p{Ll}ed$/u.test(w),
          );
        if (
          postWords &&
          role
            ?.split(/\s+/)
            .some((w) => PERSON_TITLES.has(w) || MEMBER_ROLES.has(w) || POSTS_AT_A_BODY.has(w)) &&
          this.entity(ic!) >= 0
        )
          this.roleRelation(i, role, ic!, a.sentence);
      }
      // "<person>, (the) <role> of (the) <org>", also "head of the self-proclaimed X".
      if (a.type === "person" && (b.type === "organisation" || b.type === "place")) {
        const words = gap.match(
          /^,\s+(?:the\s+|an?\s+)?((?:[\p{L}-]+\s+){1,3}|(?:[\p{L}-]+\s+){4}(?=at\s))(of|for|at|with)\s+(?:the\s+)?(?:(?:so-called|breakaway|separatist)\s+|\p{L}+-(?:proclaimed|backed|installed|appointed|declared|based|listed|owned|run|headquartered)\s+(?:\p{Ll}+\s+){0,2})?(?:(?:aid|charity|campaign|pressure|lobby|research|rights|investment|advocacy|business|trade|opposition|rebel|militant|armed|football|rugby|cricket|sports|media|energy|mining|oil|shipping|insurance|consulting|consultancy|engineering|technology|tech|software|drinks|food|retail|banking|financial|think|tank|lender|firm|group|company|party|union|club|bank|agency|organisation|organization|network|coalition|alliance|charity|bloc|movement|institute|airline|carrier|broadcaster|publisher|operator|developer|maker|carmaker|chipmaker|watchdog|regulator)\s+){0,2}[“"]?$/u,
        );
        // "an economist at X", "a researcher with Y": a trade practised at a body is a post in it.
        // The trade ends the words before "at" ("a banker with clients at X", "a strategist who
        // worked at Y" name no workplace).
        const roleWords = words?.[1]?.trim().toLowerCase().split(/\s+/) ?? [];
        const trade = roleWords[roleWords.length - 1] ?? "";
        const employer =
          (words?.[2] === "at" || words?.[2] === "with") &&
          (MEMBER_ROLES.has(trade) || POSTS_AT_A_BODY.has(trade)) &&
          plainWords(roleWords);
        if (
          words &&
          (words[2] !== "with" || b.type === "organisation") &&
          // (a post named before a relative clause is not the one held: "a strategist who worked at
          // Y"; one named in it is: "who is chairman of Y")
          (roleWords
            .slice(roleWords.findLastIndex((w) => RELATIVE_WORDS.has(w)) + 1)
            .some((w) => PERSON_TITLES.has(w)) ||
            employer)
        ) {
          // "chairman of the Commons public accounts committee", "head of the X field office": the
          // post is in a part of the body.
          const part =
            /^\s+(?:[\p{Ll}-]+\s+){0,3}(?:committee|board|division|unit|department|panel|team|commission|subcommittee|office|branch|bureau|section|wing|desk|programme|program|delegation)\b/u.test(
              this.input.text.slice(b.end),
            );
          // "director of X's photonics lab": the post is in a part of X.
          const partOfBody = b.type === "organisation" && this.partOfBodyFollows(b);
          // "X, a director at Y": one of several such posts, a member (as the parse reads it).
          const oneOfSeveral = /^,\s+an?\s/.test(gap);
          if (b.type === "organisation" || !this.placeModifiesWhatFollows(b))
            this.roleRelation(
              i,
              words[1]!.trim().toLowerCase(),
              ib,
              a.sentence,
              part || partOfBody || oneOfSeveral,
            );
        }
      }
      // "<person>, <org>'s <role>", "<person>, the <org> <role>,": "said X, Y's group chief
      // executive." The post must close the apposition, so that it is the person's.
      if (
        a.type === "person" &&
        (b.type === "organisation" || b.type === "place") &&
        /^,\s+(?:the\s+)?$/.test(gap)
      ) {
        const post = this.input.text
          .slice(b.end, b.end + 60)
          .match(/^(?:['’]s?)?\s+((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)\s*(?:[,.;:)]|$)/u);
        const words = post?.[1]?.split(/\s+/) ?? [];
        if (post && words.some((w) => PERSON_TITLES.has(w)) && !words.some((w) => SPEECH_VERBS.has(w)))
          this.roleRelation(i, post[1]!, ib, a.sentence);
      }
      // "(the) <role> of (the) <org>, <person>,": "The commander of the X Brigade, Y, said".
      // ("The commander of Poland's 12th Brigade, Colonel Y, said": a possessive owner before the
      // body and a rank before the name.)
      if ((a.type === "organisation" || a.type === "place") && b.type === "person" && ranksBetween(gap)) {
        const lead = this.input.text.slice(Math.max(0, a.start - 64), a.start);
        const words = lead.match(
          /(?:^|[,;:(]\s*|\b(?:[Tt]he|[Aa])\s+)((?:[\p{Ll}-]+\s+){1,3})(?:of|for|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?['’]s?\s+)?[“"]?$/u,
        );
        const closes = /^\s*(?:,|\)|(?:[\p{Ll}]+\s+)?(?:said|says|told|added))/u.test(
          this.input.text.slice(b.end, b.end + 20),
        );
        if (
          words &&
          closes &&
          words[1]!
            .trim()
            .split(/\s+/)
            .some((w) => PERSON_TITLES.has(w.toLowerCase())) &&
          (a.type === "organisation" || !this.placeModifiesWhatFollows(a))
        )
          this.roleRelation(ib, words[1]!.trim().toLowerCase(), i, a.sentence);
      }
      // "<person> was appointed commander of <org>", "<person>, who commands <org>,", "<person> took
      // command of <org>": the post or the command told by a verb.
      if (a.type === "person" && b.type === "organisation") {
        const appointed = gap.match(
          /^,?\s+(?:was|is|has been|had been|will be)\s+(?:appointed|named|made|elected)\s+(?:as\s+)?(?:the\s+)?(?:new\s+)?((?:[\p{Ll}-]+\s+){1,3})(?:of|at|for)\s+(?:the\s+)?$/u,
        );
        if (
          appointed &&
          appointed[1]!
            .trim()
            .split(/\s+/)
            .some((w) => PERSON_TITLES.has(w))
        )
          this.roleRelation(i, appointed[1]!.trim(), ib, a.sentence);
        // "X has been a member of Y since 2023", "X, a member of Y,": membership told outright
        // ("Tarek M." ends on its initial's stop).
        if (
          /^\.?,?\s+(?:(?:who\s+)?(?:is|was|has been|had been|became|remains)\s+)?an?\s+(?:\p{Ll}+\s+)?member\s+of\s+(?:the\s+)?$/u.test(
            gap,
          )
        )
          this.memberOf(i, ib, a.sentence);
        // ("leads the conservative X Party": a describing word or two before the name.)
        const verb = gap.match(
          /^,?\s+(?:who\s+)?(?:(commands)|(leads|heads|runs))\s+(?:the\s+)?((?:[\p{Ll}-]+\s+){0,2})$|^\s+(?:took|takes|has taken|assumed|assumes|has assumed)\s+(?:over\s+)?(command|charge|the leadership)\s+of\s+(?:the\s+)?$/u,
        );
        const describing = (verb?.[3] ?? "").trim().split(/\s+/).filter(Boolean);
        // "who heads X's research unit": the head of a part of X is a member of it.
        if (verb && plainWords(describing))
          this.roleRelation(
            i,
            verb[1] || verb[4] === "command" ? "commander" : "leader",
            ib,
            a.sentence,
            this.partOfBodyFollows(b),
          );
      }
      // "<org>, led by <person>", "<forces> under the command of <title> <person>".
      if ((a.type === "organisation" || a.type === "place") && b.type === "person") {
        // ("is led politically by X", "led by former television presenter Y": an adverb, and a
        // description ending in a post or a trade before the name.)
        const led = gap.match(
          /^,?\s+(?:which\s+(?:is|are|was|were)\s+|(?:is|are|was|were|has\s+been|have\s+been)\s+|whose\s+(?:[\p{Ll}-]+\s+){1,2}(?:is|was|has\s+been)\s+|now\s+)?(?:(?:led|headed|commanded|run)\s+(?:\p{Ll}+ly\s+)?by|under\s+the\s+(?:command|leadership)\s+of)\s+((?:[\p{Ll}-]+\s+){0,4})((?:\p{Lu}[\p{L}.-]*\s+){0,2})$/u,
        );
        const described = (led?.[1] ?? "").trim().split(/\s+/).filter(Boolean);
        const describes =
          described.length === 0 ||
          (plainWords(described) &&
            (PERSON_TITLES.has(described[described.length - 1]!) ||
              MEMBER_ROLES.has(described[described.length - 1]!) ||
              // (a trade by its ending: "trade unionist", "human rights activist")
              /\p{Ll}{3}ist$/u.test(described[described.length - 1]!)));
        const titles = (led?.[2] ?? "").trim().split(/\s+/).filter(Boolean);
        if (led && describes && titles.every((w) => PERSON_TITLES.has(normaliseCue(w))))
          // An armed body "led by" someone is commanded by them.
          this.roleRelation(
            ib,
            /command/.test(gap) || ARMED_BODY.test(this.entities[this.entity(i)]?.label ?? a.text)
              ? "commander"
              : "leader",
            i,
            a.sentence,
          );
      }
      // "The Greens, led in Styria by X": the place where the body is led stands between them.
      const c2 = ic === undefined ? undefined : ms[ic];
      if (
        a.type === "organisation" &&
        b.type === "place" &&
        c2?.type === "person" &&
        c2.sentence === a.sentence &&
        /^,?\s+(?:(?:is|are|was|were)\s+)?(?:led|headed|run)\s+in\s+(?:the\s+)?$/.test(gap) &&
        /^\s+by\s+$/.test(this.gap(b, c2))
      )
        this.roleRelation(ic!, "leader", i, a.sentence);
      // "<place or org>’s <Title> <person>": "Qatar's Prime Minister X", "Acme's Chief Executive X".
      if ((a.type === "organisation" || a.type === "place") && b.type === "person" && b.roles.length > 0) {
        const titled = gap.match(/^['’]s?\s+((?:\p{Lu}[\p{L}.-]*\s+){1,4})$/u);
        // Not a place named like a title and a name ("London's King X station").
        const placeAfter =
          /^\s+(?:station|street|road|square|bridge|airport|hospital|park|stadium|hotel)\b/.test(
            this.input.text.slice(b.end, b.end + 12),
          );
        if (titled && !placeAfter) this.roleRelation(ib, b.roles[0]!, i, a.sentence);
      }
      // "<org>’s <role>, <person>".
      if (a.type === "organisation" && b.type === "person") {
        const words = gap.match(/^['’]s?\s+((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+),\s+$/u);
        if (words && words[1]!.split(/\s+/).some((w) => PERSON_TITLES.has(w)))
          this.roleRelation(ib, words[1]!, i, a.sentence);
      }
    }
  }

  /** "X's research unit", "X's photonics lab": a part of the body named before the possessive. */
  private partOfBodyFollows(body: FoundMention): boolean {
    return /^['’]s?\s+[\p{Ll}-]+/u.test(this.input.text.slice(body.end, body.end + 30));
  }

  /**
   * "chairman of Spain's biggest bank", "head of UK equities", "chief executive of US firm X": the
   * place describes what follows it, and the post is in that.
   */
  private placeModifiesWhatFollows(place: FoundMention): boolean {
    const after = this.input.text.slice(place.end, place.end + 40);
    if (/^['’]s?\s/u.test(after)) return true;
    const word = after.match(/^\s+(\p{Ll}[\p{Ll}-]*)\b/u)?.[1];
    return (
      word !== undefined && !STOPWORDS.has(word) && !SPEECH_VERBS.has(word) && !/(?:ed|ing|ly)$/.test(word)
    );
  }

  /**
   * "an economist at Coastline Capital in Accra", "the X Research Centre (XRC) in Mwanza": a body
   * followed by "in" and a town (or a region of the same name) is based there. Not an armed body,
   * whose "in" says where it fights, and not a country, where a body is only active.
   */
  private bodyInTown(i: number) {
    const ms = this.ms;
    const body = ms[i]!;
    // "Belgium, home to the X depository", "the Cleveland firm X": a place a body is said to be in.
    const previous = ms[i - 1];
    if (
      previous !== undefined &&
      previous.sentence === body.sentence &&
      previous.type === "place" &&
      !previous.referring
    ) {
      const gap = this.gap(previous, body);
      if (
        HOME_TO.test(gap) ||
        (KIND_OF_FIRM.test(gap) &&
          /\b(?:the|a|an)\s+$/i.test(this.input.text.slice(Math.max(0, previous.start - 6), previous.start)))
      )
        this.add("located-in", this.entity(i), this.entity(i - 1), body.sentence);
    }
    // "the Lusaka-based X", "Istanbul-based investment bank Y": where the article names that
    // place as a place of its own too.
    const lead = this.input.text.slice(Math.max(0, body.start - 60), body.start);
    const hyphened = PLACE_BASED.exec(lead);
    if (hyphened) {
      // The place's own mention, inside the modifier ("Kumasi" of "Kumasi-based"), else one of
      // the same name elsewhere in the article.
      const hyphen = body.start - lead.length + hyphened.index + hyphened[1]!.length;
      const inside = ms.findIndex((m) => m.type === "place" && !m.referring && m.end === hyphen);
      const key = hyphened[1]!.toLowerCase();
      const place =
        inside >= 0
          ? this.entity(inside)
          : (this.entities.find((e) => e.type === "place" && e.label.toLowerCase() === key)?.id ?? -1);
      if (place >= 0) this.add("located-in", this.entity(i), place, body.sentence);
    }
    // "X, a fuel distributor based in Odesa", "Y is headquartered in Z": said outright, in any
    // place (a town, a region, a country).
    const based = ms[i + 1];
    if (
      based !== undefined &&
      based.sentence === body.sentence &&
      based.type === "place" &&
      !based.referring &&
      /^(?:,\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,5}|,\s+|,?\s+(?:which\s+|that\s+)?(?:is|are|was|were|has\s+been)\s+)?(?:based|headquartered)\s+in\s+(?:the\s+)?$/u.test(
        this.gap(body, based),
      )
    ) {
      this.add("located-in", this.entity(i), this.entity(i + 1), body.sentence);
      return;
    }
    let next = i + 1;
    // (its acronym in brackets, read as a mention of its own)
    if (ms[next]?.type === "organisation" && /^\s*\(\s*$/.test(this.gap(body, ms[next]!))) next++;
    const town = ms[next];
    if (!town || town.sentence !== body.sentence || town.type !== "place" || town.referring) return;
    if (town.placeClass !== "city" && town.placeClass !== "region") return;
    if (!/^\s+(?:\([^()]{1,20}\)\s+)?in\s+$/u.test(this.gap(ms[next - 1]!, town).replace(/^\s*\)/, " ")))
      return;
    if (ARMED_BODY.test(body.text)) return;
    // "in" after a body more often says where something happened ("met with the IMF in Lagos",
    // "sued X Bank in Chicago", "a rally by the Y Front in Porto"). It places the body only
    // where the body is someone's workplace ("an analyst at X in Bergen") or an institution that
    // stands in a town ("the Y Research Centre in Mwanza", "the High Court in London"), or a venue
    // one is at.
    const before = this.input.text.slice(Math.max(0, body.start - 40), body.start);
    const post = /(\p{L}+)\s+(?:at|with|of)\s+(?:the\s+)?$/u.exec(before)?.[1]?.toLowerCase() ?? "";
    // (or a person's name before "of": "X Y of Bayview Securities in Melbourne")
    const workplace =
      PERSON_TITLES.has(post) ||
      MEMBER_ROLES.has(post) ||
      POSTS_AT_A_BODY.has(post) ||
      OFFICER_NOUNS.has(post) ||
      ms.some((x, k) => k < i && x.type === "person" && /^\s+of\s+(?:the\s+)?$/.test(this.gap(x, body)));
    const words = body.name.toLowerCase().split(/\s+/);
    // "held at the X Cafe in London", "recorded at the Y Odeon in Z": a venue, where one is at
    // (not "protests at X in Y").
    const venue =
      /\bat\s+(?:the\s+)?$/i.test(before) &&
      !/\b(?:protests?|rally|rallies|meetings?|talks)\s+at\s+(?:the\s+)?$/i.test(before);
    // (the recogniser's reading of a name that ends in an institution's head is as good as a rule's)
    const strong = (!WEAK_CUES.has(body.cue) || body.cue === "recogniser") && body.cue !== "acronym";
    const institution = INSTITUTION_HEADS.has(words[words.length - 1]!) && (strong || venue);
    if (!workplace && !institution && !venue) return;
    // "… in London's financial district": the town's possessive opens another phrase.
    if (/^['’]s?\s/.test(this.input.text.slice(town.end))) return;
    this.add("located-in", this.entity(i), this.entity(next), body.sentence);
  }

  protected placeRelations() {
    const ms = this.ms;
    const text = this.input.text;
    for (let i = 0; i < ms.length; i++) {
      const a = ms[i]!;
      if (a.type === "event" && a.anchor !== undefined)
        this.add("located-in", this.entity(i), this.entity(a.anchor), a.sentence);
      if (a.type === "organisation" && !a.referring) this.bodyInTown(i);
      if (a.type !== "place" || a.referring) continue;
      const b = ms[i + 1];
      if (b && b.sentence === a.sentence && b.type === "place" && !b.referring) {
        const gap = this.gap(a, b);
        // "Russia’s southern Kherson region": the possessed place lies in the possessor.
        // Not where the gazetteer places the possessed name in another country: "France's Suez"
        // is a French company, not Egypt's town.
        const elsewhere = a.placeClass === "country" && a.country && b.country && a.country !== b.country;
        if (/^['’]s\s+(?:[\p{Ll}-]+\s+){0,2}$/u.test(gap) && this.rank(b) > this.rank(a) && !elsewhere)
          this.add("located-in", this.entity(i + 1), this.entity(i), a.sentence);
        // "the Kherson border town of Beryslav".
        if (/^\s+(?:[\p{Ll}-]+\s+)?(?:town|city|village|district|region|port)\s+of\s+$/u.test(gap))
          this.add("located-in", this.entity(i + 1), this.entity(i), a.sentence);
        // "Palu, the capital of Central Sulawesi province", "Ezetu, a fishing village in Bayelsa
        // State": the town its apposition places.
        if (
          /^,\s+(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,2}(?:capital|town|city|village|port|suburb)\s+(?:of|in)\s+(?:the\s+)?$/u.test(
            gap,
          )
        )
          this.add("located-in", this.entity(i), this.entity(i + 1), a.sentence);
        // "Stryi, Lviv region, Ukraine": a comma chain from smaller to larger.
        if (/^,\s*$/.test(gap) && this.rank(b) < this.rank(a) && a.placeClass !== "other") {
          const next = ms[i + 2];
          // "Lisbon, Singapore and Buenos Aires": a list, whatever the kinds of place in it.
          // A chain goes on to larger places ("…, Lviv region, Ukraine"); an item of the same
          // or a smaller kind after it, or one before it, makes a list ("Shrewsbury, North
          // Dorset, Liverpool, Manchester").
          const previous = ms[i - 1];
          const isList =
            (next &&
              next.sentence === a.sentence &&
              next.type === "place" &&
              ((this.rank(next) >= this.rank(b) && /^,?\s*(?:and\s+)?$/.test(this.gap(b, next))) ||
                /^,?\s*(?:and|or)\s+$/.test(this.gap(b, next)))) ||
            (previous !== undefined &&
              previous.sentence === a.sentence &&
              previous.type === "place" &&
              !previous.referring &&
              /^,\s*$/.test(this.gap(previous, a)) &&
              this.rank(previous) <= this.rank(a));
          // "… in the Red Sea, US says": the larger place speaks; it contains nothing here. Nor
          // does "…near the town of X, South Africa's defence force said": its possessive opens
          // another noun phrase.
          const speaks =
            SPEECH_VERBS.has(text.slice(b.end).trim().split(/\s+/)[0]?.toLowerCase() ?? "") ||
            /^['’]s?\s/.test(text.slice(b.end));
          if (!isList && !speaks) this.add("located-in", this.entity(i), this.entity(i + 1), a.sentence);
        }
        // "the city of Multan in Pakistan’s Punjab province", "a river that runs through the X
        // region", "the town of X in northern Y".
        if (
          /^\s+(?:in|inside|within|(?:that|which)\s+(?:runs|flows)\s+through)\s+(?:the\s+)?(?:(?:far\s+)?(?:(?:north|south)-?)?(?:north|south|east|west)(?:ern)?\s+|central\s+)?$/u.test(
            gap,
          )
        ) {
          const c = ms[i + 2];
          const target =
            c &&
            c.type === "place" &&
            c.sentence === a.sentence &&
            /^['’]s\s+(?:[\p{Ll}-]+\s+){0,2}$/u.test(this.gap(b, c))
              ? i + 2
              : i + 1;
          if (this.rank(ms[target]!) < this.rank(a) || a.placeClass === "other")
            this.add("located-in", this.entity(i), this.entity(target), a.sentence);
        }
      }
      // "the Russian border region of Bryansk": a demonym before "region of".
      const before = text.slice(Math.max(0, a.start - 60), a.start);
      const demonym = before.match(
        /(\p{Lu}\p{L}+)\s+(?:[\p{Ll}-]+\s+)?(?:region|province|town|city|village|district)\s+of\s+$/u,
      );
      const country = demonym ? gazetteer().countryOfDemonym(demonym[1]!) : undefined;
      const countryEntity = country ? this.entities.find((e) => e.geo === country.id && !e.weak) : undefined;
      if (countryEntity && a.placeClass !== "country")
        this.add("located-in", this.entity(i), countryEntity.id, a.sentence);
    }
  }
}
