import { describe, expect, it } from "vitest";
import { nameSkeleton } from "../../src/nlp/names";
import { assembleGraph } from "../../src/pipeline/assemble";
import { extractArticle } from "../../src/pipeline/extract";

function graphOf(...texts: string[]) {
  const extractions = texts.map((text, i) => extractArticle({ id: `a${i}`, files: [`a${i}.txt`], text }));
  return assembleGraph(extractions).graph;
}

function edges(graph: ReturnType<typeof graphOf>) {
  const out: string[] = [];
  graph.forEachEdge((_e, a, s, t) => out.push(`${a.type} ${s} -> ${t}`));
  return out;
}

describe("mentions and types", () => {
  it("types people by titles and shape, places by gazetteer and place nouns, organisations by heads", () => {
    const graph = graphOf(
      "Polish President Marek Wolny said on Monday that the talks in Warsaw had failed.\nThe Polish Ministry of Finance said it would publish the figures, Wolny added.\nFlooding hit the Odra river near the town of Brzeg in Opole region.",
    );
    expect(graph.getNodeAttribute("person:marek-wolny", "type")).toBe("person");
    expect(graph.getNodeAttribute("person:marek-wolny", "mentions")).toBe(2);
    expect(graph.hasNode("place:poland")).toBe(true);
    expect(graph.hasNode("organisation:polish-ministry-of-finance")).toBe(true);
    expect(graph.getNodeAttribute("place:odra-river", "type")).toBe("place");
    expect(graph.hasNode("place:opole-region")).toBe(true);
  });

  it("turns a country word and a force noun into that country's armed forces", () => {
    const graph = graphOf(
      "Georgian troops entered the valley. Tbilisi’s forces later advanced into Abkhazia, officials said.",
    );
    expect(graph.getNodeAttribute("organisation:armed-forces-of-georgia", "aliases")).toEqual(
      expect.arrayContaining(["Georgian troops", "Tbilisi’s forces"]),
    );
  });
});

describe("resolution", () => {
  it("merges transliteration variants across articles and keeps every alias", () => {
    expect(nameSkeleton("Oleh Tkachenkyi")).toBe(nameSkeleton("Oleh Tkachenky"));
    const graph = graphOf(
      "Moldovan President Ion Hrebenskyy visited Chisinau. Hrebenskyy said the plan was ready.",
      "Moldovan President Ion Hrebenskiy spoke to reporters on Friday.",
    );
    const people = graph.filterNodes((_n, a) => a.type === "person");
    expect(people).toHaveLength(1);
    expect(graph.getNodeAttribute(people[0]!, "aliases")).toEqual(
      expect.arrayContaining(["Ion Hrebenskyy", "Ion Hrebenskiy"]),
    );
    expect(graph.getNodeAttribute(people[0]!, "articles")).toEqual(["a0", "a1"]);
  });

  it("drops capitals that more articles count or own as a thing than name as a body", () => {
    const thing = graphOf(
      "Most ZTXs sold in Leeds have a drive.",
      "She bought a new ZTX.",
      "The ZTX market grew.",
    );
    expect(thing.filterNodes((_n, a) => a.label === "ZTX")).toEqual([]);
    const body = graphOf(
      "The ZTX said profits rose. A ZTX spokesman agreed.",
      "The ZTX said costs fell. A ZTX spokesman agreed.",
      "Most ZTXs sold in Leeds have a drive.",
    );
    expect(body.filterNodes((_n, a) => a.label === "ZTX")).toHaveLength(1);
  });

  it("drops a title that two articles introduce as a work's, wherever it is named", () => {
    // Without the models a bare two-word title is a person by its shape, as a recogniser that
    // does not know the title would also have it.
    const texts = [
      "Critics praised the film Harbour Lights on Monday.",
      "Her new film Harbour Lights opens in Leeds.",
      "Harbour Lights took $30m at the box office, distributors said.",
    ];
    const { graph } = assembleGraph(
      texts.map((text, i) => extractArticle({ id: `w${i}`, files: [], text }, { models: false })),
    );
    expect(graph.filterNodes((_n, a) => a.label === "Harbour Lights")).toEqual([]);
    expect(graph.filterNodes((_n, a) => a.label === "Leeds")).toHaveLength(1);
  });

  it("drops a word that three or more articles use as a prize's name, whatever others typed it", () => {
    const graph = graphOf(
      "The Zorba-winning writer spoke in Leeds.",
      "She won a Zorba for the novel.",
      "He was Zorba-nominated last year.",
      "Zorba hopefuls met in York on Monday.",
      "The Zorba panel said it was pleased.",
    );
    expect(graph.filterNodes((_n, a) => a.label === "Zorba")).toEqual([]);
  });

  it("gives a mention retyped a place the coordinates of the place of that name in its article", () => {
    const x = extractArticle({
      id: "l",
      files: [],
      text: "Zentrix in London listing\n\nZentrix will list its shares in London next month. The firm chose London, rather than Paris, for the listing. London was the better market, analysts said.",
    });
    expect(x.entities.filter((e) => e.label === "London").map((e) => [e.type, e.geo])).toEqual([
      ["place", "GB/ENG/London"],
    ]);
  });

  it("keeps two people who share a surname apart", () => {
    const graph = graphOf("Anna Kovacs met Peter Kovacs in Budapest on Monday, the ministry said.");
    expect(graph.filterNodes((_n, a) => a.type === "person")).toHaveLength(2);
  });
});

describe("relations", () => {
  it("reads leads, member-of and commands from titles and appositions", () => {
    const graph = graphOf(
      "Romanian President Ana Dobre met the troops.\nPentagon spokesman Ivan Sorokin said the talks were over.\nPavel Orlov, commander of the “Falcon” battalion, said the unit held the bridge.",
    );
    const all = edges(graph);
    expect(all).toContain("leads person:ana-dobre -> place:romania");
    expect(all).toContain("member-of person:ivan-sorokin -> organisation:pentagon");
    expect(all).toContain("commands person:pavel-orlov -> organisation:falcon-battalion");
  });

  it("reads weapons launched or fired at a place as an attack, and nothing else launched", () => {
    const attacks = (text: string) => edges(graphOf(text)).filter((e) => e.startsWith("attacked"));
    expect(
      attacks("Belarusian forces launched a wave of drones at the western city of Lviv overnight."),
    ).toEqual(["attacked organisation:armed-forces-of-belarus -> place:lviv"]);
    expect(attacks("Belarusian forces fired missiles into the port of Odesa on Monday.")).toEqual([
      "attacked organisation:armed-forces-of-belarus -> place:odesa",
    ]);
    expect(attacks("Quorvex Group launched its new phone in Lviv on Monday.")).toEqual([]);
    expect(attacks("The Odesa police launched an investigation into Quorvex Group.")).toEqual([]);
  });

  it("reads the head of a part of a body as a member of it, the head of the whole as its leader", () => {
    const all = edges(
      graphOf(
        '"It costs more," said Tom Reeve, development director at Quorvex Group.\n"It works," said Dana Orrell, managing director at Brenvik Holdings.\nSam Orrin, who is chairman of the Velmoran Assembly public accounts committee, warned ministers.',
      ),
    );
    expect(all).toContain("member-of person:tom-reeve -> organisation:quorvex-group");
    expect(all).toContain("leads person:dana-orrell -> organisation:brenvik-holdings");
    expect(all).toContain("member-of person:sam-orrin -> organisation:velmoran-assembly");
    expect(all.filter((e) => e.startsWith("leads") && /tom-reeve|sam-orrin/.test(e))).toEqual([]);
  });

  it("reads 'X said it had captured Y' as X's capture, but not a town's", () => {
    const captures = (text: string) => edges(graphOf(text)).filter((e) => e.startsWith("captured"));
    expect(captures("The Korvane militia said on Tuesday it had captured the town of Lviv.")).toEqual([
      "captured organisation:korvane-militia -> place:lviv",
    ]);
    expect(captures("A press office in Odesa said it had taken over Quorvex Group's contracts.")).toEqual([]);
  });

  it("reads 'under the command of' and 'led by' with a title before the commander", () => {
    const all = edges(
      graphOf(
        "Belarusian troops under the command of Colonel Dana Orrell held the bridge.\nThe Korvane battalion, led by Major Tom Reeve, withdrew.",
      ),
    );
    expect(all).toContain("commands person:dana-orrell -> organisation:armed-forces-of-belarus");
    // A unit "led by" an officer is commanded by them (the contract: commander → unit or force).
    expect(all).toContain("commands person:tom-reeve -> organisation:korvane-battalion");
  });

  it("makes a post holder lead a place only when the post governs it and the place is not a modifier", () => {
    const graph = graphOf(
      "Walter Ashby, chief executive of US firm Brightwell Systems, said sales rose. Kenneth Dorrow, head of UK equities for Fenwick Investments, said prices fell. Hong Kong director Li Wenhao won a prize. Vodafone moved its UK chief executive Peter Marlow to Tokyo. French President Marcel Dufour met Lisbon mayor Rui Tavares. Gerald Finch, governor of Ohio, said the vote was close. Professor Ana Lind, project leader at Hertfordshire, agreed. Portugal's new president, Jorge Sa, spoke.",
    );
    expect(edges(graph).filter((e) => e.startsWith("leads ") && e.includes("-> place:"))).toEqual([
      "leads person:marcel-dufour -> place:france",
      "leads person:rui-tavares -> place:lisbon",
      "leads person:gerald-finch -> place:ohio",
      "leads person:jorge-sa -> place:portugal",
    ]);
  });

  it("reads hyphenated titles ('Secretary-General') as titles, and their holder as the body's head", () => {
    const all = edges(graphOf("Velmoran Union Secretary-General Dana Orrell called for a ceasefire."));
    expect(all).toContain("leads person:dana-orrell -> organisation:velmoran-union");
  });

  it("does not take the subject of a passive speech verb for the speaker", () => {
    const graph = graphOf(
      "Harold Pemberton leads the Rutland Party. The Rutland Party has been accused of bias over a poster of Walter Ashby. He was warned about Walter Ashby by the editors.",
    );
    expect(edges(graph).filter((e) => e.startsWith("said "))).toEqual([]);
  });

  it("attributes a quote to its speaker with the quote as evidence", () => {
    const graph = graphOf(
      "“The situation in the Lviv region remains difficult,” Governor Maksym Kozak said on Odnoklassniki.",
    );
    const said = graph.filterEdges((_e, a) => a.type === "said");
    expect(said).toHaveLength(1);
    const attributes = graph.getEdgeAttributes(said[0]!);
    expect(graph.source(said[0]!)).toBe("person:maksym-kozak");
    expect(graph.target(said[0]!)).toBe("place:lviv-region");
    expect(attributes.evidence[0]!.quote).toMatch(/situation in the Lviv region/);
    expect(attributes.evidence[0]!.speech).toBe("direct");
  });

  it("reads no located-in from a country's possessive before a place the gazetteer puts elsewhere", () => {
    const all = edges(
      graphOf("The firm is controlled by France's Suez. Shelling hit Russia's Smolensk region."),
    );
    expect(all.filter((e) => e.startsWith("located-in ") && !e.includes("gazetteer"))).toEqual([
      "located-in place:smolensk-region -> place:russia",
    ]);
  });

  it("reads no located-in in a list of places ('London, Singapore and Buenos Aires')", () => {
    const all = edges(graphOf("The airline won permission to fly to London, Singapore and Buenos Aires."));
    expect(all.filter((e) => e.startsWith("located-in ") && !e.includes("gazetteer"))).toEqual([]);
  });

  it("reads no located-in in a list of places joined by commas only ('Shrewsbury, North Dorset, Liverpool')", () => {
    const all = edges(
      graphOf("Stops in Shrewsbury, North Dorset, Liverpool, Manchester and west London are planned."),
    );
    // Each lies in the UK (the gazetteer); none in the item after it.
    expect(all.filter((e) => e.startsWith("located-in ") && !e.endsWith("place:united-kingdom"))).toEqual([]);
  });

  it("finds located-in from possessives and comma chains, and grounds every edge in its sentence", () => {
    const graph = graphOf(
      "Shelling hit Kherson, Kherson region, Ukraine, on Monday. Russia’s Bryansk region was calm.",
    );
    const all = edges(graph);
    expect(all).toContain("located-in place:kherson-region -> place:ukraine");
    expect(all).toContain("located-in place:bryansk-region -> place:russia");
    graph.forEachEdge((_e, a) => {
      for (const evidence of a.evidence) expect(evidence.text.length).toBeGreaterThan(0);
    });
  });

  it("reads no attack in 'hit back at' or 'hit out at'", () => {
    const all = edges(
      graphOf(
        "The Rutland Party hit back at the Fenwick Party on Monday. Russian forces struck Poltava on Monday.",
      ),
    );
    expect(all.filter((e) => e.startsWith("attacked "))).toEqual([
      "attacked organisation:armed-forces-of-russia -> place:poltava",
    ]);
  });

  it("reads passive attacks with the agent after 'by'", () => {
    const graph = graphOf("The port of Odesa was struck by Russian forces overnight, officials said.");
    expect(edges(graph)).toContain("attacked organisation:armed-forces-of-russia -> place:odesa");
  });

  it("reads attacks and captures with their actor and target", () => {
    const graph = graphOf(
      "Russian forces shelled Poltava on Sunday. Russian troops were in control of the town of Vovchansk.",
    );
    const all = edges(graph);
    expect(all).toContain("attacked organisation:armed-forces-of-russia -> place:poltava");
    expect(
      all.some((e) => e.startsWith("captured organisation:armed-forces-of-russia -> place:vovchansk")),
    ).toBe(true);
  });
});

describe("events", () => {
  it("builds an event with its place, a readable label and a date resolved against the article's date", () => {
    const extraction = extractArticle({
      id: "e1",
      files: ["e1.txt"],
      date: "2024-11-07",
      text: "Moldova declared a state of emergency in Gagauzia on Tuesday after the floods. The state of emergency will last a month.",
    });
    const { graph } = assembleGraph([extraction]);
    const events = graph.filterNodes((_n, a) => a.type === "event" && a.label.includes("emergency"));
    expect(events).toHaveLength(1);
    const event = graph.getNodeAttributes(events[0]!);
    expect(event.label).toBe("Gagauzia state of emergency");
    expect(event.date).toBe("2024-11-05");
    expect(event.mentions).toBe(2);
    expect(
      graph.someOutEdge(
        events[0]!,
        (_e, a, _s, t) => a.type === "located-in" && graph.getNodeAttribute(t, "label") === "Gagauzia",
      ),
    ).toBe(true);
  });
});

describe("event places", () => {
  it("places an event only in its own phrase, not in a clause after it", () => {
    const graph = graphOf(
      "The opposition leader, Harold Pemberton, spoke on Monday. He will not promise anything before the election that he cannot deliver if he moves to Bristol. The strike in Leeds ended on Friday.",
    );
    const events = graph.filterNodes((_n, a) => a.type === "event");
    expect(events.map((n) => graph.getNodeAttribute(n, "label")).sort()).toEqual([
      "Leeds strike",
      "election",
    ]);
    expect(edges(graph).filter((e) => e.startsWith("located-in event:"))).toEqual([
      "located-in event:leeds-strike -> place:leeds",
    ]);
  });
});

describe("visits", () => {
  it("reads visited from the verb and from a visit event with its visitor", () => {
    const graph = graphOf(
      "Polish President Marek Wolny visited Lviv on Monday. In his first visit to the city of Odesa since the war began, he met soldiers.",
    );
    const all = edges(graph);
    expect(all).toContain("visited person:marek-wolny -> place:lviv");
    expect(all).toContain("visited person:marek-wolny -> place:odesa");
    expect(all.some((e) => e.startsWith("participant-in person:marek-wolny -> event:"))).toBe(true);
    expect(all.some((e) => e.startsWith("participant-in place:poland"))).toBe(false);
  });

  it("reads a name before 'visit' as where the visit goes, and 'visit' before an object as a verb", () => {
    const all = edges(
      graphOf(
        "Harold Pemberton began a Leeds visit on Friday. Officials said shoppers outside Leeds visit the market less.",
      ),
    );
    expect(all).toContain("visited person:harold-pemberton -> place:leeds");
    expect(all.filter((e) => e.startsWith("participant-in "))).toEqual([
      "participant-in person:harold-pemberton -> event:leeds-visit",
    ]);
  });
});

describe("names, titles and places from other regions", () => {
  it("keeps name particles, reads portfolio titles, 'led by' and compass-word places", () => {
    const graph = graphOf(
      "Gen Abdel Fattah al-Burhan visited the palace on Saturday. The Rapid Support Forces, led by Mohamed Hamdan Dagalo, still hold parts of the capital.\nUS Secretary of State Antony Blinken said the strikes in the Gaza Strip and the West Bank must stop.\nAnalysts said talks would resume in Deir al-Balah.",
    );
    expect(graph.hasNode("person:abdel-fattah-al-burhan")).toBe(true);
    expect(graph.hasNode("person:antony-blinken")).toBe(true);
    expect(graph.getNodeAttribute("place:gaza-strip", "type")).toBe("place");
    expect(graph.getNodeAttribute("place:west-bank", "type")).toBe("place");
    expect(graph.getNodeAttribute("place:deir-al-balah", "type")).toBe("place");
    expect(graph.hasNode("person:analysts")).toBe(false);
    expect(edges(graph)).toContain(
      "commands person:mohamed-hamdan-dagalo -> organisation:rapid-support-forces",
    );
  });
});

describe("facilities, bracketed acronyms and dense news prose", () => {
  it("names facilities, joins an acronym in brackets to its name, and keeps noun-dense sentences", () => {
    const graph = graphOf(
      "A drone hit the Rivne nuclear power plant on Friday, Ukraine's military intelligence agency (HUR) said.\nThe Rivne nuclear plant was not damaged.\nSeparately, Ukrainian forces struck an oil depot in Russia's Bryansk region overnight, regional governor Alexander Bogomaz said.",
    );
    expect(graph.getNodeAttribute("place:rivne-nuclear-power-plant", "aliases")).toContain(
      "Rivne nuclear plant",
    );
    const agency = graph.findNode((_n, a) => a.aliases.includes("HUR"));
    expect(graph.getNodeAttribute(agency!, "label")).toBe("Ukraine's military intelligence agency");
    expect(edges(graph)).toContain("attacked organisation:armed-forces-of-ukraine -> place:bryansk-region");
    expect(graph.hasNode("person:alexander-bogomaz")).toBe(true);
  });
});

describe("an acronym set off by commas after a described body", () => {
  it("is that body, and so are its later bare uses ('Ukraine's security service, the SBU, said')", () => {
    const graph = graphOf(
      "Ukraine's security service, the SBU, said it had detained two men in Odesa.\nThe SBU said the men had been paid.",
    );
    const agency = graph.findNode((_n, a) => a.aliases.includes("SBU"));
    expect(graph.getNodeAttribute(agency!, "label")).toBe("Ukraine's security service");
    expect(graph.filterNodes((_n, a) => a.type === "organisation")).toEqual([agency]);
  });

  it("is that body after 'known as' too ('X's military intelligence agency, known as the HUR,')", () => {
    const graph = graphOf(
      "Ukraine's military intelligence agency, known as the HUR, claimed responsibility for the strike.\nThe HUR said two depots burned.",
    );
    const agency = graph.findNode((_n, a) => a.aliases.includes("HUR"));
    expect(graph.getNodeAttribute(agency!, "label")).toBe("Ukraine's military intelligence agency");
    expect(graph.filterNodes((_n, a) => a.type === "organisation")).toEqual([agency]);
  });

  it("is no alias of a body before it in a list ('Velmor Bank, the IMF, and Tarnby Group')", () => {
    const graph = graphOf("Velmor Bank, the IMF, and Tarnby Group met in Odesa on Monday.");
    expect(graph.filterNodes((_n, a) => a.aliases.includes("IMF")).length).toBe(1);
    expect(graph.findNode((_n, a) => a.aliases.includes("IMF"))).not.toBe(
      graph.findNode((_n, a) => a.aliases.includes("Velmor Bank")),
    );
  });
});

describe("cues that unseen business and culture news needs", () => {
  it("never makes the pronoun I an entity, but keeps it inside a name", () => {
    const graph = graphOf(
      'Mr Darvel has spent two days being cross-examined by lawyers.\n"At that point in time," Mr Darvel said, referring to the first false entries in late 2000, "I knew it was wrong and I knew it was against the law, but I thought we would get through it."\nHe studied the history of World War I at college.',
    );
    expect(graph.nodes().filter((n) => graph.getNodeAttribute(n, "label") === "I")).toEqual([]);
    expect(graph.hasNode("person:darvel")).toBe(true);
  });

  it("types a name after a kind noun or a holding noun as an organisation", () => {
    const graph = graphOf(
      "The former finance chief of telecoms firm Quorvex admitted fraud.\nShares in Brenlow fell 5% after the results.\nInvestors bought shares in Quorvex as well.",
    );
    expect(graph.getNodeAttribute("organisation:quorvex", "type")).toBe("organisation");
    expect(graph.getNodeAttribute("organisation:brenlow", "type")).toBe("organisation");
  });

  it("joins an acronym to its full name only with evidence", () => {
    const graph = graphOf(
      "The Tern Union said the strike would go on.",
      "The plasma display TU market grew fast, analysts said.",
      "The Northern Grain Council met in Velmora on Monday.",
      "Later the NGC said exports had fallen.",
    );
    // Three letters, one candidate in the collection: joined even without co-occurrence.
    expect(graph.getNodeAttribute("organisation:northern-grain-council", "aliases")).toContain("NGC");
    // Two letters that never appear beside the full name do not join it.
    expect(graph.getNodeAttribute("organisation:tern-union", "aliases")).not.toContain("TU");
  });

  it("joins a bracketed acronym written in ordinary case, and its later bare uses", () => {
    const graph = graphOf(
      "Figures came from the Association of Velmora Grain Traders (Avgt). Avgt said exports fell.",
    );
    expect(graph.getNodeAttribute("organisation:association-of-velmora-grain-traders", "aliases")).toContain(
      "Avgt",
    );
    expect(graph.filterNodes((_n, a) => a.label === "Avgt")).toEqual([]);
  });

  it("leaves an acronym many stories use bare apart from a namesake spelled out once elsewhere", () => {
    const bare = [
      "The QRS said waiting lists grew.",
      "Nurses at the QRS went on strike.",
      "The QRS hired staff.",
    ];
    const graph = graphOf("Donations went to Quill Ridge School in Dunmore.", ...bare);
    expect(graph.getNodeAttribute("organisation:quill-ridge-school", "aliases")).not.toContain("QRS");
    expect(graph.getNodeAttribute("organisation:qrs", "articles")).toHaveLength(3);
    // Spelled out in two stories, the same three bare uses join it.
    const joined = graphOf(
      "Donations went to Quill Ridge School in Dunmore.",
      "Quill Ridge School opened a hall.",
      ...bare,
    );
    expect(joined.getNodeAttribute("organisation:quill-ridge-school", "aliases")).toContain("QRS");
  });
});

describe("capitals and single names in business news", () => {
  it("drops common nouns written in capitals, keeps acronyms, and reads a dateline only as a dateline", () => {
    const graph = graphOf(
      "OSCE said the exercise would go ahead.\nThe firm makes TV sets and DVD players, the BBC said.\nBERLIN, March 3 - Talks resumed on Monday.",
    );
    const labels = graph.nodes().map((n) => graph.getNodeAttribute(n, "label"));
    expect(labels).not.toContain("TV");
    expect(labels).not.toContain("DVD");
    expect(graph.getNodeAttribute("organisation:osce", "type")).toBe("organisation");
    expect(graph.getNodeAttribute("organisation:bbc", "type")).toBe("organisation");
    expect(graph.hasNode("place:berlin")).toBe(true);
  });
});

describe("names that are not people", () => {
  it("keeps competitions, holidays and plural acronyms from becoming people or places", () => {
    const graph = graphOf(
      "Her side won the Harbour Cup in 2002 and the Velmoran Open a year later.\nMPs voted against the plan before Christmas, Anna Berg said.",
    );
    const people = graph.nodes().filter((n) => graph.getNodeAttribute(n, "type") === "person");
    expect(people.map((n) => graph.getNodeAttribute(n, "label"))).toEqual(["Anna Berg"]);
    const labels = graph.nodes().map((n) => graph.getNodeAttribute(n, "label"));
    expect(labels).not.toContain("MPs");
    expect(labels).not.toContain("Christmas");
  });
});

describe("business roles and reporting verbs", () => {
  it("reads a bank's chief as its head, an army's chief as its commander", () => {
    const all = edges(
      graphOf(
        '"The risk is low," said Bank of Kestrel chief Dana Orr.\nVelmor Army chief Tom Reeve said troops would stay.',
      ),
    );
    expect(all).toContain("leads person:dana-orr -> organisation:bank-of-kestrel");
    expect(all.filter((e) => e.startsWith("commands"))).toEqual([
      "commands person:tom-reeve -> organisation:velmor-army",
    ]);
  });

  it("reads a chief executive as the head, keeps M&S whole, and never makes the one told the speaker", () => {
    const graph = graphOf(
      '"We needed scale," said Quorvex Group chief executive Dana Holt.\nTom Reeve, head of M&S, said prices were too high.\n"The system failed," a bank spokesman told Velmor Wire.',
    );
    const all = edges(graph);
    expect(all).toContain("leads person:dana-holt -> organisation:quorvex-group");
    expect(all.some((e) => e.startsWith("commands"))).toBe(false);
    expect(graph.hasNode("organisation:m-s")).toBe(true);
    expect(all).toContain("leads person:tom-reeve -> organisation:m-s");
    expect(all.filter((e) => e.startsWith("said") && e.includes("velmor"))).toEqual([]);
  });

  it("never makes someone named inside the quoted words the speaker", () => {
    const all = edges(
      graphOf(
        'Another player, Sam "the Hawk" Orrin, has admitted missing lessons. "Tom Reeve [another player] and me used to spend all of our spare time there," Mr Orrin said, "We loved the game and the atmosphere.',
      ),
    );
    const said = all.filter((e) => e.startsWith("said"));
    expect(said).toContain("said person:orrin -> person:tom-reeve");
    expect(said.filter((e) => e.startsWith("said person:tom-reeve"))).toEqual([]);
  });

  it("gives 'she said' no speaker when the last speaker is a 'Mr'", () => {
    const said = edges(
      graphOf('Mr Tom Reeve said the plan had failed in Dunmore. "The plan worked well in Lviv," she said.'),
    ).filter((e) => e.startsWith("said"));
    expect(said).toContain("said person:tom-reeve -> place:dunmore");
    expect(said.filter((e) => e.includes("lviv"))).toEqual([]);
  });

  it("gives 'she said' no speaker when the last speaker's given name is a man's, and keeps a woman's", () => {
    const said = (name: string) =>
      edges(graphOf(`Director ${name} Reeve praised the film. "I hoped to visit Dunmore," she said.`)).filter(
        (e) => e.startsWith("said") && e.includes("dunmore"),
      );
    expect(said("Peter")).toEqual([]);
    expect(said("Petra")).toEqual(["said person:petra-reeve -> place:dunmore"]);
  });

  it("reads no speech in a score added ('added tries', 'added four conversions')", () => {
    const said = edges(
      graphOf(
        "Dana Orr and Tomas Brandt both added tries in Dunmore. Lena Holt added four conversions for Kestrel United.",
      ),
    ).filter((e) => e.startsWith("said"));
    expect(said).toEqual([]);
  });

  it("reads no speech in a player denied ('denied X with a tackle'), but a denial of what X did", () => {
    const said = (text: string) => edges(graphOf(text)).filter((e) => e.startsWith("said"));
    expect(said("Marco Vell denied Tomas Brandt with a late tackle.")).toEqual([]);
    expect(said("Marco Vell denied Tomas Brandt a penalty.")).toEqual([]);
    expect(said("Marco Vell denied that Tomas Brandt had dived.")).toEqual([
      "said person:marco-vell -> person:tomas-brandt",
    ]);
  });

  it("takes no speaker from before a closing ', the company said' (its own subject)", () => {
    const said = edges(
      graphOf(
        "Mr Dorran, head of the Velmor Budget Office under President Keswick, has retired while Mr Abbot has also stepped down, the company said on Tuesday.",
      ),
    ).filter((e) => e.startsWith("said"));
    expect(said).toEqual([]);
  });

  it("still reads the speaker across an apposition ('X, the head of Y, said')", () => {
    const said = edges(
      graphOf(
        "Lena Holt, the head of the Velmor Budget Office, said on Tuesday that Quorvex Group would recover.",
      ),
    ).filter((e) => e.startsWith("said"));
    expect(said).toEqual(["said person:lena-holt -> organisation:quorvex-group"]);
  });

  it("never makes a country entering a body an attack on it ('X entering the EU')", () => {
    const graph = graphOf(
      "Ministers met to talk about Turkey entering the EU. Troops entered the village of Dunmore near Kestrel.",
    );
    const attacks = edges(graph).filter((e) => e.startsWith("attacked"));
    expect(attacks.some((e) => e.includes("organisation:eu") || e.includes("european-union"))).toBe(false);
  });

  it("makes a name after a kinship word a person whom 'he' does not mean ('his daughter X')", () => {
    const graph = graphOf(
      'Tom Hale spoke at length. He praised his daughter Nadia. "The bank will grow in Dunmore," he said.',
    );
    expect(graph.getNodeAttribute("person:nadia", "type")).toBe("person");
    expect(edges(graph).filter((e) => e.includes("nadia"))).toEqual([]);
  });

  it("makes no post of a title before a verb and its object ('A X spokeswoman said Y would')", () => {
    const roles = (text: string) =>
      edges(graphOf(text)).filter((e) => e.startsWith("member-of") || e.startsWith("leads"));
    expect(roles("A Velmor Bank spokeswoman said Dana Orr would stay as producer.")).toEqual([]);
    expect(roles("The Kestrel United striker signed Tom Reeve to his label.")).toEqual([]);
    expect(roles("Velmor Bank chief executive Dana Orr said profits rose.")).toEqual([
      "leads person:dana-orr -> organisation:velmor-bank",
    ]);
  });

  it("never makes the one told the topic of what was said", () => {
    const all = edges(
      graphOf(
        "Dana Holt visited the plant on Monday. She told Velmor Radio she expected Quorvex Group to close.",
      ),
    );
    const said = all.filter((e) => e.startsWith("said person:dana-holt"));
    expect(said.length).toBeGreaterThan(0);
    expect(said.some((e) => e.includes("velmor"))).toBe(false);
  });
});

describe("lone unknown names", () => {
  it("does not make a platform a place because the recogniser calls it one", () => {
    const graph = graphOf('"Houses are destroyed," Governor Anna Berg wrote on Odnoklassniki.');
    expect(graph.nodes().filter((n) => graph.getNodeAttribute(n, "type") === "place")).toEqual([]);
    expect(graph.hasNode("person:anna-berg")).toBe(true);
  });
});

describe("event names across articles", () => {
  it("joins an unplaced event to a placed one only where its place is named near it, and no event its own words name", () => {
    const graph = graphOf(
      "Millions voted in the elections in Iraq on Sunday, officials said.",
      "Ministers discussed the war in Iraq on Monday. Schools were closed. Roads were shut. Shops were empty. Labour then began the election campaign, aides said.",
      "Shares rose after the US election, traders said. Iraq was calm.",
      "Observers watched the elections in Ukraine on Sunday.",
    );
    const elections = graph.filterNodes((_n, a) => a.type === "event" && /election/.test(a.label));
    const articlesOf = (label: string) =>
      elections
        .filter((n) => graph.getNodeAttribute(n, "label") === label)
        .map((n) => graph.getNodeAttribute(n, "articles"));
    expect(articlesOf("Iraq elections")).toEqual([["a0"]]);
    expect(elections).toHaveLength(4);
  });

  it("names an event where an article places it, not where another only alludes to it", () => {
    const graph = graphOf(
      "Polish forces pressed the offensive into Bryansk region on Monday, officials said.",
      "Since Poland launched its shock counteroffensive, the front has moved, analysts said.",
    );
    const events = graph.nodes().filter((n) => graph.getNodeAttribute(n, "type") === "event");
    expect(events.map((n) => graph.getNodeAttribute(n, "label"))).toEqual(["Bryansk offensive"]);
  });
});

describe("gazetteer grounding of shared place names", () => {
  const latitude = (graph: ReturnType<typeof graphOf>, key: string) =>
    graph.getNodeAttribute(key, "lat") as number;

  it("reads a national capital named alone as the capital, even where another named country has a town of that name", () => {
    const graph = graphOf(
      "American and Canadian envoys met in Lima on Tuesday. The talks were calm, a spokesman said.",
    );
    expect(latitude(graph, "place:lima")).toBeLessThan(0); // Peru's capital, not a town in Montana or Ohio
  });

  it("moves a capital's name to a town only for a region named beside it", () => {
    const graph = graphOf("The firm moved its depot from Texas to Lima on Monday, officials in Ohio said.");
    expect(latitude(graph, "place:lima")).toBeGreaterThan(30);
    expect(edges(graph)).toContain("located-in place:lima -> place:ohio");
  });

  it("lets the recogniser read a lone town name after a bare preposition, and keeps towns it reads as places", () => {
    const types = (text: string) =>
      Object.fromEntries(
        extractArticle({ id: "a", files: ["a.txt"], text }).entities.map((e) => [e.label, e.type]),
      );
    expect(types("The coach praised the pass from Thomas before half-time, the club said.").Thomas).toBe(
      "person",
    );
    expect(types("Fans waited for hours in Kano before the match began.").Kano).toBe("place");
    expect(types("The talks ended in Perpignan on Friday.").Perpignan).toBe("place");
  });

  it("states where a shared town name lies only when an article names both", () => {
    const guessed = graphOf(
      "American fans travelled to Springfield for the final, the club said.",
      "Snow closed roads across Colorado on Monday.",
    );
    expect(edges(guessed).filter((e) => e.startsWith("located-in place:springfield"))).toEqual([]);
    const named = graphOf(
      "A bridge opened in Springfield on Friday. Officials in Illinois praised the work.",
    );
    expect(edges(named)).toContain("located-in place:springfield -> place:illinois");
  });
});
