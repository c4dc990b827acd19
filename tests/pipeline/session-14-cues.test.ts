/**
 * Session 14's cues, from its blind evaluations (docs/DESIGN.md, "Session 14's cues"). Invented
 * names.
 */
import { describe, expect, it } from "vitest";
import { extractStory as extract, liveEntities, relationLabels as relations } from "../support/entities";

describe("a titled person's full name, 'of' and a name no one knows ('Analyst X Y of Z')", () => {
  it("is the person and the body they work for, not one person's name", () => {
    const x = extract("Analyst Mirela Vantongeren of Quellhaus said a rival bid was unlikely.");
    const live = liveEntities(x);
    expect(live).toContain("Mirela Vantongeren:person");
    expect(live).toContain("Quellhaus:organisation");
    expect(relations(x)).toContain("member-of Mirela Vantongeren -> Quellhaus");
  });

  it("while a peer's 'of' stays in the name", () => {
    const live = liveEntities(extract("Lord Varley of Quellhaus said the bill was flawed."));
    expect(live.filter((e) => e.endsWith(":organisation"))).toEqual([]);
    expect(live.some((e) => e.startsWith("Varley of Quellhaus:person"))).toBe(true);
  });
});

describe("a country's name with 'and' in it", () => {
  it("is one place, also at the end of a list joined by 'and'", () => {
    const live = liveEntities(
      extract(
        "Gangs kidnapped sailors off Togo and São Tomé and Príncipe, and envoys from Trinidad and Tobago came.",
      ),
    );
    expect(live).toEqual(
      expect.arrayContaining(["Togo:place", "São Tomé and Príncipe:place", "Trinidad and Tobago:place"]),
    );
    expect(live.filter((e) => /^(?:Príncipe|Tobago|São Tomé):/.test(e))).toEqual([]);
  });
});

describe("the particles of Saharan names ('ag', 'ould')", () => {
  it("stay inside the person's name", () => {
    const live = liveEntities(
      extract("Rebel spokesman Ibrahim ag Tahar said the convoy was hit. Later, Sidi ould Baba denied it."),
    );
    expect(live).toEqual(expect.arrayContaining(["Ibrahim ag Tahar:person", "Sidi ould Baba:person"]));
    expect(live.filter((e) => /^(?:Tahar|Ibrahim|Baba):/.test(e))).toEqual([]);
  });
});

describe("civilian posts in an apposition", () => {
  it("'deputy director general of Y' is a member of Y, no military command", () => {
    const rels = relations(
      extract("Vera Holm, deputy director general of QBEU, said the fines were too low."),
    );
    expect(rels).toContain("member-of Vera Holm -> QBEU");
    expect(rels.filter((r) => r.startsWith("commands") || r.startsWith("leads"))).toEqual([]);
  });

  it("'a director at Y' is one of its directors, a member; 'director general of Y' leads it", () => {
    const rels = relations(
      extract(
        '"Incidents have fallen sharply since 2020, but this attack shows the gangs can still strike," said Omar Lind, a director at the QMB. "We will act," said Ines Varga, director general of the Ostmark Institute.',
      ),
    );
    expect(rels).toContain("member-of Omar Lind -> QMB");
    expect(rels).not.toContain("leads Omar Lind -> QMB");
    expect(rels).toContain("leads Ines Varga -> Ostmark Institute");
  });
});

describe("a motor-racing report's teams", () => {
  const report =
    "Ostrava wins in Lisbon\n\nDana Ostrava won the race on Sunday, and championship leader Tomas Hrubec crashed out in the final laps of the season's tenth round. " +
    "Quellmann driver Aleks Varin was third. Kestrelli team principal Marta Sunde defended her driver. " +
    "Vossberg Racing's Anna Baumann was fourth and the team scored points.";

  it("'X driver Y', 'X team principal Y': X is the team, Y its driver or head", () => {
    const x = extract(report, "Race report");
    const live = liveEntities(x);
    expect(live).toEqual(expect.arrayContaining(["Quellmann:organisation", "Kestrelli:organisation"]));
    const rels = relations(x);
    expect(rels).toContain("member-of Aleks Varin -> Quellmann");
    expect(rels).toContain("leads Marta Sunde -> Kestrelli");
  });

  it("'X's Y Z': a body's possessive before a full name is the body Y plays or works for", () => {
    expect(relations(extract(report, "Race report"))).toContain("member-of Anna Baumann -> Vossberg Racing");
    expect(relations(extract("Labour's Helen Morrow said the bill would pass."))).toContain(
      "member-of Helen Morrow -> Labour",
    );
  });

  it("while 'principal analyst at X' is still one of X's analysts", () => {
    const rels = relations(
      extract("Ivo Danek, principal analyst at Quellhaus Research, said demand would fall."),
    );
    expect(rels).toContain("member-of Ivo Danek -> Quellhaus Research");
    expect(rels).not.toContain("leads Ivo Danek -> Quellhaus Research");
  });
});

describe("datelines", () => {
  it("'TOWN, Region —' makes a town the gazetteer does not know a place, in that region", () => {
    const x = extract("ZELVANO, French Guiana — A rocket lifted off early on Thursday.", "Launch");
    expect(liveEntities(x)).toContain("Zelvano:place");
    expect(relations(x)).toContain("located-in Zelvano -> French Guiana");
  });

  it("'TOWN/TOWN (agency) -' names two places, no acronym", () => {
    const live = liveEntities(
      extract(
        "KARLSRUHE/BERLIN (dpa) - Police arrested a man in Dortmund on Tuesday, prosecutors said.",
        "Arrest",
      ),
    );
    expect(live).toEqual(expect.arrayContaining(["Karlsruhe:place", "Berlin:place"]));
    expect(live.filter((e) => e.endsWith(":organisation"))).toEqual([]);
  });
});

describe("an adjective of two peoples ('Franco-German', 'European-Japanese')", () => {
  it("is no body", () => {
    const live = liveEntities(
      extract(
        "The Franco-German plan, a US-Russian deal and a European-Japanese probe were discussed in Oslo.",
      ),
    );
    expect(live).toEqual(["Oslo:place"]);
  });
});

describe("a person's surname that is also a region's name", () => {
  it("is the person where a person is read ('X said', 'for X', 'X, who …')", () => {
    const x = extract(
      "Former Foreign Minister Kenta Nagano, 66, joined the race. A poll showed 18% for Nagano. " +
        "Nagano, who led talks with Seoul, has positioned himself as the candidate of stability.",
    );
    const live = liveEntities(x);
    expect(live).toContain("Kenta Nagano:person");
    expect(live.filter((e) => e.startsWith("Nagano:"))).toEqual([]);
    expect(x.entities.find((e) => e.label === "Kenta Nagano")!.mentions.length).toBe(3);
  });

  it("but stays the region where it is written as one", () => {
    const live = liveEntities(
      extract("The novel by Helen Nagano is set in rural Nagano and centres on a fishing family."),
    );
    expect(live).toContain("Helen Nagano:person");
    expect(live).toContain("Nagano:place");
  });
});

describe("organisations by the shape of their names", () => {
  it("'X International' is a body, also opening a sentence", () => {
    const x = extract(
      "Police fired tear gas. Amnesty International urged Serbian authorities to open an independent investigation into the use of force.",
    );
    expect(liveEntities(x)).toContain("Amnesty International:organisation");
  });

  it("a word fused with a trade's ending ('Quellspace', 'Ostratech') is a firm", () => {
    const live = liveEntities(
      extract(
        "The rocket was operated by Quellspace from the Guiana Space Centre. Ostratech launch director Pierre Lemaire said it was fine.",
      ),
    );
    expect(live).toEqual(expect.arrayContaining(["Quellspace:organisation", "Ostratech:organisation"]));
  });

  it("a name with a plus sign fused to it ('Vexa+') is the service's, sign and all", () => {
    expect(liveEntities(extract("Moreau told Vexa+ he had pushed too hard."))).toContain(
      "Vexa+:organisation",
    );
  });
});

describe("one body under its names", () => {
  it("a bracketed acronym in mixed case ('(BfV)', '(TurkStat)') is the name before it", () => {
    const x = extract(
      "The information went to the Federal Office for the Protection of the Constitution (BfV) in November. " +
        "A BfV spokesman declined to comment. Inflation rose, according to the Ostrian Statistical Institute (OstStat).",
    );
    const live = liveEntities(x);
    expect(live).toContain("Federal Office for the Protection of the Constitution:organisation");
    expect(live.filter((e) => /^(?:BfV|OstStat):/.test(e))).toEqual([]);
    expect(x.entities.find((e) => e.label.startsWith("Federal Office"))!.mentions.length).toBe(3);
  });

  it("'the Malian Armed Forces' and 'Malian troops' are one military", () => {
    const x = extract(
      "The Malian Armed Forces said units had withdrawn. Malian troops attacked the village on Monday.",
    );
    const forces = x.entities.filter((e) => e.type === "organisation" && e.mentions.length > 0);
    expect(forces.length).toBe(1);
    expect(forces[0]!.mentions.length).toBe(2);
  });
});

describe("a statement that names a body only by its kind", () => {
  it("'the company' is the firm the article named last, not a public body", () => {
    const rels = relations(
      extract(
        "Quellhaus Software said hackers had stolen customer data. The Data Protection Commission opened an inquiry into Quellhaus Software on Monday. " +
          '"We are examining whether the company met its obligations," Deputy Commissioner Aoife Brennan said.',
      ),
    );
    expect(rels).toContain("said Aoife Brennan -> Quellhaus Software");
  });

  it("'his party' is the party the speaker holds a post in", () => {
    const rels = relations(
      extract(
        "The Ostra Alliance and the Civic Union govern together. Civic Union leader Masaru Okada said his party would not back any candidate who sought to change the constitution.",
      ),
    );
    expect(rels).toContain("said Masaru Okada -> Civic Union");
    expect(rels).not.toContain("said Masaru Okada -> Ostra Alliance");
  });
});

describe("membership told outright", () => {
  it("'X has been a member of Y', 'X, a founding member of Y' give member-of", () => {
    const rels = relations(
      extract(
        "Tarek M. has been a member of the Quellhaus Front since 2023. Dana Orr, a founding member of the Tarvo Party, resigned.",
      ),
    );
    expect(rels).toEqual(
      expect.arrayContaining(["member-of Tarek M -> Quellhaus Front", "member-of Dana Orr -> Tarvo Party"]),
    );
  });

  it("'X, chief economist at London-based Y' is a post at Y", () => {
    expect(
      relations(
        extract('"Rates will rise," said Deniz Aral, chief economist at Istanbul-based Bosphorus Capital.'),
      ),
    ).toContain("member-of Deniz Aral -> Bosphorus Capital");
  });
});

describe("a town its apposition places ('X, the capital of Y', 'X, a fishing village in Y')", () => {
  it("is a place, inside the place named", () => {
    const x = extract(
      "The quake struck 40 km north of Meltuvo, the capital of Central Sulawesi province. Gunboats attacked a camp at Ezetu, a fishing village in Bayelsa State.",
    );
    const live = liveEntities(x);
    expect(live).toEqual(expect.arrayContaining(["Meltuvo:place", "Ezetu:place"]));
    const rels = relations(x);
    expect(rels).toEqual(
      expect.arrayContaining(["located-in Meltuvo -> Central Sulawesi", "located-in Ezetu -> Bayelsa State"]),
    );
  });
});

describe("a place right after a named event ('the X Grand Prix at Y', 'the X Open in Y')", () => {
  it("is where the event takes place", () => {
    const rels = relations(
      extract(
        "The teams head next to the Ostrian Grand Prix at Meltuvo in two weeks. She lost at the Kestrel Open in Doha.",
      ),
    );
    expect(rels).toEqual(
      expect.arrayContaining(["located-in Ostrian Grand Prix -> Meltuvo", "located-in Kestrel Open -> Doha"]),
    );
  });
});

describe("places and firms by their words", () => {
  it("'central Mali town' in a headline is Mali, an unnamed town in it", () => {
    const live = liveEntities(
      extract("Gunmen attacked the market on Monday.", "Militants seize central Mali town"),
    );
    expect(live).toContain("Mali:place");
    expect(live.filter((e) => e.startsWith("Mali town"))).toEqual([]);
  });

  it("'in The Hague', 'THE HAGUE —': a place named with its article", () => {
    for (const text of [
      "THE HAGUE — Coalition talks stalled on Tuesday.",
      "Coalition talks stalled in The Hague on Tuesday.",
    ]) {
      const live = liveEntities(extract(text));
      expect(live).toContain("The Hague:place");
      expect(live.filter((e) => e.startsWith("Hague") || e.startsWith("HAGUE"))).toEqual([]);
    }
  });

  it("'X Bancorp', 'X Financial' are firms", () => {
    const live = liveEntities(
      extract("Westmere Bancorp agreed to merge with Harbourline Financial on Monday."),
    );
    expect(live).toEqual(
      expect.arrayContaining(["Westmere Bancorp:organisation", "Harbourline Financial:organisation"]),
    );
  });
});

describe("a commentator at a body of their own country", () => {
  it("still speaks about that country", () => {
    const rels = relations(
      extract(
        '"The headline numbers are impressive, but Zambia has seen many of these ceremonies," said Mwila Banda, an economist at the Lusaka-based Zambia Policy Forum.',
      ),
    );
    expect(rels).toEqual(
      expect.arrayContaining(["member-of Mwila Banda -> Zambia Policy Forum", "said Mwila Banda -> Zambia"]),
    );
  });
});

describe("'the X-based Y'", () => {
  it("places the body in X where the article names X", () => {
    const rels = relations(
      extract(
        "Mwila Banda works in Lusaka. Shares rose, said Mwila Banda, an economist at the Lusaka-based Zambia Policy Forum. UK-based bank Quellhaus Capital said profits rose in the UK.",
      ),
    );
    expect(rels).toEqual(
      expect.arrayContaining([
        "located-in Zambia Policy Forum -> Lusaka",
        "located-in Quellhaus Capital -> UK",
      ]),
    );
  });
});

describe("more ways news places bodies and names their heads", () => {
  const story =
    "Quellhaus Software, which is based in Pittsburgh, denied wrongdoing. Raymond Castillo of the Cleveland firm Hatcher & Pryce said the suit was strong. " +
    "Belgium, home to the Vantor Clearing Company, objected. The left-wing Progressive Alliance (PA), whose leader Sanne Oosterhuis was in talks, said no. " +
    "NDRF commandant Vikram Singh Rathore said teams were ready.";

  it("'X, which is based in Y', 'the Y firm X', 'Y, home to the X' place the body", () => {
    expect(relations(extract(story))).toEqual(
      expect.arrayContaining([
        "located-in Quellhaus Software -> Pittsburgh",
        "located-in Hatcher & Pryce -> Cleveland",
        "located-in Vantor Clearing Company -> Belgium",
      ]),
    );
  });

  it("'X (XA), whose leader Y' and 'X commandant Y' name the body's head and member", () => {
    expect(relations(extract(story))).toEqual(
      expect.arrayContaining([
        "leads Sanne Oosterhuis -> Progressive Alliance",
        "member-of Vikram Singh Rathore -> NDRF",
      ]),
    );
  });

  it("a contributor's line ('X writer Y contributed from Z.') is boilerplate", () => {
    const x = extract(
      "Talks stalled on Tuesday in Oslo.\n\nAssociated Press writer Tom Becker contributed from Marietta.",
    );
    expect(liveEntities(x).filter((e) => e.startsWith("Tom Becker"))).toEqual([]);
  });
});

describe("a road's end and a region's adjective", () => {
  it("'the road to X' makes X a place, not 'the road to World Cup glory'", () => {
    const live = liveEntities(
      extract("The town sits on the road to El Marwa. England were on the road to World Cup glory."),
    );
    expect(live).toContain("El Marwa:place");
    expect(live.filter((e) => e.startsWith("World Cup:place"))).toEqual([]);
  });

  it("'the Baltic states', 'Nordic leaders': an adjective, no entity", () => {
    expect(
      liveEntities(extract("Poland warned of attacks across the Baltic states, and Nordic leaders agreed.")),
    ).toEqual(["Poland:place"]);
  });
});
