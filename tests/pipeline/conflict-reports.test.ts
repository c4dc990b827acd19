/**
 * Conflict and press-release wording read on re3d's documents (military ranks, honorifics,
 * portfolios, attempted actions, an operation named after its town). Invented names throughout,
 * with real countries where a gazetteer place is needed.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/pipeline/extract";
import { entityLabels } from "../support/entities";

function relations(text: string, models = true): string[] {
  const x = extractArticle({ id: "t", files: ["t.txt"], text }, { models });
  return x.relations.map((r) => `${r.type} ${x.entities[r.source]!.label} -> ${x.entities[r.target]!.label}`);
}

describe("an event named after a town or a region", () => {
  it("happens there: the town is no party to it ('the Mosul operation')", () => {
    for (const models of [true, false]) {
      const found = relations(
        "The two leaders discussed the next steps in the Mosul operation on Monday.",
        models,
      );
      expect(found).toContain("located-in Mosul operation -> Mosul");
      expect(found.filter((r) => r.startsWith("participant-in"))).toEqual([]);
    }
  });

  it("still has a country before it as its party ('the US airstrikes')", () => {
    expect(relations("The US airstrikes killed 20 militants.")).toContain(
      "participant-in US -> US airstrikes",
    );
  });

  it("is none where the event word only describes a thing ('an assault ship', 'attack planners')", () => {
    for (const models of [true, false]) {
      const found = entityLabels(
        "The UK's amphibious assault ship sailed on Monday. His ties to terror attack planners were known.",
        models,
      );
      expect(found.filter((e) => e.endsWith(":event"))).toEqual([]);
    }
  });
});

describe("an action attempted, intended or possible", () => {
  it("is no action done ('attempted to seize X', 'could take X', 'plans to visit X')", () => {
    for (const models of [true, false]) {
      for (const text of [
        "Iraqi forces attempted to seize the town of Kestrelby near Mosul on Monday.",
        "Iraqi forces could take the town of Kestrelby near Mosul.",
        "Dana Orr plans to visit Mosul next week.",
      ])
        expect(relations(text, models).filter((r) => /^(?:captured|attacked|visited)/.test(r))).toEqual([]);
    }
    expect(relations("Iraqi forces seized the town of Kestrelby near Mosul on Monday.")).toContain(
      "captured Armed Forces of Iraq -> Kestrelby",
    );
  });
});

describe("ranks, honorifics, posts and portfolios", () => {
  it("keeps a multi-word rank whole ('Staff Sgt. X', 'Navy Senior Chief Petty Officer X')", () => {
    for (const models of [true, false]) {
      expect(relations("Staff Sgt. Dorran Vell, a crew chief, said the classes went well.", models)).toEqual(
        [],
      );
      expect(
        relations("Navy Senior Chief Petty Officer Kesta Morrin, 42, died on Monday in Iraq.", models),
      ).toContain("member-of Kesta Morrin -> Navy");
    }
  });

  it("reads 'HE' as an honorific and 'Minister of Foreign Affairs of X' as one office", () => {
    for (const models of [true, false]) {
      const found = entityLabels(
        "The minister met the Minister of Foreign Affairs of Iraq, HE Dr Tomas Brandt, in Canberra.",
        models,
      );
      expect(found).toEqual(expect.arrayContaining(["Iraq:place", "Tomas Brandt:person"]));
      expect(found.filter((e) => /^(?:HE|Affairs)/.test(e))).toEqual([]);
    }
  });

  it("makes the remit after 'Commissioner for' no person ('the OSCE High Commissioner for Refugees')", () => {
    for (const models of [true, false]) {
      const found = entityLabels(
        "Aid went through the OSCE High Commissioner for Refugees last year.",
        models,
      );
      expect(found.filter((e) => e.endsWith(":person"))).toEqual([]);
    }
  });

  it("makes an unknown name before a press secretary the body ('Kestrel Press Secretary X')", () => {
    for (const models of [true, false])
      expect(
        relations("Airstrikes killed 20 militants, Pentagon Press Secretary Dana Orr said.", models),
      ).toContain("member-of Dana Orr -> Pentagon");
  });

  it("reads 'hails from X' as no speech", () => {
    expect(
      relations("His chief of plans is Colonel Dorran Vell. He hails from Basra, a city in Iraq."),
    ).toEqual(expect.not.arrayContaining(["said Dorran Vell -> Basra"]));
  });
});

describe("'its' and 'their' before an event, and a passive's subject", () => {
  it("make the body named earlier in the sentence the event's party ('The X Forces began their operation')", () => {
    for (const models of [true, false]) {
      const found = relations(
        "The Kestrel Democratic Forces have begun their operation to isolate the city of Raqqah and other territory in Syria.",
        models,
      );
      expect(found).toContain("participant-in Kestrel Democratic Forces -> operation");
      expect(found.filter((r) => r.startsWith("participant-in Syria"))).toEqual([]);
    }
  });

  it("take the town, not the region locating it, as what was taken ('the city of X in Y was taken by Z')", () => {
    for (const models of [true, false])
      expect(
        relations(
          "A year after the city of Mosul in Northern Iraq was taken by Kestrel Front fighters, aid arrived.",
          models,
        ),
      ).toEqual(expect.arrayContaining(["captured Kestrel Front -> Mosul"]));
  });
});

describe("a name given", () => {
  it("reads 'also called “X”' as a name, not speech", () => {
    for (const models of [true, false])
      expect(
        relations(
          "Dana Orr flew to Kestrel Airfield West, also called “K-West”, in northern Iraq.",
          models,
        ).filter((r) => r.startsWith("said")),
      ).toEqual([]);
  });
});

describe("an event word after 'to' before a name", () => {
  it("is the verb ('continue to strike Kestrel targets'), while 'returned to talks in X' stays an event", () => {
    for (const models of [true, false]) {
      expect(
        entityLabels("We will continue to strike Kestrel Front targets in Iraq.", models).filter((e) =>
          e.endsWith(":event"),
        ),
      ).toEqual([]);
      expect(entityLabels("They returned to talks in Geneva on Monday.", models)).toContain(
        "Geneva talks:event",
      );
    }
  });
});

describe("code names, departments, posts without a name, abbreviated ranks", () => {
  it("types them: 'Operation X Y' an event, 'U.S. Department of X' a body, 'Russian Foreign Minister' no one", () => {
    for (const models of [true, false]) {
      expect(
        entityLabels("Operation Velmor Shield was executed by coalition forces in November.", models),
      ).toContain("Operation Velmor Shield:event");
      expect(entityLabels("The U.S. Department of State's program is offering rewards.", models)).toEqual([
        "U.S. Department of State:organisation",
      ]);
      expect(
        entityLabels("Foreign Secretary bilateral meeting with Russian Foreign Minister", models),
      ).toEqual([]);
      expect(entityLabels("“We trained for two weeks,” said Spc. Dana Orr.", models)).toEqual([
        "Dana Orr:person",
      ]);
      expect(
        entityLabels(
          "The row has reached the Velmor Court of Justice.\n\nThe two governments objected.",
          models,
        ),
      ).toEqual(["Velmor Court of Justice:organisation"]);
    }
  });
});

describe("words not said, a surge, and two wars in one article", () => {
  it("reads no speech in 'declined to comment', 'did not say', 'Neither X nor Y commented'", () => {
    for (const models of [true, false])
      for (const text of [
        "Neither Velmor Bank nor Quorvex Group commented on the reports.",
        "Velmor Bank declined to comment on the Quorvex Group deal.",
        "Dana Orr did not say whether Quorvex Group would close.",
      ])
        expect(relations(text, models).filter((r) => r.startsWith("said"))).toEqual([]);
  });

  it("makes no disaster of 'an explosion in innovation', but one of 'an explosion in Kabul'", () => {
    expect(
      entityLabels("The explosion in innovation in the US was remarkable.", false).filter((e) =>
        e.endsWith(":event"),
      ),
    ).toEqual([]);
    expect(entityLabels("An explosion in Kabul killed two people.", false)).toContain(
      "Kabul explosion:event",
    );
  });

  it("keeps 'the Vietnam war' apart from 'the war in Iraq' named before it", () => {
    const found = relations(
      "It was cancelled during the war in Iraq, but not during the Vietnam war.",
      false,
    );
    expect(found).toEqual(
      expect.arrayContaining(["located-in Iraq war -> Iraq", "participant-in Vietnam -> Vietnam war"]),
    );
    expect(found.filter((r) => r.startsWith("participant-in Vietnam -> Iraq"))).toEqual([]);
  });
});

describe("wire-copy patterns from conflict news", () => {
  it("makes the name in 'the X-run ministry' a body, and X alone later the same body", () => {
    for (const models of [true, false]) {
      const found = entityLabels(
        "Strikes killed 20 people, the Velmor-run health ministry said. The army said it had targeted Velmor command centres.",
        models,
      );
      expect(found).toContain("Velmor:organisation");
      expect(found).not.toContain("Velmor:person");
    }
  });

  it("reads 'X is commanded by Y' and 'Qatar's Prime Minister Y'", () => {
    for (const models of [true, false]) {
      expect(relations("The Kestrel Support Forces is commanded by Gen Dorran Vell.", models)).toContain(
        "commands Dorran Vell -> Kestrel Support Forces",
      );
      expect(relations("Qatar's Prime Minister Dana Orr said negotiations had stalled.", models)).toContain(
        "leads Dana Orr -> Qatar",
      );
    }
  });

  it("makes 'Witnesses in X said' a place, and places no event across a verb", () => {
    for (const models of [true, false]) {
      expect(
        entityLabels("Witnesses in Kestrelby said artillery fire could be heard all night.", models),
      ).toEqual(["Kestrelby:place"]);
      const found = relations(
        "The group said the attack was a response to a Velmor strike on the village of Kestrelby.",
        models,
      );
      expect(
        found.filter((r) => r.startsWith("located-in attack") || r.includes("Kestrelby attack")),
      ).toEqual([]);
    }
  });
});

describe("an event's place after its verb", () => {
  it("stays where the verb says it is held ('a referendum would be held in X')", () => {
    for (const models of [true, false])
      expect(relations("He said a referendum would be held in Wales next year.", models)).toContain(
        "located-in Wales referendum -> Wales",
      );
  });
});

describe("more wire-copy patterns", () => {
  it("makes an unknown word before 'spokesman' a body even opening the sentence, and joins 'X' to 'the Xs'", () => {
    for (const models of [true, false]) {
      const found = relations(
        "The Velmoris have launched dozens of attacks. Velmori spokesman Dana Orr vowed to go on.",
        models,
      );
      expect(found).toContain("member-of Dana Orr -> Velmoris");
    }
  });

  it("reads '…, US says' as the US speaking, not containing the place before it", () => {
    for (const models of [true, false])
      expect(
        relations("Missile strikes ship in Red Sea, US says", models).filter((r) =>
          r.startsWith("located-in"),
        ),
      ).toEqual([]);
  });

  it("takes no unnamed subject's place as the actor ('Rebel forces in X have seized Y')", () => {
    for (const models of [true, false])
      expect(
        relations(
          "Rebel forces in Myanmar have seized the town of Kestrelby near the border.",
          models,
        ).filter((r) => r.startsWith("captured")),
      ).toEqual([]);
  });
});

describe("armed forces and posts in a body named in capitals", () => {
  it("reads 'X's air force', 'the Ukrainian army' opening the sentence, and 'Velmo Secretary General Y'", () => {
    for (const models of [true, false]) {
      expect(
        relations("Ukraine's air force said it had shot down 31 drones over Poltava.", models),
      ).toContain("said Armed Forces of Ukraine -> Poltava");
      expect(entityLabels("The Ukrainian army said it had shot down 31 drones.", models)).toContain(
        "Armed Forces of Ukraine:organisation",
      );
      expect(relations("Velmo Secretary General Dana Orr is due to visit Riga next week.", models)).toContain(
        "leads Dana Orr -> Velmo",
      );
    }
  });
});

describe("a people's adjective several territories share", () => {
  it("means the largest: 'Indian troops' are India's", () => {
    expect(entityLabels("Indian troops crossed the border on Monday.", false)).toContain(
      "Armed Forces of India:organisation",
    );
  });
});

describe("an armed group named before its members", () => {
  it("is a body ('X fighters', 'X rebels'), the one named in full where the article has it", () => {
    for (const models of [true, false]) {
      const x = extractArticle(
        {
          id: "t",
          files: ["t.txt"],
          text: "The government accused the Velmoro militia of attacks. Velmoro fighters launched an offensive in August.",
        },
        { models },
      );
      const named = x.entities.filter((e) => e.mentions.length > 0).map((e) => `${e.label}:${e.type}`);
      expect(named).toContain("Velmoro militia:organisation");
      expect(named.filter((e) => e.startsWith("Velmoro:"))).toEqual([]);
      expect(entityLabels("Kestra rebels fired missiles at ships.", models)).toContain("Kestra:organisation");
      expect(entityLabels("Idlib rebels attacked the town.", models)).toEqual(["Idlib:place"]);
    }
  });
});

describe("who starts an event", () => {
  it("takes part in it ('X launched an offensive', 'X fighters launched a new offensive')", () => {
    for (const models of [true, false]) {
      expect(
        relations("The Kestrel Front launched a new offensive in the north on Monday.", models),
      ).toContain("participant-in Kestrel Front -> new offensive");
      expect(
        relations(
          "The army accused the Velmoro militia of attacks. Velmoro fighters launched an offensive in the Amhara region.",
          models,
        ),
      ).toContain("participant-in Velmoro militia -> Amhara offensive");
    }
  });
});

describe("a country's weapons striking", () => {
  it("are its forces attacking ('Russian drones struck X')", () => {
    for (const models of [true, false])
      expect(relations("Russian drones struck energy facilities in Poltava overnight.", models)).toContain(
        "attacked Armed Forces of Russia -> Poltava",
      );
  });

  it("are no forces where they do not strike ('shot down 34 Russian drones')", () => {
    for (const models of [true, false])
      expect(
        entityLabels("The air force said it had shot down 34 Russian drones over Poltava.", models).filter(
          (e) => e.startsWith("Armed Forces of Russia"),
        ),
      ).toEqual([]);
  });
});

describe("a wire report's dateline", () => {
  it("is no party to the sentence it opens ('RIGA, March 3 (Interfax) - …')", () => {
    for (const models of [true, false]) {
      const found = relations(
        "Drone strikes hit Poltava\n\nRIGA, March 3 (Interfax) - Russian drones struck energy facilities in Poltava overnight, killing two people, regional governor Dana Orrell said on Monday.",
        models,
      );
      expect(found.filter((r) => r.includes("Riga"))).toEqual([]);
      expect(found).toContain("attacked Armed Forces of Russia -> Poltava");
    }
  });

  it("leaves a place opening a sentence with no dateline's dash a party ('Poltava, the second city, was struck')", () => {
    for (const models of [true, false])
      expect(
        relations(
          "Drone strikes hit Poltava\n\nPoltava, the second city, was struck by Russian forces on Monday.",
          models,
        ),
      ).toContain("attacked Armed Forces of Russia -> Poltava");
  });
});

describe("who claims an attack, a sea, a dateline's town in capitals", () => {
  it("makes who claims responsibility for an attack, or carries it out, a party to it", () => {
    for (const models of [true, false]) {
      expect(
        relations(
          "Velmor rebels claimed responsibility for an attack on a cargo ship near Tarnby.",
          models,
        ).filter((r) => r.startsWith("participant-in Velmor")).length,
      ).toBe(1);
      expect(
        relations("The Velmor Brigade carried out an airstrike on Tarnby on Monday.", models).filter((r) =>
          r.startsWith("participant-in Velmor Brigade"),
        ).length,
      ).toBe(1);
    }
  });

  it("keeps a sea apart from the regions named after it ('the Red Sea' is not Sudan's Red Sea state)", () => {
    for (const models of [true, false]) {
      const x = extractArticle(
        {
          id: "t",
          files: ["t.txt"],
          text: "Sudan's army said rebels had attacked a cargo ship in the Red Sea.",
        },
        { models },
      );
      const sea = x.entities.find((e) => e.label === "Red Sea");
      expect(sea?.type).toBe("place");
      expect(sea?.geo).toBeUndefined();
    }
  });

  it("reads a dateline's town of two words in capitals as the town ('PORT SUDAN, Sudan (UPI) —')", () => {
    for (const models of [true, false])
      expect(
        entityLabels(
          "Rebels seize town\n\nPORT SUDAN, Sudan (UPI) — Rebels seized the town of Tarnby on Saturday.",
          models,
        ),
      ).toContain("Port Sudan:place");
  });
});

describe("a unit's number", () => {
  it("is part of its name ('Ukraine's 65th Mechanised Brigade' is not every 'Mechanised Brigade')", () => {
    for (const models of [true, false])
      expect(
        entityLabels("Ukraine's 65th Mechanised Brigade said it had repelled several assaults.", models),
      ).toContain("65th Mechanised Brigade:organisation");
  });
});

describe("the words after a dateline", () => {
  it("open the sentence ('TBILISI, Georgia — Tens of thousands …' names no 'Tens'), and the agency in brackets only credits the report", () => {
    for (const models of [true, false]) {
      const found = entityLabels(
        "Protest in Tbilisi\n\nTBILISI, Georgia — Tens of thousands of people rallied in the capital on Sunday.",
        models,
      );
      expect(found.filter((e) => e.startsWith("Tens"))).toEqual([]);
      // A credit, no party to the story: a thousand reports from one agency would all join it.
      expect(
        entityLabels("Strikes\n\nRIGA, March 3 (Velmora) - Drones struck Poltava overnight.", models).filter(
          (e) => e.startsWith("Velmora"),
        ),
      ).toEqual([]);
    }
  });
});

describe("a dateline's country and an attack that has not happened", () => {
  it("keeps the dateline's country out of the sentence ('YANGON, Myanmar (Interfax) - An alliance … captured')", () => {
    for (const models of [true, false])
      expect(
        relations(
          "Rebels take town\n\nYANGON, Myanmar (Interfax) - An alliance of ethnic armed groups captured the town of Lashio on Saturday.",
          models,
        ).filter((r) => r.startsWith("captured")),
      ).toEqual([]);
  });

  it("reads no attack in 'would respond to any Israeli attack on Lebanon'", () => {
    for (const models of [true, false]) {
      const found = relations(
        "Hezbollah leader Dana Orrell warned that the group would respond to any Israeli attack on Lebanon.",
        models,
      );
      expect(found.filter((r) => r.startsWith("attacked") || r.startsWith("participant-in"))).toEqual([]);
    }
  });
});

describe("a visit by air", () => {
  it("is a visit ('X landed in Riga'), but not a missile's landing nor a jump ('landed 17.30m at')", () => {
    for (const models of [true, false]) {
      expect(relations("Dana Orrell landed in Riga on Monday for talks.", models)).toContain(
        "visited Dana Orrell -> Riga",
      );
      expect(
        relations("Russian missiles landed in Riga on Monday.", models).filter((r) =>
          r.startsWith("visited"),
        ),
      ).toEqual([]);
      expect(
        relations("Dana Orrell landed 17.30m at the trials in Sheffield.", models).filter((r) =>
          r.startsWith("visited"),
        ),
      ).toEqual([]);
    }
  });
});

describe("the target after 'a strike on'", () => {
  it("is a place the gazetteer knows, though no country is named ('A Russian strike on Odesa killed 12')", () => {
    for (const models of [true, false]) {
      const found = relations("A Russian strike on Odesa killed 12 people, officials said.", models);
      expect(found).toContain("attacked Russia -> Odesa");
      expect(found).toContain("located-in Odesa strike -> Odesa");
    }
  });

  it("stays a person the article named in full ('an attack on Blair' after 'Tony Blair')", () => {
    for (const models of [true, false])
      expect(
        relations(
          "Tony Blair spoke on Monday. The Tories launched an attack on Blair over taxes.",
          models,
        ).filter((r) => r.includes("located-in")),
      ).toEqual([]);
  });
});
