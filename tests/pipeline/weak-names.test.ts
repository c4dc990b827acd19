import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/pipeline/extract";
import type { FoundMention } from "../../src/pipeline/mention-types";
import { resolveLocal } from "../../src/pipeline/resolve-local";
import { entityLabels as entities } from "../support/entities";

describe("names the rules type only by their shape", () => {
  it("are dropped when the recogniser sees no name there either (titles of works)", () => {
    const text = "Viewers loved Desperate Gardeners on Sunday night.";
    expect(entities(text, true)).toEqual([]);
    expect(entities(text, false)).toEqual(["Desperate Gardeners:person"]);
  });

  it("lose a descriptor in front when the recogniser finds the name inside", () => {
    const text = "Actress Maribel Quintero won the award on Sunday.";
    expect(entities(text, true)).toEqual(["Maribel Quintero:person"]);
  });

  it("are no one when they are hyphenated compounds, with or without the models", () => {
    for (const models of [true, false]) {
      expect(entities("She met liberal Swedish-Danish politician Lena Berg.", models)).toEqual([
        "Lena Berg:person",
      ]);
      expect(entities("Spending fell after Post-Easter sales, analysts said.", models)).toEqual([]);
      expect(entities("Ministers backed Anti-Fraud rules on Monday.", models)).toEqual([]);
      expect(entities("Sales rose in January-to-March trading, analysts said.", models)).toEqual([]);
      // A double-barrelled name on its own still is someone's.
      expect(entities("Fans cheered as Brandauer-Kolb scored twice.", models)).toEqual([
        "Brandauer-Kolb:person",
      ]);
    }
  });

  it("are no place after a preposition when they describe the noun after them", () => {
    for (const models of [true, false]) {
      expect(entities("Users were warned of flaws in Zentrix programs.", models)).toEqual([]);
      expect(entities("Fighting in Zorbatka continued on Monday.", models)).toEqual(["Zorbatka:place"]);
      expect(entities("Troops reached Zorbatka district on Monday.", models)).toContain(
        "Zorbatka district:place",
      );
    }
  });

  it("lose a word dating a post that opens the sentence, with or without the models", () => {
    for (const models of [true, false]) {
      expect(entities("Former Fenwick Street aide Harold Pemberton said it was wrong.", models)).toEqual([
        "Fenwick Street:place",
        "Harold Pemberton:person",
      ]);
      expect(entities("Outgoing Zentrix chairman Walter Ashby said the deal was done.", models)).toEqual([
        "Zentrix:organisation",
        "Walter Ashby:person",
      ]);
    }
  });

  it("lose a nationality in front, with or without the models", () => {
    const text = "Australian Nina Prell beat Tunisian Selma Farouk in the final.";
    for (const models of [true, false]) {
      expect(entities(text, models).sort()).toEqual(["Nina Prell:person", "Selma Farouk:person"]);
      // A demonym the gazetteer does not list, made of the country's name and "n".
      expect(entities("Slovakian Jana Kolar beat her. The Slovakian will play again.", models)).toEqual([
        "Jana Kolar:person",
      ]);
    }
  });

  it("keep an organisation whose name starts with a nationality", () => {
    expect(entities("The American Red Cross said it would help.", true)).toEqual([
      "American Red Cross:organisation",
    ]);
  });
});

describe("a name after a determiner", () => {
  it("is an institution when it is one unknown word", () => {
    for (const models of [true, false])
      expect(entities("Officials at the Zarkhov said the talks had failed.", models)).toContain(
        "Zarkhov:organisation",
      );
  });

  it("is a date, not an institution, when it is a day or a month", () => {
    for (const models of [true, false]) {
      expect(entities("The January sales failed to lift Marlow Street traders.", models)).toEqual([
        "Marlow Street:place",
      ]);
      expect(entities("Tickets for the June gig sold out on a Friday night.", models)).toEqual([]);
    }
  });

  it("is a people when it is a nationality noun alone", () => {
    for (const models of [true, false])
      expect(entities("Two-thirds of Britons and many Spaniards backed Lena Berg.", models)).toEqual([
        "Lena Berg:person",
      ]);
  });

  it("is a people, not a region, when it is a plural of a demonym of several words", () => {
    for (const models of [true, false])
      expect(entities("The South Africans and the New Zealanders drew in Kelso.", models)).not.toEqual(
        expect.arrayContaining([expect.stringMatching(/^(South Africans|New Zealanders):/)]),
      );
  });

  it("is nobody when it is a title alone", () => {
    for (const models of [true, false])
      expect(entities("The Chancellor said taxes would rise.", models)).toEqual([]);
  });
});

describe("names with particles", () => {
  it("run through several particles", () => {
    for (const models of [true, false])
      expect(entities("The fund is run by Jeroen van der Molen in London.", models)).toContain(
        "Jeroen van der Molen:person",
      );
  });

  it("keep their particle as a surname and join the full name", () => {
    const text =
      "Yesterday the midfielder Joost van Brakel scored twice. Van Brakel said the team had earned it.";
    for (const models of [true, false]) expect(entities(text, models)).toEqual(["Joost van Brakel:person"]);
  });
});

describe("a sentence's first word before a full name", () => {
  it("is cut off when it is an ordinary word", () => {
    for (const models of [true, false])
      expect(entities("Yesterday Mirela Dragomir said she would appeal.", models)).toEqual([
        "Mirela Dragomir:person",
      ]);
  });
});

describe("weak readings of one name in one article", () => {
  const mention = (start: number, type: FoundMention["type"], cue: string): FoundMention => ({
    sentence: 0,
    start,
    end: start + 7,
    text: "Dalwick",
    name: "Dalwick",
    type,
    cue,
    roles: [],
  });
  const typeOf = (mentions: FoundMention[]) =>
    resolveLocal({ mentions, roleLinks: [], placeLinks: [] }, "x".repeat(200)).entities.map(
      (e) => `${e.label}:${e.type}`,
    );

  it("vote, the recogniser's counting double", () => {
    expect(
      typeOf([
        mention(0, "place", "gazetteer city in a named country"),
        mention(20, "person", "recogniser"),
        mention(40, "person", "recogniser"),
      ]),
    ).toEqual(["Dalwick:person"]);
  });

  it("give way to a strong one", () => {
    expect(
      typeOf([
        mention(0, "place", "gazetteer"),
        mention(20, "person", "recogniser"),
        mention(40, "person", "recogniser"),
      ]),
    ).toEqual(["Dalwick:place"]);
  });
});

describe("spans around names", () => {
  const lead = "Officials confirmed the plan on Monday. ";

  it("leave out a name turned into a modifier, and start afresh after it", () => {
    for (const models of [true, false])
      expect(entities(`${lead}Lake Tana-based Quorvane Group is said to be on the list.`, models)).toEqual([
        "Quorvane Group:organisation",
      ]);
  });

  it("keep a hyphenated given name, which is no modifier", () => {
    for (const models of [true, false])
      expect(
        entities(`${lead}"We need to grow," chairman Park Jae-won said in a statement.`, models),
      ).toEqual(["Park Jae-won:person"]);
  });

  it("are not made of a contraction", () => {
    for (const models of [true, false])
      expect(entities(`${lead}"We'll kick on now," Dravic said.`, models)).toEqual(["Dravic:person"]);
  });

  it("keep a founder's possessive in an institution's name", () => {
    for (const models of [true, false])
      expect(
        entities(
          `${lead}She trained at Ramsay's Hospital Medical School in Leeds before moving abroad.`,
          models,
        ),
      ).toEqual(["Ramsay's Hospital Medical School:organisation", "Leeds:place"]);
  });

  it("do not read a name suffix after a title-like word as a person of its own", () => {
    for (const models of [true, false])
      expect(entities(`${lead}The film starred Carl Ames King Jnr in archive footage.`, models)).toEqual([
        "Carl Ames King Jnr:person",
      ]);
  });
});

describe("evidence that a name is no person", () => {
  const lead = "Officials confirmed the plan on Monday. ";

  it("a subject that takes 'its' is an organisation", () => {
    for (const models of [true, false])
      expect(entities(`${lead}Quorvane saw its profits fall by 9% last year.`, models)).toEqual([
        "Quorvane:organisation",
      ]);
  });

  it("a single word is the organisation whose name it begins", () => {
    const text = `${lead}The carmaker Velmora Motors posted a loss. Analysts said Velmora needed a partner.`;
    expect(entities(text, true)).toEqual(["Velmora Motors:organisation"]);
  });

  it("a plural opening a sentence is nobody, unless it is the surname of someone named in full", () => {
    for (const models of [true, false]) {
      expect(
        entities(`${lead}Organisers say the event will go ahead. Banks are raising their fees.`, models),
      ).toEqual([]);
      expect(
        entities(`${lead}The golfer Marcus Fields won on Sunday. Fields said he was delighted.`, models),
      ).toEqual(["Marcus Fields:person"]);
    }
  });
});

describe("nationalities, compounds and possessives around names", () => {
  const lead = "Officials confirmed the plan on Monday. ";

  it("read a nationality noun as a descriptor, and 'the' with one as nobody", () => {
    for (const models of [true, false]) {
      expect(
        entities(`${lead}Third seed Marek Ostrava beat Frenchman Gilles Simonet in the final.`, models),
      ).toContain("Gilles Simonet:person");
      expect(entities(`${lead}Kalvik finished behind the Swede in Lisbon.`, models)).not.toContain(
        "Swede:organisation",
      );
    }
  });

  it("leave out a capitalised compound of several hyphenated words before a name", () => {
    expect(entities(`${lead}Man-of-the-match Darragh Duffy explained what went wrong.`, false)).toEqual([
      "Darragh Duffy:person",
    ]);
  });

  it("keep a plural of people's possessive inside an organisation's name", () => {
    for (const models of [true, false])
      expect(
        entities(`${lead}The Women's Rowing Federation cleared Ostrova of any offence.`, models),
      ).toContain("Women's Rowing Federation:organisation");
  });

  it("do not cut a name before the words that end it", () => {
    expect(entities(`${lead}Lord Carew's Marlowe International sold the paper.`, true)).toContain(
      "Marlowe International:organisation",
    );
  });
});

describe("a name right before a post and a person's name", () => {
  const typed = (text: string, models: boolean) => entities(text, models).sort();

  it("is the body the person works for, with or without the models", () => {
    for (const models of [true, false]) {
      expect(typed("Halvorsen Kemp analyst Dana Orr said prices would fall.", models)).toEqual([
        "Dana Orr:person",
        "Halvorsen Kemp:organisation",
      ]);
      // A club named after its town is still the club.
      expect(typed("Halifax manager Tom Brecker praised his players.", models)).toEqual([
        "Halifax:organisation",
        "Tom Brecker:person",
      ]);
    }
  });

  it("is no body when it is an ordinary word opening the sentence, or a portfolio", () => {
    expect(entities("Film director Tom Brecker is to direct an episode.", true)).toEqual([
      "Tom Brecker:person",
    ]);
    for (const models of [true, false])
      expect(entities("Charity boss Tom Brecker said so.", models)).toEqual(["Tom Brecker:person"]);
  });

  it("stays a place for a town's own posts, and a nationality is no body", () => {
    for (const models of [true, false]) {
      expect(typed("Halifax mayor Tom Brecker praised the volunteers.", models)).not.toContain(
        "Halifax:organisation",
      );
      expect(typed("Dutch coach Tom Brecker praised his players.", models)).toEqual(["Tom Brecker:person"]);
    }
  });
});

describe("a name after a post in a body and 'of'", () => {
  it("is that body, unless it is a place", () => {
    for (const models of [true, false]) {
      expect(entities("Prices rose, said Tom Brecker, director of Halvorsen Kemp.", models).sort()).toEqual([
        "Halvorsen Kemp:organisation",
        "Tom Brecker:person",
      ]);
      expect(entities("The spokeswoman for Dantor declined to comment.", models)).toEqual([
        "Dantor:organisation",
      ]);
      expect(entities("The president of France spoke on Monday.", models)).toEqual(["France:place"]);
      // An award is given for a person, not by a body.
      expect(entities("It won a nomination for Tom Brecker.", models)).not.toContain(
        "Tom Brecker:organisation",
      );
    }
  });
});

describe("a sentence's first word that news writes in lower case", () => {
  it("is not part of a two-word name after it (with the models' statistics)", () => {
    expect(entities("Rival Dantor has cut its prices.", true)).toEqual(["Dantor:organisation"]);
    expect(entities("A Halvorsen Kemp spokesman, Dana Orr, said prices would rise.", true)).toContain(
      "Dana Orr:person",
    );
    expect(entities("A Halvorsen Kemp spokesman, Dana Orr, said prices would rise.", true)).not.toContain(
      "A Halvorsen Kemp:person",
    );
  });

  it("stays when a country follows it, or in a longer name", () => {
    expect(entities("Environment Canada spokeswoman Dana Orr said it would act.", true)).toContain(
      "Environment Canada:organisation",
    );
    expect(entities("Greater Wexbury Police said two men were held.", true)).toEqual([
      "Greater Wexbury Police:organisation",
    ]);
  });
});

describe("titles of works and names of bands", () => {
  it("a title after a work noun, or before 'star' and a person, is no entity", () => {
    for (const models of [true, false]) {
      expect(entities("She starred in the comedy Evening Glade last year.", models)).toEqual([]);
      expect(entities("Vera Blue star Tom Brecker won the award.", models)).toEqual(["Tom Brecker:person"]);
    }
  });

  it("a band before a band member's post and name is an organisation, kept whole", () => {
    for (const models of [true, false])
      expect(entities("Rolling Pebbles singer Tom Brecker left the stage.", models).sort()).toEqual([
        "Rolling Pebbles:organisation",
        "Tom Brecker:person",
      ]);
  });
});

describe("a name spelled like a brand", () => {
  it("is no person: a product's name of several words is no entity", () => {
    expect(entities("Owners of a Kelmark GameTile praised the TrakBox, Dana Orr said.", true)).toEqual([
      "TrakBox:organisation",
      "Dana Orr:person",
    ]);
  });
});

describe("a word in capitals", () => {
  it("is no body when it is a post ('MP'), or used as a thing where the recogniser sees no name", () => {
    expect(entities("The MP said he would resign.", true)).toEqual([]);
    expect(entities("He downloaded the MP3 file on Monday.", true)).toEqual([]);
    expect(entities("The match starts at 1500 GMT on Sunday.", true)).toEqual([]);
  });

  it("stays an organisation where the recogniser reads one", () => {
    expect(entities("The BBC said it would appeal.", true)).toEqual(["BBC:organisation"]);
    expect(entities("Shares in BT rose on Monday.", true)).toEqual(["BT:organisation"]);
  });
});

describe("adjectives and currency signs", () => {
  it("a word shaped like a demonym before a common noun, and capitals fused to a currency sign, are no names", () => {
    for (const models of [true, false]) {
      expect(entities("The top names in Valdorese music are taking part.", models)).toEqual([]);
      expect(entities("In contrast to Valdorean rivals, sales rose.", models)).toEqual([]);
      expect(entities("It cut A$68m from profit targets.", models)).toEqual([]);
    }
  });
});

describe("a middle initial", () => {
  it("keeps a name whole and makes it a person's, with or without the models", () => {
    for (const models of [true, false]) {
      expect(entities("Officials said Dana J. Orrin would lead the inquiry.", models)).toEqual([
        "Dana J. Orrin:person",
      ]);
      expect(entities("The U.S. Army said the convoy had arrived.", models)).not.toContain(
        "U.S. Army:person",
      );
    }
  });
});

describe("a place preposition opening the sentence", () => {
  it("still says place for the name after it", () => {
    for (const models of [true, false])
      expect(
        entities("Near Qaryat Al Sharq, five strikes destroyed three oil well heads.", models),
      ).toContain("Qaryat Al Sharq:place");
  });
});

describe("a language's name", () => {
  it("is no entity anywhere in an article that uses it as a language's", () => {
    for (const models of [true, false])
      expect(
        entities(
          "Kessavi is taught in schools, teachers said. The Kessavi language has three dialects.",
          models,
        ),
      ).toEqual([]);
  });

  it("but a person speaking is no language", () => {
    expect(entities("Tom Brecker speaking on Monday said prices would rise.", true)).toEqual([
      "Tom Brecker:person",
    ]);
  });
});

describe("a single letter", () => {
  it("names nothing on its own", () => {
    for (const models of [true, false]) {
      expect(entities("The adjusted F statistic was employed.", models)).toEqual([]);
      expect(entities("A group of 40 residents said they would appeal.", models)).toEqual([]);
    }
  });
});

describe("a country's code written with stops", () => {
  it("is the country", () => {
    for (const models of [true, false])
      expect(entities("Officials in the U.S. said so on Monday.", models)).toEqual(["US:place"]);
  });
});

describe("place heads and transliterations", () => {
  it("a barrage or dam names a place, and a name after a language's label and a colon is no second entity", () => {
    for (const models of [true, false]) {
      expect(entities("Officials said the Kessar Barrage had 17 gates.", models)).toEqual([
        "Kessar Barrage:place",
      ]);
      expect(
        entities("Officials said the Kessar Barrage (Arabic: Sadd Kessar) had 17 gates.", models),
      ).toEqual(["Kessar Barrage:place"]);
    }
  });
});

describe("a rank that is also an adjective", () => {
  it("begins a body's name before an ordinary word, with or without the models", () => {
    for (const models of [true, false]) {
      expect(entities("General Turbines said profits rose.", models)).toEqual([
        "General Turbines:organisation",
      ]);
      expect(entities("Losses at General Pumps Europe widened.", models)).toEqual([
        "General Pumps Europe:organisation",
      ]);
    }
  });

  it("is still a title before a name", () => {
    for (const models of [true, false])
      expect(entities("General Arvid Kessler said the unit had left.", models)).toEqual([
        "Arvid Kessler:person",
      ]);
  });
});

describe("a demonym-shaped word before a hyphenated common word", () => {
  it("is an adjective, not a place", () => {
    expect(entities("Shares rose in Mediterranean low-cost airlines.", true)).toEqual([]);
  });
});

describe("'and' inside a capitalised run", () => {
  it("joins ordinary words to the head after it in one body's name", () => {
    for (const models of [true, false]) {
      expect(entities("The Grain and Fodder Commission said exports fell.", models)).toEqual([
        "Grain and Fodder Commission:organisation",
      ]);
      expect(entities("The Danish Steel and Cable Authority said prices fell.", models)).toContain(
        "Danish Steel and Cable Authority:organisation",
      );
    }
  });

  it("does not join a second name that has its own determiner", () => {
    const found = entities("The Velmora Gazette and the Dunmore Trade Council agreed.", false);
    expect(found).toContain("Dunmore Trade Council:organisation");
    expect(found.some((e) => e.includes(" and "))).toBe(false);
  });
});

describe("a name after a business noun and 'at'", () => {
  it("is a business, where a venue after 'at' stays a place", () => {
    for (const models of [true, false]) {
      const found = entities("Profits at Brenvik rose, said Dana Orr, an analyst at Tarsel Holm.", models);
      expect(found).toContain("Brenvik:organisation");
      expect(found).toContain("Tarsel Holm:organisation");
    }
  });
});

describe("a title after a work noun", () => {
  it("is no entity, whatever its words or shape", () => {
    for (const models of [true, false]) {
      expect(
        entities("Her album The Kestrel College sold well, and the game Vendrix III did too.", models),
      ).toEqual([]);
      expect(
        entities("Fans bought his single Orlin Tass, and the series Harwick Lane ended.", models),
      ).toEqual([]);
    }
  });
});

describe("a company or group after a name and lower-case words", () => {
  it("is a description, not a unit: the name after it is the body", () => {
    for (const models of [true, false]) {
      const found = entities("Web tracking company Brenvik said downloads rose.", models);
      expect(found).toEqual(["Brenvik:organisation"]);
      expect(entities("Officials met the Velmora civil rights group on Monday.", models)).not.toContain(
        "Velmora civil rights group:organisation",
      );
    }
  });

  it("is still a unit right after its name", () => {
    expect(entities("Fighters from the Korvane group left Dunmore.", false)).toContain(
      "Korvane group:organisation",
    );
  });
});

describe("a title an article introduces with a work noun", () => {
  it("is no entity anywhere in that article", () => {
    const text = [
      "Critics praised the film The Harwick Lane, starring Dana Orrell.",
      "Harwick Lane won three awards, and Orrell thanked the cast.",
    ].join(" ");
    for (const models of [true, false]) {
      expect(entities(text, models).filter((e) => e.startsWith("Harwick"))).toEqual([]);
    }
  });

  it("is no title after 'a single' before a common noun", () => {
    const text = "The firm sold a single Vendrix device, and Vendrix said sales would rise.";
    expect(entities(text, false).filter((e) => e.startsWith("Vendrix"))).not.toEqual([]);
  });
});

describe("a participle opening the sentence", () => {
  it("is no first word of the name after it ('Speaking on X')", () => {
    for (const models of [true, false]) {
      expect(entities("Speaking on Kestrel Radio, Dana Orrell declined to comment.", models)).toEqual([
        "Kestrel Radio:organisation",
        "Dana Orrell:person",
      ]);
    }
  });
});

describe("a storm's name", () => {
  it("is a disaster, not a person", () => {
    for (const models of [true, false])
      expect(entities("Aid reached villages hit by Typhoon Orlena on Monday.", models)).toEqual([
        "Typhoon Orlena:event",
      ]);
  });
});

describe("a nationality noun before a surname alone", () => {
  it("describes the person, where an adjective needs a full name after it", () => {
    for (const models of [true, false]) {
      expect(entities("Spaniard Orrantia beat the top seed.", models)).toEqual(["Orrantia:person"]);
      expect(entities("Shares in Tunisian Airways rose.", models)).toContain("Tunisian Airways:organisation");
    }
  });
});

describe("a competition's or ceremony's name", () => {
  it("is an event even after a body's word, and 'the Olympics' alone is the games", () => {
    for (const models of [true, false]) {
      expect(entities("Velmora won the League Cup, and the Academy Awards went ahead.", models)).toEqual(
        expect.arrayContaining(["League Cup:event", "Academy Awards:event"]),
      );
      expect(entities("She won gold at the Olympics on Monday.", models)).toEqual(["Olympics:event"]);
    }
  });
});

describe("a body's kind alone opening the sentence before a post", () => {
  it("names no body; the person after it is still named", () => {
    for (const models of [true, false]) {
      expect(entities("Committee chairman Dana Orrell said the inquiry was complex.", models)).toEqual([
        "Dana Orrell:person",
      ]);
      expect(entities("Parliament voted on Monday.", models)).toEqual(["Parliament:organisation"]);
    }
  });
});

describe("a language's or people's adjective, and a plural of a post in capitals", () => {
  it("are no place and no body", () => {
    for (const models of [true, false]) {
      expect(entities("The film was shown in Flemish and Danish in Lviv.", models)).toEqual(["Lviv:place"]);
      expect(entities("The MPs voted against Dana Orrell's bill.", models)).toEqual(["Dana Orrell:person"]);
    }
  });
});

/** Session 6's typing cues: each text's entities, the same with and without the models. */
const CUES: [cue: string, text: string, expected: string[]][] = [
  [
    "an unknown name and a continent is a company's arm",
    "Zentrix Europe said sales rose.",
    ["Zentrix Europe:organisation"],
  ],
  [
    "a word naming a part of a continent makes a region",
    "Trade with Latin America and Southeast Asia grew.",
    ["Latin America:place", "Southeast Asia:place"],
  ],
  [
    "a word news text writes in lower case is no name for opening a sentence",
    "Organisers said the race in Leeds would go ahead.",
    ["Leeds:place"],
  ],
  [
    "a country's possessive and a lower-case body noun is a body",
    "Germany's central bank and Britain's health ministry warned of risks.",
    ["Germany's central bank:organisation", "Britain's health ministry:organisation"],
  ],
  [
    "a ranked or described body is no name of its own",
    "Zentrix, Japan's third-largest bank, and Spain's leading retail bank grew.",
    ["Zentrix:organisation", "Japan:place", "Spain:place"],
  ],
  [
    "a body's description before a name describes that name",
    "Talks with German investment bank Zentrix Partners went on.",
    ["Zentrix Partners:organisation"],
  ],
  [
    "names joined by '&' are one firm",
    "The bank dropped its auditors, Pembrook & Halliwell, last year.",
    ["Pembrook & Halliwell:organisation"],
  ],
  [
    "countries joined by '&' stay two",
    "Serbia & Montenegro drew with Spain.",
    ["Serbia:place", "Montenegro:place", "Spain:place"],
  ],
  [
    "capitals the article pluralises are a thing",
    "The ZTX ships next year. Most ZTXs sold in Leeds have a drive.",
    ["Leeds:place"],
  ],
  ["capitals the article owns are a thing", "She bought a new ZTX. The ZTX has a drive.", []],
  [
    "capitals that act and speak are a body",
    "The ZTX said profits rose. A ZTX spokesman agreed.",
    ["ZTX:organisation"],
  ],
  [
    "a title before a body's head names the body",
    "The Justice Department refused to say.",
    ["Justice Department:organisation"],
  ],
  [
    "a title before a person's name stays a title",
    "Justice Minister Harold Pemberton said so.",
    ["Harold Pemberton:person"],
  ],
  [
    "a company's last word makes an organisation",
    "Zentrix Software has come up with a new tool.",
    ["Zentrix Software:organisation"],
  ],
  [
    "a newspaper's last word beats a compass word",
    "Writing in the Northern Echo, she said so.",
    ["Northern Echo:organisation"],
  ],
  [
    "a person of a company named by its last word",
    "Prices will rise, said Harold Finch of Zentrix Securities.",
    ["Harold Finch:person", "Zentrix Securities:organisation"],
  ],
  [
    "'the state of X' keeps X's name",
    "The firm moved to the US state of Delaware.",
    ["US:place", "Delaware:place"],
  ],
  [
    "'the state of X's' is no place noun",
    "Ministers knew the state of Scotland's jails. Scotland voted.",
    ["Scotland:place"],
  ],
  ["'the region of X' names the region", "Shelling hit the region of Kherson.", ["Kherson region:place"]],
  [
    "a name after an occupation is a person, not a town of that name",
    "The UK charts were topped by singer Bideford, with fans in London cheering.",
    ["UK:place", "London:place", "Bideford:person"],
  ],
  [
    "a name after a band's frontman or a side's striker is a person",
    "Crowds cheered frontman Bideford and striker Ludlow in London, and singer Tyrol later.",
    ["London:place", "Bideford:person", "Ludlow:person", "Tyrol:person"],
  ],
  [
    "a large town's name before a noun is the town, not a person",
    "The deal pleased Bristol producers and Kelvin Marsh said so.",
    ["Bristol:place", "Kelvin Marsh:person"],
  ],
  [
    "a band's kind noun before the name's article makes an organisation",
    "It included boy band the Kelvin City Rollers, critics said.",
    ["Kelvin City Rollers:organisation"],
  ],
  [
    "a month after a word of time is a date, not a name's first word",
    "In September Vendrix Systems released statistics on spam.",
    ["Vendrix Systems:organisation"],
  ],
  [
    "a name before a product's, a program's or a currency's noun is no body",
    "The Vendrix worm hit banks, costing 1bn ZQF francs, the Kelvin Bank said.",
    ["Kelvin Bank:organisation"],
  ],
  [
    "a month after a given name is a surname, and a month after 'in' a date",
    "The guitarist Petra May played in May 2004, and in June Vendrix Systems bought her label.",
    ["Petra May:person", "Vendrix Systems:organisation"],
  ],
  [
    "a party before a member of a parliament is a body, even opening the sentence",
    "Kestrel MSP Dana Orrin said the plan was wrong.",
    ["Kestrel:organisation", "Dana Orrin:person"],
  ],
  [
    "a word news text writes in lower case is no name for opening a quotation",
    '"Everybody says the plan failed," said Dana Orr.',
    ["Dana Orr:person"],
  ],
  [
    "a work's subtitle after a colon is the work's name too",
    "Sales rose after the release of the game Kelvin Thieves: Dunmore Nights. Dunmore Nights sold well in London.",
    ["London:place"],
  ],
  [
    "a town's name after 'said' at a sentence's end is a speaker's, not the town",
    "US buyers will drive growth, the report found, said Kenosha.",
    ["US:place"],
  ],
  [
    "in a sports report a village abroad after 'from' is a club, a given name a player",
    "Kestrel United won 2-1 at home on Saturday, with two goals in the second half of the match. The striker scored twice, and the keeper saved a penalty. Manager Dana Orr wants to sign defender Tom Reeve from Tywyn, after a cross from Tim.",
    [
      "Kestrel United:organisation",
      "Dana Orr:person",
      "Tom Reeve:person",
      "Tywyn:organisation",
      "Tim:person",
    ],
  ],
  [
    "a given name before the full name the recogniser finds is the rest of that name",
    "Past players Eric Dorne and Ole Gunnar Brekke backed the group.",
    ["Eric Dorne:person", "Ole Gunnar Brekke:person"],
  ],
  [
    "an event word before a person's or a thing's noun names no event",
    "He denied being a German war criminal, said election coordinator Dana Orr.",
    ["Dana Orr:person", "Germany:place"],
  ],
  [
    "an emergency hearing and the idiom 'in operation' are no events",
    "Dana Orr spoke at an emergency hearing in Houston about rules like those in operation in Peru.",
    ["Dana Orr:person", "Houston:place", "Peru:place"],
  ],
  [
    "a part of a capital, or the last of a list, acting is the city, not its state",
    "Shops in central London were busy, and Leeds and Paris are next.",
    ["London:place", "Leeds:place", "Paris:place"],
  ],
  [
    "a name typed by its shape alone takes the kind of the list it stands in",
    "Disturbances spread to the Midlands, Yorkshire, Bristol and Leeds, police said.",
    ["Midlands:place", "Yorkshire:place", "Bristol:place", "Leeds:place"],
  ],
  [
    "a forum is a body, and a town's name before 'for the' no part of it",
    "Delegates from Leeds for the Kelmark Social Forum met Dana Orr.",
    ["Leeds:place", "Kelmark Social Forum:organisation", "Dana Orr:person"],
  ],
  [
    "a name before 'award' or 'prize' is the prize's, unless it is a body's",
    "The film won the Golden Kestrel award at Dunmore, and the Velmor Guild awards went to Dana Orr.",
    ["Dunmore:place", "Velmor Guild:organisation", "Dana Orr:person"],
  ],
  [
    "a band's kind noun makes an organisation",
    "Scottish band Harold Pemberton won two awards.",
    ["Harold Pemberton:organisation"],
  ],
  [
    "a sports side's kind noun makes a club",
    "He wants to train with Romanian side Dinamo Zorbatka during his ban.",
    ["Dinamo Zorbatka:organisation"],
  ],
  [
    "a full name of a country is a person",
    "He spoke to Australia coach Harold Finch and Walter Ashby of South Africa after the tour.",
    ["Australia:place", "Harold Finch:person", "Walter Ashby:person", "South Africa:place"],
  ],
  [
    "a number before a unit noun names no unit",
    "Two task forces have been set up in Leeds.",
    ["Leeds:place"],
  ],
  [
    "a unit noun after a name makes a unit",
    "The Zorbatka battalion fought on.",
    ["Zorbatka battalion:organisation"],
  ],
  [
    "a past participle opening the sentence is no name's first word",
    "Interviewed on Zentrix Radio, she said it was fine.",
    ["Zentrix Radio:organisation"],
  ],
  [
    "a number of nations is a tournament, united ones a body",
    "England lost in the Six Nations, the United Nations said.",
    ["England:place", "United Nations:organisation", "Six Nations:event"],
  ],
  [
    "a conference or summit is an event",
    "Engineers met at the Zorbatka Developers Conference in Leeds.",
    ["Leeds:place", "Zorbatka Developers Conference:event"],
  ],
  ["a prize is no entity", "The Zorba-winning writer won a Zorba for the novel in Leeds.", ["Leeds:place"]],
  [
    "the plural of a prize is its ceremony",
    "She won a Zorba last year and hopes to win again at the Zorbas.",
    ["Zorbas:event"],
  ],
  [
    "a name opening its sentence with a plural verb is a body",
    "Pembrook Halliwell are the sole bookrunners.",
    ["Pembrook Halliwell:organisation"],
  ],
  [
    "a list's last name before a plural verb is a person",
    "Stars including Harold Finch and actor Walter Ashby have paid tribute.",
    ["Harold Finch:person", "Walter Ashby:person"],
  ],
];

describe("session 6's typing cues, with and without the models", () => {
  it.each(CUES)("%s", (_cue, text, expected) => {
    for (const models of [true, false]) expect(entities(text, models)).toEqual(expected);
  });
});

describe("an ordinary word and a country's or nation's name", () => {
  it("are two names, not one body; the word, if taken, is no place or person", () => {
    for (const models of [true, false]) {
      const found = entities(
        "However, former Spurs and England defender Dana Orr said he would stay.",
        models,
      );
      expect(found).toEqual(expect.arrayContaining(["England:place", "Dana Orr:person"]));
      expect(found.filter((e) => e.includes(" and "))).toEqual([]);
      expect(found.filter((e) => e.startsWith("Spurs:") && e !== "Spurs:organisation")).toEqual([]);
      expect(found.length).toBeLessThanOrEqual(3);
    }
  });
});

describe("a name and a unit noun after it", () => {
  it("make no unit across a verb ('X joined forces')", () => {
    for (const models of [true, false])
      expect(entities("Zentrix and Halliwell joined forces to build phones.", models)).not.toContain(
        "Halliwell joined forces:organisation",
      );
  });
});

describe("a name, an event word and a name", () => {
  it("are subject, verb and object, not an event ('X visit Y')", () => {
    for (const models of [true, false]) {
      const found = entities(
        "Southampton visit Northampton on Saturday, having won there last season.",
        models,
      );
      expect(found.filter((e) => e.endsWith(":event"))).toEqual([]);
      expect(found).toEqual(expect.arrayContaining(["Southampton:place", "Northampton:place"]));
    }
  });

  it("still make an event after a determiner ('the Paris visit')", () => {
    for (const models of [true, false])
      expect(entities("The minister's Paris visit ended early.", models)).toContain("Paris visit:event");
  });
});

describe("a participle opening a sentence before 'by'", () => {
  it("is no name ('Stung by the defeat, …'), where a known place or given name still is", () => {
    for (const models of [true, false]) {
      expect(entities("Stung by the defeat, the home side replied within a minute.", models)).toEqual([]);
      expect(entities("Paris by the end of May will host the talks.", models)).toContain("Paris:place");
    }
  });
});

describe("a sports report's play", () => {
  it("makes no attack, strike, battle or summit events ('a right-footed strike')", () => {
    const report =
      "Kestrel United beat Dunmore Rovers 2-1 on Saturday in front of 20,000 fans. Striker Tom Reeve's right-footed strike put the home side in front, and the defence held every attack. The win keeps them at the Premiership summit after the battle for the points. The goal came in the second half of the match.";
    for (const models of [true, false])
      expect(entities(report, models).filter((e) => e.endsWith(":event"))).toEqual([]);
  });

  it("still makes them in other news", () => {
    expect(entities("The attack on the market killed two people, police said.", false)).toContain(
      "attack:event",
    );
  });
});

describe("a withdrawal and a plan", () => {
  it("are events only as an army's withdrawal, and a battle plan is none", () => {
    for (const models of [true, false]) {
      expect(entities("Its withdrawal from the contract was the largest cancellation.", models)).toEqual([]);
      expect(entities("The withdrawal of troops began on Monday.", models)).toContain("withdrawal:event");
      expect(entities("Party battle plan unveiled", models).filter((e) => e.endsWith(":event"))).toEqual([]);
    }
  });
});

describe("a name ending in 'Games'", () => {
  it("is a games maker unless a place, a people or a kind of meeting comes first", () => {
    for (const models of [true, false]) {
      const found = entities(
        "Game makers such as Quorvex Games are for sale. Quorvex warned it was low on cash.",
        models,
      );
      expect(found).toContain("Quorvex Games:organisation");
      expect(found.filter((e) => e.startsWith("Quorvex:"))).toEqual([]);
      expect(entities("She won gold at the Athens Games and the Commonwealth Games.", models)).toEqual([
        "Athens Games:event",
        "Commonwealth Games:event",
      ]);
    }
  });
});

describe("a member's seat and a player's ranking", () => {
  it("make the name after 'MP for' a place, and the member named after it a person", () => {
    for (const models of [true, false]) {
      expect(
        entities("Dana Orr, 58, MP for Kestrelby in Velmorshire, said she would stand down.", models),
      ).toContain("Kestrelby:place");
      expect(entities("Labour MP for Dunmore West Tomas Brandt said the seat was safe.", models)).toEqual(
        expect.arrayContaining(["Dunmore West:place", "Tomas Brandt:person"]),
      );
    }
  });

  it("make the name after 'world number six' a player", () => {
    for (const models of [true, false])
      expect(entities("She lost to world number six Quorvana in the final on Sunday.", models)).toContain(
        "Quorvana:person",
      );
  });
});

describe("a place noun between two names, and an acronym before a place", () => {
  it("makes the name after 'town of' the town, and the one before where it lies", () => {
    for (const models of [true, false]) {
      expect(entities("She testified in the Californian town of Santa Maria on Monday.", models)).toEqual([
        "Santa Maria:place",
      ]);
      expect(entities("He was born in the small Fife town of Kirkcaldy.", models)).toEqual([
        "Fife:place",
        "Kirkcaldy:place",
      ]);
      expect(entities("Money went to the Darfur region of Sudan.", models)).toEqual([
        "Darfur region:place",
        "Sudan:place",
      ]);
    }
  });

  it("makes an acronym before a large place a body's arm or a club ('BBC Scotland'), not initials ('JM Barrie')", () => {
    for (const models of [true, false]) {
      expect(entities("He spent two years at PSV Eindhoven before the move.", models)).toContain(
        "PSV Eindhoven:organisation",
      );
      expect(entities("The play was written by JM Barrie in 1904.", models)).not.toContain(
        "JM Barrie:organisation",
      );
    }
  });
});

describe("a sentence's first word that the article writes in lower case as a plural", () => {
  it("is that word before a noun ('Drone strikes hit X' where the article writes 'drones')", () => {
    for (const models of [true, false])
      expect(
        entities(
          "Drone strikes hit Tarnby overnight. Velmor said its drones had been shot down over Tarnby.",
          models,
        ).filter((e) => e.startsWith("Drone")),
      ).toEqual([]);
  });

  it("stays a name before a verb ('Orrin said' in an article about orrins)", () => {
    expect(
      entities("Orrin said on Monday that Velmor Bank would ban orrins across Tarnby.", false).filter((e) =>
        e.startsWith("Orrin"),
      ).length,
    ).toBe(1);
  });
});

describe("a body's head word inside other names", () => {
  it("does not make a person after an occupation a body ('star Thomas Hayden Church')", () => {
    for (const models of [true, false])
      expect(entities("The favourite is Velmor star Thomas Hayden Church.", models)).toContain(
        "Thomas Hayden Church:person",
      );
  });

  it("makes 'Central Bank of X' a body, not a region named by a compass word", () => {
    for (const models of [true, false])
      expect(entities("The IMF said the Central Bank of Liberia must be strengthened.", models)).toContain(
        "Central Bank of Liberia:organisation",
      );
  });
});

describe("idioms with an event's word", () => {
  it("makes no war of 'the war of words between X and Y'", () => {
    for (const models of [true, false])
      expect(
        entities("The war of words between Velmor Bank and Tarnby Group heated up this week.", models).filter(
          (e) => e.endsWith(":event"),
        ),
      ).toEqual([]);
  });
});

describe("an unknown name before a product's plural", () => {
  it("is the maker or platform, no person ('a setting on Symbian phones')", () => {
    for (const models of [true, false])
      expect(
        entities("Users can protect themselves by altering a setting on Velmorix phones.", models),
      ).toEqual(["Velmorix:organisation"]);
  });
});

describe("a number opening a sentence", () => {
  it("names no one ('Tens of thousands rallied', 'Hundreds of people fled')", () => {
    for (const models of [true, false])
      for (const text of [
        "Tens of thousands of people rallied in Tbilisi on Sunday.",
        "Hundreds of families fled Tarnby overnight.",
      ])
        expect(
          entities(text, models).filter((e) => e.startsWith("Tens") || e.startsWith("Hundreds")),
          text,
        ).toEqual([]);
  });
});

describe("a headline opening with an ordinary word the article writes in lower case", () => {
  it("makes no facility of the words after it ('Drone attack sets fuel depot ablaze')", () => {
    for (const models of [true, false])
      expect(
        entities(
          "Drone attack sets fuel depot ablaze in Abkhazia\n\nA drone attack set a fuel depot on fire in the port city of Sukhumi overnight.",
          models,
        ).filter((e) => e.includes("depot")),
      ).toEqual([]);
  });
});

describe("headline abbreviations and laws", () => {
  it("reads 'S Korea', 'N Korea' as the countries", () => {
    for (const models of [true, false]) {
      const x = extractArticle(
        {
          id: "t",
          files: ["t.txt"],
          text: "S Korea spending boost to economy.\n\nN Korea tested a missile.",
        },
        { models },
      );
      expect(x.entities.map((e) => `${e.type}:${e.geo ?? ""}`)).toEqual(
        expect.arrayContaining(["place:KR", "place:KP"]),
      );
    }
  });

  it("makes no judge of a law's 'Justice' ('the Criminal Justice Act')", () => {
    for (const models of [true, false])
      expect(
        entities(
          "By making provision in the Criminal Justice Act, the Velmor Parliament sent a clear signal.",
          models,
        ).filter((e) => e.endsWith(":person")),
      ).toEqual([]);
  });
});

describe("a lone word paired with a country by 'and'", () => {
  it("is a body, unless it is the surname of someone the article names ('between Israel and Velmorix')", () => {
    for (const models of [true, false]) {
      expect(
        entities(
          "Qatar has mediated between Israel and Velmorix for months. Velmorix said it was ready.",
          models,
        ),
      ).toContain("Velmorix:organisation");
      expect(
        entities(
          "Prime Minister Dana Orrell spoke on Monday. Talks between Israel and Orrell resumed in Cairo.",
          models,
        ),
      ).toContain("Dana Orrell:person");
    }
  });
});
