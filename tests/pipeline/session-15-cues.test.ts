/**
 * Session 15's cues, from its blind evaluations (docs/DESIGN.md, "Session 15's cues"). Invented
 * names.
 */
import { describe, expect, it } from "vitest";
import { assembleGraph } from "../../src/pipeline/assemble";
import { extractStory as extract, liveEntities, relationLabels as relations } from "../support/entities";

describe("a quotation that runs across sentences", () => {
  it("is about what its earlier sentence names when the attribution closes it", () => {
    const x = extract(
      "Ministers met on Thursday. “Norway is testing our patience every week. Our answer has to be unity,” Defence Minister Lars Brenvik said.",
    );
    expect(relations(x)).toContain("said Lars Brenvik -> Norway");
  });

  it("is about what its later sentence names when the attribution opens it", () => {
    const x = extract(
      "Analyst Mira Kovalenko said: “The cables are vulnerable. Portugal has already paid the price.” Repairs began.",
    );
    expect(relations(x)).toContain("said Mira Kovalenko -> Portugal");
  });

  it("leaves a later sentence with its own attribution to that attribution", () => {
    const x = extract(
      "Lars Brenvik said: “We went there early. Portugal was helpful,” he added. Then they left.",
    );
    // One statement, read once: from the sentence that says "he added".
    const said = x.relations.filter((r) => r.type === "said");
    expect(said).toHaveLength(1);
    expect(x.sentences[said[0]!.sentence]!.text).toContain("he added");
    expect(relations(x)).toContain("said Lars Brenvik -> Portugal");
  });

  it("stops at a sentence that closes another quotation", () => {
    const x = extract(
      "“Portugal will not pay,” said Ines Varga. The minister left. “We are done here,” Lars Brenvik said.",
    );
    expect(relations(x)).not.toContain("said Lars Brenvik -> Portugal");
  });

  it("carries every sentence of the quotation as its evidence", () => {
    const x = extract(
      "Ministers met on Thursday. “Norway is testing our patience every week. Our answer has to be unity,” Defence Minister Lars Brenvik said.",
    );
    const { graph } = assembleGraph([x]);
    const edge = graph
      .edges()
      .map((e) => graph.getEdgeAttributes(e))
      .find((a) => a.type === "said");
    expect(edge?.evidence[0]?.text).toContain("Norway is testing");
    expect(edge?.evidence[0]?.text).toContain("Lars Brenvik said");
    expect(edge?.evidence[0]?.quote).toContain("Norway is testing");
  });
});

describe("a place named only where a body is based ('the Porto-based lender X')", () => {
  it("is a place of its own, and the body is located in it", () => {
    const x = extract(
      "Ana Sousa, chief economist at Porto-based lender Douro Trust Bank, said rates would fall. The Bergen-based investment firm Fjordvik Kapital holds a stake.",
    );
    const live = liveEntities(x);
    expect(live).toEqual(expect.arrayContaining(["Porto:place", "Bergen:place"]));
    const rels = relations(x);
    expect(rels).toContain("located-in Douro Trust Bank -> Porto");
    expect(rels).toContain("located-in Fjordvik Kapital -> Bergen");
  });

  it("stands between no post and its body, and is spoken of by no one", () => {
    const rels = relations(
      extract(
        "According to Rui Almeida, head of Lisbon-based game developer Tejo Studios, costs will rise. Ana Sousa, chief economist at Porto-based lender Douro Trust Bank, said rates would fall.",
      ),
    );
    expect(rels).toContain("leads Rui Almeida -> Tejo Studios");
    expect(rels).toContain("member-of Ana Sousa -> Douro Trust Bank");
    expect(rels.filter((r) => /-> (?:Lisbon|Porto)$/.test(r) && !r.startsWith("located-in"))).toEqual([]);
  });

  it("is not made of a people's name ('a Norwegian-based firm') or of a word no gazetteer knows", () => {
    const live = liveEntities(extract("The Norwegian-based firm and a Zorbulon-based fund bid for it."));
    expect(live.filter((e) => e.endsWith(":place"))).toEqual([]);
  });
});

describe("a trade written as a title ('Economist X Y of the Z')", () => {
  it("is the person's post, and the body after 'of the' employs them", () => {
    const x = extract("Economist Ines Valdera of the Andes Catholic University said exports would fall.");
    expect(liveEntities(x)).toEqual(
      expect.arrayContaining(["Ines Valdera:person", "Andes Catholic University:organisation"]),
    );
    expect(relations(x)).toContain("member-of Ines Valdera -> Andes Catholic University");
  });

  it("before a body's head word names the body ('the Economist Intelligence Unit'), no person", () => {
    const x = extract("Exports will fall, said Tomas Lind of the Strategist Research Institute.");
    expect(liveEntities(x)).toContain("Strategist Research Institute:organisation");
    expect(relations(x)).toContain("member-of Tomas Lind -> Strategist Research Institute");
  });
});

describe("what a statement is about", () => {
  it("is the body after a country's possessive, not the country", () => {
    const rels = relations(
      extract("Halvik Maritime said it would sue Portugal's Tejo Shipyards over the delays."),
    );
    expect(rels).toContain("said Halvik Maritime -> Tejo Shipyards");
    expect(rels).not.toContain("said Halvik Maritime -> Portugal");
  });

  it("is no country whose money is counted ('1.6 billion Norway kroner')", () => {
    const rels = relations(extract("Ola Brekke said the recall would cost 1.6 billion Norway kroner."));
    expect(rels).not.toContain("said Ola Brekke -> Norway");
  });
});

describe("a pronoun speaker", () => {
  it("whom 'he' was read as is no later 'she'", () => {
    const x = extract(
      "Governor Kwaku Boakye raised rates. He said inflation was too high. Finance Minister Abena Sekyere backed the move. She said the budget would help farmers in Portugal.",
    );
    expect(relations(x)).not.toContain("said Kwaku Boakye -> Portugal");
  });
});

describe("names across lower-case words", () => {
  it("a town the gazetteer knows with particles in its name is one place", () => {
    const live = liveEntities(
      extract(
        "Traffic between Valparaíso and Viña del Mar was blocked. She is an engineer from Bruck an der Mur. He moved to Frankfurt am Main.",
      ),
    );
    expect(live).toEqual(
      expect.arrayContaining(["Viña del Mar:place", "Bruck an der Mur:place", "Frankfurt am Main:place"]),
    );
    expect(live.filter((e) => /^(?:Viña del|Bruck|Mur|Main|Frankfurt):/.test(e))).toEqual([]);
  });

  it("but a body named after one is no place ('the Vasco da Gama club')", () => {
    expect(liveEntities(extract("He joined the Vasco da Gama club in June."))).not.toContain(
      "Vasco da Gama:place",
    );
  });

  it("a body's name with 'and' is whole where the letters in brackets spell it", () => {
    const live = liveEntities(
      extract("The case was brought by the Probity and Anti-Fraud Commission (PAFC) on Monday."),
    );
    expect(live).toContain("Probity and Anti-Fraud Commission:organisation");
    expect(live.filter((e) => e.startsWith("Probity:"))).toEqual([]);
  });
});

describe("posts in a body, said other ways", () => {
  it("'led in Styria by X', 'whose list was headed by trade unionist Y', 'coordinator of Z'", () => {
    const rels = relations(
      extract(
        "The Greens, led in Styria by Farida Osmanova, won 9 percent. The Social Democratic Party, whose regional list was headed by trade unionist Gernot Leitgeb, finished third. Maria Tandiayu, coordinator of the aid group Sulawesi Relief Network, said teams had arrived.",
      ),
    );
    expect(rels).toEqual(
      expect.arrayContaining([
        "leads Farida Osmanova -> Greens",
        "leads Gernot Leitgeb -> Social Democratic Party",
        "member-of Maria Tandiayu -> Sulawesi Relief Network",
      ]),
    );
    expect(rels.filter((r) => r.endsWith("-> Styria") && !r.startsWith("located-in"))).toEqual([]);
  });
});

describe("who takes part in an election or a pact", () => {
  it("a party that won votes, a share or seats in the election", () => {
    const rels = relations(
      extract(
        "The Alpine Civic Alliance won the most votes in Sunday's regional election in Styria. The Greens won 9.6 percent in the election. The Union Party took 12 seats in the election.",
      ),
    );
    const parties = ["Alpine Civic Alliance", "Greens", "Union Party"];
    for (const party of parties)
      expect(rels.some((r) => r.startsWith(`participant-in ${party} -> `) && /election/i.test(r))).toBe(true);
  });

  it("a side that signed or agreed to a ceasefire", () => {
    const rels = relations(extract("The government and the Kivu Patriotic Front (KPF) signed a ceasefire."));
    expect(rels.some((r) => /^participant-in (?:KPF|Kivu Patriotic Front) -> ceasefire$/.test(r))).toBe(true);
  });

  it("not a party that could win ('if it won 10 percent in the election')", () => {
    const rels = relations(extract("The Union Party would govern if it won 10 percent in the election."));
    expect(rels.filter((r) => r.startsWith("participant-in"))).toEqual([]);
  });
});

describe("a company's post with no body written ('chief executive X', after a lead about the company)", () => {
  const story = (post: string) =>
    extract(
      `Battery maker Velmor Cells said on Monday it would recall 180,000 packs. The recall covers two models. "We are deeply sorry," ${post} told a news conference.`,
    );

  it("is held in the body the article's lead is about, with the lead as evidence", () => {
    const x = story("chief executive Lin Meiqi");
    expect(relations(x)).toContain("leads Lin Meiqi -> Velmor Cells");
    const { graph } = assembleGraph([x]);
    const edge = graph
      .edges()
      .map((e) => graph.getEdgeAttributes(e))
      .find((a) => a.type === "leads");
    expect(edge?.evidence[0]?.text).toContain("Battery maker Velmor Cells");
    expect(edge?.evidence[0]?.text).toContain("chief executive Lin Meiqi");
  });

  it("but not a post held once, nor one whose body is written before it", () => {
    expect(relations(story("former chief executive Lin Meiqi"))).not.toContain(
      "leads Lin Meiqi -> Velmor Cells",
    );
    expect(relations(story("Ostrava chief executive Lin Meiqi"))).not.toContain(
      "leads Lin Meiqi -> Velmor Cells",
    );
  });

  it("and a bank's governor only in a bank", () => {
    const x = extract(
      "The Bank of Kelvania raised its rate on Monday. The Bank of Kelvania said prices rose. Governor Kwame Adjei told reporters the vote was unanimous.",
    );
    expect(relations(x)).toContain("leads Kwame Adjei -> Bank of Kelvania");
    expect(relations(story("governor Kwame Adjei"))).not.toContain("leads Kwame Adjei -> Velmor Cells");
  });
});

describe("a plural place noun before a list ('the villages of X, Y and Z')", () => {
  it("makes each name of the list a place", () => {
    const live = liveEntities(
      extract(
        "It was tested in the districts of Nanoro and Dedougou. Troops reached the villages of Kassa, Boni and Douna.",
      ),
    );
    expect(live).toEqual(
      expect.arrayContaining(["Nanoro:place", "Dedougou:place", "Kassa:place", "Boni:place", "Douna:place"]),
    );
  });
});

describe("a titled person 'of the' a body whose head word opens its name", () => {
  it("is the person and the body ('Economist X Y of the Universidad Z de W')", () => {
    const x = extract(
      "Economist Sebastián Quiroga of the Universidad San Marcos de Lima said neither government could afford it.",
    );
    const live = liveEntities(x);
    expect(live).toContain("Sebastián Quiroga:person");
    expect(live).toContain("Universidad San Marcos de Lima:organisation");
    expect(relations(x)).toContain("member-of Sebastián Quiroga -> Universidad San Marcos de Lima");
  });
});

describe("more names of bodies and trades", () => {
  it("a plural's possessive before a body's head is one name ('the Narino Truckers' Association')", () => {
    const x = extract(
      "Hernan Portillo, president of the Narino Truckers' Association, said trucks were stuck.",
    );
    expect(liveEntities(x)).toContain("Narino Truckers' Association:organisation");
    expect(relations(x)).toContain("leads Hernan Portillo -> Narino Truckers' Association");
  });

  it("a post that says where it is held ('X, the WHO representative in Yemen,')", () => {
    const rels = relations(
      extract("Dr Amal Yusuf, the WHO representative in Yemen, said cases were rising."),
    );
    expect(rels).toContain("member-of Amal Yusuf -> WHO");
  });

  it("an institution the recogniser names, 'in' a town, is located there ('the British Museum in London')", () => {
    const rels = relations(
      extract("Many ended up in the Tejo Museum in Porto, which is barred by law from giving them away."),
    );
    expect(rels).toContain("located-in Tejo Museum -> Porto");
  });

  it("a scientist's trade ('Criminologist X', 'Glaciologist Y') is a title", () => {
    const x = extract(
      "Criminologist Tiago Rezende of the University of Porto said cargo areas were a target. Glaciologist Ingrid Aasen said the ice was thinning.",
    );
    const live = liveEntities(x);
    expect(live).toEqual(expect.arrayContaining(["Tiago Rezende:person", "Ingrid Aasen:person"]));
    expect(relations(x)).toContain("member-of Tiago Rezende -> University of Porto");
  });
});

describe("a happening the story returns to ('the recall', 'the trial')", () => {
  it("is an event when the article names it again with 'the'", () => {
    const x = extract(
      "Velmor Cells said on Thursday it would recall 180,000 battery packs. The recall covers two models. Analyst Chen Weilun said the recall would cost $50 million.",
    );
    expect(liveEntities(x)).toContain("recall:event");
    expect(relations(x)).toContain("said Chen Weilun -> recall");
  });

  it("but not a kind of thing named once ('a recall is costly')", () => {
    expect(liveEntities(extract("Analysts said a recall is costly for any carmaker."))).not.toContain(
      "recall:event",
    );
  });

  it("and a country's possessive is where it happens, not who takes part", () => {
    const x = extract(
      "Norway's largest takeover was approved on Monday. Critics said the takeover would cost jobs.",
    );
    expect(relations(x).filter((r) => r.startsWith("participant-in Norway"))).toEqual([]);
  });
});

describe("who is sued or tried", () => {
  it("takes part in the lawsuit or the trial ('filed a lawsuit against X', 'the trial of Y')", () => {
    const rels = relations(
      extract(
        "Velmor Shipping said it had filed a lawsuit in the Oslo District Court against Daehan Heavy Industries. The lawsuit could delay the deal. The Supreme Court opened the trial of former minister Otavio Leite on Tuesday. The trial heard 41 witnesses.",
      ),
    );
    expect(rels).toContain("participant-in Daehan Heavy Industries -> lawsuit");
    expect(rels.some((r) => /^participant-in Otavio Leite -> .*trial$/.test(r))).toBe(true);
  });
});

describe("a firm's partner", () => {
  it("holds a post in it ('Its managing partner, X,', 'X, a partner at Y')", () => {
    const rels = relations(
      extract(
        "The Bergen-based investment firm Fjordvik Kapital holds 22 percent. Its managing partner, Einar Tovsrud, said the offer was too low. Mia Holm, a partner at Tejo Advisers, agreed.",
      ),
    );
    expect(rels).toContain("member-of Einar Tovsrud -> Fjordvik Kapital");
    expect(rels).toContain("member-of Mia Holm -> Tejo Advisers");
  });
});

describe("'Its <post>' after a body named as another's owner", () => {
  it("is a post in the other body ('X's largest shareholder, the firm Y, … Its partner, Z,')", () => {
    const rels = relations(
      extract(
        "Halvik Maritime's largest shareholder, the investment firm Fjordvik Kapital, which holds 22 percent, has not said whether it will sell. Its managing partner, Einar Tovsrud, said the bid was too low.",
      ),
    );
    expect(rels).toContain("member-of Einar Tovsrud -> Fjordvik Kapital");
    expect(rels).not.toContain("member-of Einar Tovsrud -> Halvik Maritime");
  });
});

describe("a firm owned by another", () => {
  it("is a member of it ('X, a subsidiary of the Dutch group Y', 'Z's parent company, W,')", () => {
    const rels = relations(
      extract(
        "Calloway Corp, a subsidiary of the Dutch group Vennmar Holdings, denied it. Shares of Velmor Bank's parent company, Tejo Group, fell.",
      ),
    );
    expect(rels).toContain("member-of Calloway Corp -> Vennmar Holdings");
    expect(rels).toContain("member-of Velmor Bank -> Tejo Group");
  });
});
