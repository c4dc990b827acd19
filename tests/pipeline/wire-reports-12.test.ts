/**
 * Wording session 12 read: a person "of" a body after a title, posts in a body named in an earlier
 * sentence ("The firm's chairman, X,"), a bank named with a compass word, a federation's bodies.
 * Invented people, bodies and towns.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/pipeline/extract";

function read(text: string, models = true) {
  const x = extractArticle({ id: "t", files: ["t.txt"], text: `Report\n\n${text}` }, { models });
  const live = x.entities.filter((e) => e.mentions.length > 0);
  return {
    entities: live.map((e) => `${e.label}:${e.type}`),
    labels: live.map((e) => e.label),
    relations: x.relations.map(
      (r) => `${r.type} ${x.entities[r.source]!.label} -> ${x.entities[r.target]!.label}`,
    ),
  };
}

describe("a person of a body", () => {
  it("after a title, ends before 'of' and is a member of the body ('Dr X Y of the Z Trust')", () => {
    for (const models of [true, false]) {
      const found = read(
        "Dr Ana Korvel of the Western Health Trust said the wards were full. Captain Ivo Marsh of the Royal Navy said the ship had sailed.",
        models,
      );
      expect(found.entities).toEqual(
        expect.arrayContaining([
          "Ana Korvel:person",
          "Western Health Trust:organisation",
          "Ivo Marsh:person",
          "Royal Navy:organisation",
        ]),
      );
      expect(found.relations).toContain("member-of Ana Korvel -> Western Health Trust");
      // A captain of a navy is one of its people: no command of the whole navy.
      expect(found.relations).toContain("member-of Ivo Marsh -> Royal Navy");
      expect(found.relations).not.toContain("commands Ivo Marsh -> Royal Navy");
    }
  });

  it("keeps a peer's 'of' in the name ('Lord X of Y'), but not before a body ('Lord X of the Y Trust')", () => {
    const found = read(
      "Lord Penhale of Ipswich said the bill was flawed. Former Trade Minister Lord Tarvin of Ipswich agreed. Dr Marsh of the Kestrel Union agreed. Lady Orrin of the Velmo Trust said so too.",
    );
    expect(found.labels.some((l) => l.includes("Penhale of Ipswich"))).toBe(true);
    // (a post before the peer's title too)
    expect(found.labels.some((l) => l.includes("Tarvin of Ipswich"))).toBe(true);
    expect(found.relations).toContain("member-of Marsh -> Kestrel Union");
    expect(found.relations).toContain("member-of Orrin -> Velmo Trust");
    expect(found.relations.filter((r) => r.includes("Penhale"))).toEqual([]);
  });

  it("without a title, is a member too, also when the given name is an ordinary word ('Angel X of the Y')", () => {
    const found = read(
      "A speech by Angel Duremont of the BBC drew a crowd. Rhian Talbern of the JCWI said the rules were unfair.",
    );
    expect(found.entities).toEqual(expect.arrayContaining(["Angel Duremont:person", "Rhian Talbern:person"]));
    expect(found.relations).toContain("member-of Angel Duremont -> BBC");
    expect(found.relations).toContain("member-of Rhian Talbern -> JCWI");
  });

  it("is split where the recogniser reads the whole 'X Y of the Z' as one person", () => {
    const found = read("Tomaso Verrin of the FBI said the inquiry was closed.");
    expect(found.entities).toEqual(expect.arrayContaining(["Tomaso Verrin:person", "FBI:organisation"]));
    expect(found.labels.filter((l) => l.includes(" of "))).toEqual([]);
    expect(found.relations).toContain("member-of Tomaso Verrin -> FBI");
  });

  it("makes a body of a firm named after people ('X Y of Drexmann Kleinholt Vassar')", () => {
    const found = read(
      "Prices rose sharply, explained Kazuro Tanaki of Drexmann Kleinholt Vassar, which advises steel makers.",
    );
    expect(found.entities).toEqual(
      expect.arrayContaining(["Kazuro Tanaki:person", "Drexmann Kleinholt Vassar:organisation"]),
    );
    expect(found.relations).toContain("member-of Kazuro Tanaki -> Drexmann Kleinholt Vassar");
  });
});

describe("posts in a body named in an earlier sentence", () => {
  const report =
    "Volmera Motors reported record profits on Tuesday. The firm's chairman, Ilse Brandvik, will step down next year. The company's finance director, Jonas Rielle, said costs had risen. Its chief executive Maren Holtby said demand was strong.";

  it("'The firm's chairman, X,' and 'Its chief executive X said' hold posts in that body", () => {
    const found = read(report);
    expect(found.relations).toEqual(
      expect.arrayContaining([
        "leads Ilse Brandvik -> Volmera Motors",
        "member-of Jonas Rielle -> Volmera Motors",
        "leads Maren Holtby -> Volmera Motors",
      ]),
    );
  });

  it("take the body whose name holds the kind ('The bank's governor') from the sentence before", () => {
    const found = read(
      "Tarsk Holdings and the Northern Reserve Bank met on Thursday. The bank's governor, Amara Oseni, said inflation remained too high.",
    );
    expect(found.relations).toContain("leads Amara Oseni -> Northern Reserve Bank");
    expect(found.relations).not.toContain("leads Amara Oseni -> Tarsk Holdings");
  });

  it("further back, only a body a sentence opens with", () => {
    const found = read(
      "Members of the Kestrel Union voted in a poll. A magazine in Dundee ran the list of the best bands. The magazine's music editor Mark Robbery said the vote was close.",
    );
    expect(found.entities).toContain("Kestrel Union:organisation");
    expect(found.relations.filter((r) => r.includes("Mark Robbery -> Kestrel Union"))).toEqual([]);
  });
});

describe("banks and federal bodies", () => {
  it("a bank's name opening with a compass word is a body; a two-word 'X Bank' of a river is a place", () => {
    const found = read(
      "The Northern Reserve Bank raised interest rates. The Eastern Development Bank lent $2bn. Troops entered the West Bank.",
    );
    expect(found.entities).toEqual(
      expect.arrayContaining([
        "Northern Reserve Bank:organisation",
        "Eastern Development Bank:organisation",
        "West Bank:place",
      ]),
    );
  });

  it("'Federal' opens a body's name, not a place's ('Federal Reserve'), except a place head's ('Federal Capital Territory')", () => {
    for (const models of [true, false]) {
      const found = read(
        "Federal Reserve officials met on Tuesday. The Federal Reserve raised rates. He moved to the Federal Capital Territory.",
        models,
      );
      expect(found.entities).toContain("Federal Reserve:organisation");
      expect(found.entities).toContain("Federal Capital Territory:place");
    }
  });
});

describe("people's names", () => {
  it("after a rank written with a hyphen ('Lieutenant-General X Y Z', 'Vice-Admiral X Y')", () => {
    for (const models of [true, false]) {
      const found = read(
        "The delegation was led by Lieutenant-General Osric Bawaker Hamdi on Monday. Vice-Admiral Ivo Rookes said the fleet had sailed.",
        models,
      );
      expect(found.entities).toEqual(
        expect.arrayContaining(["Osric Bawaker Hamdi:person", "Ivo Rookes:person"]),
      );
      expect(found.labels.filter((l) => /Lieutenant|Admiral/.test(l))).toEqual([]);
    }
  });

  it("keep a second surname the recogniser leaves out ('named X Y Z as prime minister')", () => {
    const found = read("The president named Ernesto Quillca Manrique as prime minister on Thursday.");
    expect(found.entities).toContain("Ernesto Quillca Manrique:person");
  });

  it("are people after a country's possessive even where the recogniser reads a place ('Britain's Harriet X')", () => {
    const found = read("Varenka beat Britain's Harriet Ashdale in a three-hour semifinal on Friday.");
    expect(found.entities).toContain("Harriet Ashdale:person");
    expect(found.relations.filter((r) => r.includes("Harriet Ashdale"))).toEqual([]);
  });
});

describe("a wire report's opening", () => {
  const report =
    "Rebels take town\n\nGOMA, Democratic Republic of Congo, March 3 (Velmora) - Rebels of the Kivu Patriotic Front (KPF) captured the tin-mining town of Nyakoro in North Kivu province on Monday, local officials said.";

  it("takes a long country in the dateline as the dateline's, so its town does not act", () => {
    for (const models of [true, false]) {
      const found = read(report, models);
      expect(found.relations).toContain("captured Kivu Patriotic Front -> Nyakoro");
      expect(found.relations.filter((r) => r.startsWith("captured Goma"))).toEqual([]);
      // The agency credits the report.
      expect(found.labels.filter((l) => l.startsWith("Velmora"))).toEqual([]);
    }
  });

  it("types the credited agency a body where the text names it ('told Velmora by telephone')", () => {
    const found = read(`${report} The commander told Velmora by telephone that the town was calm.`);
    expect(found.entities).toContain("Velmora:organisation");
  });

  it("reads 'Rebels of X', 'Fighters of Y' opening a sentence as that body acting", () => {
    for (const models of [true, false]) {
      const found = read(
        "Fighters of the Tarsk Liberation Front seized the border town of Kelvo on Friday. Rebels of the Kivu Patriotic Front captured Nyakoro.",
        models,
      );
      expect(found.labels.filter((l) => /^(?:Fighters|Rebels)/.test(l))).toEqual([]);
      expect(found.relations).toEqual(
        expect.arrayContaining([
          "captured Tarsk Liberation Front -> Kelvo",
          "captured Kivu Patriotic Front -> Nyakoro",
        ]),
      );
    }
  });

  it("but a commander of a body is no body acting ('A commander of X captured')", () => {
    const found = read("A commander of the Kivu Patriotic Front captured the town of Nyakoro on Monday.");
    expect(found.relations.filter((r) => r.startsWith("captured"))).toEqual([]);
  });
});

describe("a trade practised at a body", () => {
  it("makes the person a member ('X, an economist at Y', 'a researcher with Z', 'a Sahel researcher at W')", () => {
    for (const models of [true, false]) {
      const found = read(
        "Prices rose, said Adwoa Boatemaa, an economist at Coastline Capital in Accra. Ana Reyna, a scientist with the Kestrel Trust, agreed. Bamako has a tool, said Amina Keitane, a Sahel researcher at the Sahel Risk Institute.",
        models,
      );
      expect(found.relations).toEqual(
        expect.arrayContaining([
          "member-of Adwoa Boatemaa -> Coastline Capital",
          "member-of Ana Reyna -> Kestrel Trust",
          "member-of Amina Keitane -> Sahel Risk Institute",
        ]),
      );
    }
  });

  it("but not where the person only uses it ('X, a customer at Y Bank')", () => {
    const found = read("Jon Balter, a customer at Velmo Bank, said the queue was long.");
    expect(found.relations.filter((r) => r.startsWith("member-of"))).toEqual([]);
  });

  it("a post with a rank before the name, in a body named in the sentence before ('Its chairwoman, Justice X,')", () => {
    const found = read(
      "The Tarnland Electoral Commission met on Monday. Its chairwoman, Justice Edith Nyirova, said turnout was high. The 118th Mechanized Brigade held the line. The brigade's commander, Colonel Andrei Sytnov, said tanks were destroyed.",
    );
    expect(found.relations).toEqual(
      expect.arrayContaining([
        "leads Edith Nyirova -> Tarnland Electoral Commission",
        "commands Andrei Sytnov -> 118th Mechanized Brigade",
      ]),
    );
  });
});

describe("a body in a town", () => {
  it("is located there ('an economist at X in Accra', 'the Y Research Centre (YRC) in Mwanza')", () => {
    const found = read(
      "Prices rose, said Adwoa Boatemaa, an economist at Coastline Capital in Accra. The trial was led by the Lake Tarn Medical Research Centre (LTMRC) in Mwanza.",
    );
    expect(found.relations).toEqual(
      expect.arrayContaining([
        "located-in Coastline Capital -> Accra",
        "located-in Lake Tarn Medical Research Centre -> Mwanza",
      ]),
    );
  });

  it("but an armed body, a country, or a name read by its shape alone is not placed by 'in'", () => {
    const found = read(
      "Rebels attacked the army in Goma on Monday. Velmo Bank in France cut jobs. The Lions face the Tarn Blacks in Christchurch in June.",
    );
    expect(found.relations.filter((r) => r.startsWith("located-in"))).toEqual([]);
  });
});

describe("sieges and guns", () => {
  it("but farmers' blockades and an airline's or a rocket maker's machines are no attacks", () => {
    const found = read(
      "Farmers blockaded the port of Tarnby on Monday. The Kelby Dockers Union blockaded Tarnby port. SpaceX rockets struck the launch pad at Tarnby. Norvane Airways jets hit the runway at Kassala.",
    );
    expect(found.relations.filter((r) => r.startsWith("attacked"))).toEqual([]);
  });

  it("besieging and encircling are attacks; a body's artillery acts for it", () => {
    for (const models of [true, false]) {
      const found = read(
        "The Kordal Shield Forces (KSF) control the east. Residents said KSF artillery shelled the Tarin displacement camp on Sunday. Kassala has been encircled by the KSF since May. The Chindwe Defence Force (CDF) says it has besieged the garrison at Kalemo for three weeks.",
        models,
      );
      expect(found.relations).toEqual(
        expect.arrayContaining([
          "attacked Kordal Shield Forces -> Tarin displacement camp",
          "attacked Kordal Shield Forces -> Kassala",
          "attacked Chindwe Defence Force -> Kalemo",
        ]),
      );
    }
  });
});

describe("a quotation in straight quotes over two sentences", () => {
  it("ends where its closing mark follows the clause's comma, so the names inside are what was said", () => {
    for (const models of [true, false]) {
      const found = read(
        'Dockworkers walked out on Monday. "Our members cannot feed their families. We will stay out until the Velmo Ports Authority makes a serious offer," Dana Orrell said outside the gates.',
        models,
      );
      expect(found.relations).toContain("said Dana Orrell -> Velmo Ports Authority");
    }
  });
});

describe("the army", () => {
  it("without a possessive is the one army the article named, not the army of the state named last", () => {
    const found = read(
      "The Congolese army (FARDC) withdrew from its positions. The government has accused neighbouring Rwanda of arming the rebels, a charge Kigali denies. Army spokesman Colonel Honore Kabelo said the retreat was tactical.",
    );
    expect(found.labels.filter((l) => l.startsWith("Armed Forces of"))).toEqual(["Armed Forces of DR Congo"]);
  });
});

describe("bodies named after their kind", () => {
  it("'a poll by pollster X', 'the trade publication Y', 'the streamer Z' are bodies", () => {
    const found = read(
      "Her approval rating is 9%, according to a poll by pollster Quipu Opinar published this month. It was reported by the trade publication Screen Tallow. The streamer Velvix bought the rights.",
    );
    expect(found.entities).toEqual(
      expect.arrayContaining([
        "Quipu Opinar:organisation",
        "Screen Tallow:organisation",
        "Velvix:organisation",
      ]),
    );
  });
});

describe("a title inside a competition's name", () => {
  it("is no person's ('the Billie Jean King Cup', 'the King Cup')", () => {
    const found = read(
      "She joined the team for its Billie Jean King Cup tie against Japan in April. He won the King Cup last year.",
    );
    expect(found.entities).toEqual(expect.arrayContaining(["Billie Jean King Cup:event", "King Cup:event"]));
    expect(found.entities.filter((e) => e.endsWith(":person"))).toEqual([]);
  });
});

describe("a name opening with a word the stopword list has", () => {
  it("after a title is the person's ('Senior General Than Zaw Htet', 'General Than Shwin')", () => {
    const found = read(
      "The junta's leader, Senior General Than Zaw Htet, has promised elections. General Than Shwin ruled until 2011. General Motors cut jobs.",
    );
    expect(found.entities).toEqual(
      expect.arrayContaining(["Than Zaw Htet:person", "Than Shwin:person", "General Motors:organisation"]),
    );
  });
});

describe("an area", () => {
  it("around a town is the town ('the Kalemo area' joins 'Kalemo')", () => {
    const found = read(
      "The rebels' commander in the Kalemo area spoke on Monday. Troops entered Kalemo on Tuesday.",
    );
    expect(found.labels.filter((l) => l.startsWith("Kalemo"))).toEqual(["Kalemo"]);
  });
});

describe("guards from a review by counter-example", () => {
  it("'in' after a body is where something happened unless it is a workplace or an institution", () => {
    const found = read(
      "He signed a loan with the World Bank in Paris. She met with the IMF in Lagos. They sued Kelby Bank in Chicago. A rally by the Liberal Front in Porto drew crowds.",
    );
    expect(found.relations.filter((r) => r.startsWith("located-in"))).toEqual([]);
  });

  it("'the army' after a country named in its own sentence is that country's", () => {
    const found = read(
      "The Ugandan army has deployed to Somalia. Meanwhile in Sudan, the army clashed with the Rapid Support Forces in Khartoum.",
    );
    expect(found.labels).toEqual(expect.arrayContaining(["Armed Forces of Uganda", "Armed Forces of Sudan"]));
  });

  it("a post of a kind no body named before has is no post in them ('The club's chairman' after a bank)", () => {
    const found = read(
      "Kelby Bank lent money to Tarn Holdings. The club's chairman, Ian Brodie, said so. The Liberal Front rallied. The government's spokesman, Ian Moray, said so.",
    );
    expect(found.relations.filter((r) => /^(?:leads|member-of) Ian/.test(r))).toEqual([]);
  });

  it("members of a body that are no subject do not make it act ('A convoy carrying soldiers of X hit a mine')", () => {
    for (const models of [true, false]) {
      const found = read(
        "A convoy carrying soldiers of the Northern Army hit a mine near Berak. Wives of soldiers of the Northern Army stormed the ministry in Berak.",
        models,
      );
      expect(found.relations.filter((r) => r.startsWith("attacked"))).toEqual([]);
    }
  });

  it("a trade before 'at' must end the words: 'a banker with clients at X' names no workplace", () => {
    const found = read(
      "Jon Balter, a banker with clients at Kelby Bank, said so. Ana Reyna, a strategist who worked at Kelby Bank, said so.",
    );
    expect(found.relations.filter((r) => r.startsWith("member-of"))).toEqual([]);
  });

  it("buildings and landmarks stay places ('Federal Hill', 'Britain's Victoria Station')", () => {
    const found = read("Federal Hill is lovely in spring. He left Britain's Victoria Station at noon.");
    expect(
      found.entities.filter((e) => e.endsWith(":person") || e.startsWith("Federal Hill:organisation")),
    ).toEqual([]);
  });
});

describe("the object of a participle after an unnamed subject", () => {
  it("is no subject ('An armed group fighting X's government said it had captured Y')", () => {
    for (const models of [true, false]) {
      const found = read(
        "An ethnic armed group fighting Sudan's military government said on Thursday it had captured Hsipo.",
        models,
      );
      expect(found.relations.filter((r) => r.includes("government ->"))).toEqual([]);
    }
  });

  it("but a noun in -ing after its determiner leaves the subject ('In its filing X claimed')", () => {
    const found = read("In its Chapter 11 filing Velmora Mail claimed it owed Kelby Bank $46m.");
    expect(found.relations).toContain("said Velmora Mail -> Kelby Bank");
  });
});

describe("led by", () => {
  it("reads an adverb and a description before the leader ('is led politically by X', 'led by former presenter Y')", () => {
    const found = read(
      "The Kivu Patriotic Front is led politically by Alexis Ndayam, a former member of parliament. The Tarn Alliance, led by former television presenter Duarte Pintor, won 31% of the vote. The Varo Alliance, led by a coalition of Duarte Pintor allies, came second.",
    );
    expect(found.relations).toEqual(
      expect.arrayContaining([
        "leads Alexis Ndayam -> Kivu Patriotic Front",
        "leads Duarte Pintor -> Tarn Alliance",
      ]),
    );
    expect(found.relations.filter((r) => r.endsWith("-> Varo Alliance"))).toEqual([]);
  });
});

describe("the head of a part of a body", () => {
  it("is a member of the body ('head of the X field office'), the head of the whole leads it", () => {
    const found = read(
      "Halima Osei-Brandt, head of the UNMISS field office in Malakal, said aid was blocked. Dana Orrell, head of the Kestrel Trust, agreed.",
    );
    expect(found.relations).toEqual(
      expect.arrayContaining([
        "member-of Halima Osei-Brandt -> UNMISS",
        "leads Dana Orrell -> Kestrel Trust",
      ]),
    );
    expect(found.relations).not.toContain("leads Halima Osei-Brandt -> UNMISS");
  });
});

describe("a people's body after a longer name", () => {
  it("keeps the possessive inside ('the South Tarn People's Defence Forces')", () => {
    const found = read(
      "The South Tarn People's Defence Forces (STPDF) said it had repelled the attack. The Sudan People's Liberation Army fought on.",
    );
    expect(found.entities).toEqual(
      expect.arrayContaining([
        "South Tarn People's Defence Forces:organisation",
        "Sudan People's Liberation Army:organisation",
      ]),
    );
  });
});

describe("taking part in a named event", () => {
  it("by winning, playing or beating someone in its final", () => {
    const found = read(
      "Kenya's Brian Kiprotich won the Varna Marathon on Sunday. Aruzhan Bekmura beat Elin Lindvall of Sweden in the final of the Tarn Tennis Championships on Saturday. Awa Ndiaye-Sall won the Golden Bear at the Kelby International Film Festival.",
    );
    expect(found.relations).toEqual(
      expect.arrayContaining([
        "participant-in Brian Kiprotich -> Varna Marathon",
        "participant-in Aruzhan Bekmura -> Tarn Tennis Championships",
        "participant-in Awa Ndiaye-Sall -> Kelby International Film Festival",
      ]),
    );
  });

  it("but not a game that did not happen ('has not played in X since', 'if Y won X')", () => {
    const found = read(
      "Dana Orrell has not played in the Tarn Open since 2001. The proposals would apply if the Velmo Party won the General Election.",
    );
    expect(found.relations.filter((r) => r.startsWith("participant-in"))).toEqual([]);
  });
});

describe("the office of a post and a magistrate", () => {
  it("'the Office of the Director of Public Prosecutions (ODPP)' is one body; 'Magistrate X Y of the Z Court' a person of the court", () => {
    const found = read(
      "The Office of the Director of Public Prosecutions (ODPP) said the case would proceed. Magistrate Beatrice Kimaro of the Tarn Anti-Corruption Court adjourned the case.",
    );
    expect(found.entities).toEqual(
      expect.arrayContaining([
        "Office of the Director of Public Prosecutions:organisation",
        "Beatrice Kimaro:person",
        "Tarn Anti-Corruption Court:organisation",
      ]),
    );
    expect(found.relations).toContain("member-of Beatrice Kimaro -> Tarn Anti-Corruption Court");
  });
});

describe("a body described by a name turned modifier", () => {
  it("is a body ('an Iran-aligned militia, X,')", () => {
    const found = read(
      "Officials accused an Iran-aligned militia, Kataib Tarn al-Din, of carrying out the attack.",
    );
    expect(found.entities).toContain("Kataib Tarn al-Din:organisation");
  });
});

describe("the closing speaker of an attack report", () => {
  it("is no target ('X struck a depot in Y's Z region, the W agency (WA) said')", () => {
    for (const models of [true, false]) {
      const found = read(
        "Ukrainian forces struck an ammunition warehouse in Russia's Bryansk region, the Ukrainian military intelligence agency (UMI) said.",
        models,
      );
      expect(found.relations.filter((r) => r.startsWith("attacked") && r.includes("agency"))).toEqual([]);
    }
  });
});

describe("leading a body described before its name", () => {
  it("'X leads the conservative Y Party' leads it; 'leads the way for Z' does not", () => {
    const found = read(
      "Kalinow leads the conservative Civic Renewal Party, which controls the upper house. Dana Orrell leads the way for the Tarn Party.",
    );
    expect(found.relations).toContain("leads Kalinow -> Civic Renewal Party");
    expect(found.relations.filter((r) => r.endsWith("-> Tarn Party"))).toEqual([]);
  });
});

describe("a body based somewhere", () => {
  it("is located there ('X, a fuel distributor based in Odesa', 'Y is headquartered in Z')", () => {
    const found = read(
      "The depot is owned by Chornov Petroleum, a private fuel distributor based in Odesa. Velmo Bank is headquartered in Frankfurt.",
    );
    expect(found.relations).toEqual(
      expect.arrayContaining(["located-in Chornov Petroleum -> Odesa", "located-in Velmo Bank -> Frankfurt"]),
    );
  });
});

describe("a quotation inside reported speech", () => {
  it("leaves the clause the statement once two of its words stand before the quote ('X said Y wanted \"…\"')", () => {
    const found = read(
      'Tomasz Wierzbak met her. Wierzbak said Poland wanted "clear rules and no surprises" at the frontier.',
    );
    expect(found.relations).toContain("said Tomasz Wierzbak -> Poland");
  });
});

describe("'Its' after a sentence naming two bodies", () => {
  it("is the subject body's ('The UN mission in Congo, MONUSCO, said …. Its head, X,'), and a country opening the sentence makes it ambiguous", () => {
    const found = read(
      "The United Nations peacekeeping mission in Congo, MONUSCO, said it was alarmed. Its head, Ingrid Solvik, travelled to Goma. Kenya joined the African Union in May. Its president Ana Lutz said it was a good day.",
    );
    expect(found.relations).toContain("leads Ingrid Solvik -> MONUSCO");
    expect(found.relations.filter((r) => r.includes("Ana Lutz ->") && r.includes("African Union"))).toEqual(
      [],
    );
  });
});

describe("company names by their last word", () => {
  it("'X Energy', 'Y Foods', 'Z Shipping' are bodies, and the first word alone later joins them", () => {
    const found = read(
      "Halvorsen Energy bought the plant. Halvorsen said the deal would close in May. Tim Dalby of Michael Foods was charged. Nordvik Shipping cut its dividend.",
    );
    expect(found.entities).toEqual(
      expect.arrayContaining([
        "Halvorsen Energy:organisation",
        "Michael Foods:organisation",
        "Nordvik Shipping:organisation",
        "Tim Dalby:person",
      ]),
    );
    expect(found.labels).not.toContain("Halvorsen");
  });
});
