/**
 * Wording of field reports from wars beyond the sample articles' (camps, nicknames, compass words
 * between a preposition and a place, travel, a spokesman's briefing, a dateline in capitals).
 * Invented people and towns; real countries and cities only where the gazetteer must know them.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/pipeline/extract";
import { resolveAcrossArticles } from "../../src/pipeline/resolve";

function read(text: string, models = true) {
  const x = extractArticle({ id: "t", files: ["t.txt"], text }, { models });
  const live = x.entities.filter((e) => e.mentions.length > 0);
  return {
    entities: live.map((e) => `${e.label}:${e.type}`),
    aliases: (label: string) => live.find((e) => e.label === label)?.aliases ?? [],
    country: (label: string) => live.find((e) => e.label === label)?.country,
    relations: x.relations.map(
      (r) => `${r.type} ${x.entities[r.source]!.label} -> ${x.entities[r.target]!.label}`,
    ),
  };
}

describe("a camp named before its kind", () => {
  it("is a place where the kind says what the camp is for ('the X displacement camp')", () => {
    for (const models of [true, false]) {
      const found = read(
        "Paramilitary fighters shelled the Abu Tarvek displacement camp on Friday. Troops raided the Kessel refugee camp.",
        models,
      );
      expect(found.entities).toContain("Abu Tarvek displacement camp:place");
      expect(found.entities).toContain("Kessel refugee camp:place");
      expect(found.entities.some((e) => e.startsWith("Abu Tarvek:"))).toBe(false);
    }
  });

  it("is no place where 'camp' means a politician's supporters ('the Orrell camp')", () => {
    const found = read("Dana Orrell won the vote. The Orrell camp said it would appeal.");
    expect(found.entities.filter((e) => e.includes("camp"))).toEqual([]);
  });
});

describe("a person's other name", () => {
  it("joins the person it is given to in an apposition ('X, the group's commander known as Y')", () => {
    for (const models of [true, false]) {
      const found = read(
        "Tarek Hamdan Velo, the militia's commander known as Kestrik, said on Thursday his forces would take Kutum. Kestrik later flew to Kampala.",
        models,
      );
      expect(found.aliases("Tarek Hamdan Velo")).toEqual(expect.arrayContaining(["Kestrik"]));
      expect(found.entities.filter((e) => e.startsWith("Kestrik"))).toEqual([]);
      expect(found.relations).toContain("visited Tarek Hamdan Velo -> Kampala");
    }
  });

  it("does not join a person named before a clause ('X, who runs a site, is preparing a network dubbed Y')", () => {
    const found = read(
      "The man behind the site, known to users as Dana Orrell, is preparing to release software for a network dubbed Kestrelnet. Orrell said Kestrelnet would be free.",
    );
    expect(found.aliases("Dana Orrell")).not.toContain("Kestrelnet");
  });
});

describe("a compass word between a preposition and a place", () => {
  it("keeps the preposition's place cue ('in western X') and the place's container ('in northern Y state')", () => {
    for (const models of [true, false]) {
      const found = read(
        "Thousands fled Tarvek in western Kargalia on Monday. Rebels captured the town of Ossen in northern Velmor state.",
        models,
      );
      expect(found.entities).toContain("Kargalia:place");
      expect(found.relations).toContain("located-in Ossen -> Velmor state");
    }
  });
});

describe("a sentence that opens with a name", () => {
  it("keeps a first word that is English but that news never writes in lower case ('Min X Y')", () => {
    const found = read("Min Tarvo Kessel, the junta chief, travelled to Hanoi last month.");
    expect(found.entities).toContain("Min Tarvo Kessel:person");
    expect(found.relations).toContain("visited Min Tarvo Kessel -> Hanoi");
  });

  it("still drops an ordinary first word ('Yesterday X Y said')", () => {
    expect(read("Yesterday Mirela Dragovan said the talks had failed.").entities).toContain(
      "Mirela Dragovan:person",
    );
  });
});

describe("travel", () => {
  it("is a visit after 'travelled to', 'flew to', 'arrived in', with or without the parse", () => {
    for (const models of [true, false])
      for (const [text, place] of [
        ["Dana Orrell travelled to Paris last month.", "Paris"],
        ["Dana Orrell flew to Nairobi on Friday.", "Nairobi"],
        ["Dana Orrell arrived in Kampala on Monday.", "Kampala"],
      ] as const)
        expect(read(text, models).relations).toContain(`visited Dana Orrell -> ${place}`);
  });
});

describe("a statement made before a speaker who 'told reporters in X'", () => {
  it("is the clause before the comma; where it was said is no topic", () => {
    const found = read("Velmor troops must leave Kampala, Dana Orrell told reporters in Paris.");
    expect(found.relations).toContain("said Dana Orrell -> Kampala");
    expect(found.relations).not.toContain("said Dana Orrell -> Paris");
    const briefing = read(
      "Most of Kenya saw rain in December, the weather agency's Dana Orrell said in its latest monthly report.",
    );
    expect(briefing.relations).toContain("said Dana Orrell -> Kenya");
  });

  it("is the words after the verb where they are a clause ('…, but once again X replied in kind')", () => {
    const found = read(
      "Tom Velo landed a second penalty, but once again Dana Orrell replied in kind four minutes into injury time.",
    );
    expect(found.relations).not.toContain("said Dana Orrell -> Tom Velo");
  });
});

describe("a dateline in capitals", () => {
  it("spells its town as the gazetteer does ('PORT-AU-PRINCE' is Port-au-Prince)", () => {
    const found = read(
      "PORT-AU-PRINCE, March 3 (UPI) — Armed gangs stormed the main prison overnight. Police in Port-au-Prince said 10 people died.",
    );
    expect(found.entities).toContain("Port-au-Prince:place");
    expect(found.entities).not.toContain("Port-au-prince:place");
  });
});

describe("a region named with its kind", () => {
  it("is the gazetteer's region whatever the kind's word ('X province', 'the province of X', 'X state')", () => {
    const found = read(
      "Troops were sent to the Aceh province on Monday. Aid focused on the northern province of Aceh. Rebels held towns in Shan state.",
    );
    expect(found.entities.filter((e) => e.startsWith("Aceh"))).toHaveLength(1);
    expect(found.entities).toContain("Shan state:place");
  });
});

describe("an office named by its address", () => {
  it("speaks as an organisation ('Downing Street said', 'the Elysee Palace has confirmed')", () => {
    for (const models of [true, false]) {
      const found = read(
        "Downing Street has confirmed British troops are on standby in Kenya. The Elysee Palace said Dana Orrell would visit Nairobi.",
        models,
      );
      expect(found.entities).toContain("Downing Street:organisation");
      expect(found.entities).toContain("Elysee Palace:organisation");
      expect(found.relations.filter((r) => r.startsWith("said Downing Street"))).toHaveLength(1);
    }
  });

  it("is a place where nothing speaks for it ('outside Downing Street')", () => {
    expect(read("Protesters gathered outside Downing Street on Monday.").entities).toContain(
      "Downing Street:place",
    );
  });
});

describe("soldiers counted and regiments named", () => {
  it("a counted plural is no one's name ('a company of 120 Gurkhas'), a count before a noun leaves the name", () => {
    for (const models of [true, false]) {
      const found = read(
        "Britain offered to send a company of 120 Gurkhas to help in Kenya, officials said. We have offered the Gurkhas to help, he said. The bank moved $27m into two Texas bank accounts.",
        models,
      );
      expect(found.entities).not.toContain("Gurkhas:person");
      expect(found.entities).toContain("Texas:place");
    }
  });

  it("a regiment named by its soldiers is an organisation ('the Kessel Highlanders'), with its battalion's number", () => {
    for (const models of [true, false]) {
      const found = read(
        "Troops of the 2nd Battalion Royal Tarvek Rifles were sent to the border. Plans drew a question mark over the future of the Kessel Highlanders and the Ossen Fusiliers.",
        models,
      );
      expect(found.entities).toContain("2nd Battalion Royal Tarvek Rifles:organisation");
      expect(found.entities).toContain("Kessel Highlanders:organisation");
      expect(found.entities).toContain("Ossen Fusiliers:organisation");
    }
  });
});

describe("two countries' ministries of the same words", () => {
  it("stay two entities across articles, each named with its country ('Ukrainian Defense Ministry')", () => {
    const texts = [
      "Russia's Defense Ministry said its air defences had destroyed 47 drones over seven regions.",
      "Ukraine's Defense Ministry said its forces had repelled 30 attacks near the town of Tarvek.",
      "The Russian Defence Ministry said its forces had captured the village of Ossenka.",
    ];
    const { entities } = resolveAcrossArticles(
      texts.map((text, i) => extractArticle({ id: `a${i}`, files: [], text }, { models: true })),
    );
    const ministries = entities
      .filter((g) => g.type === "organisation" && g.members.length > 0 && /ministry/i.test(g.label))
      .map((g) => [g.label, g.members.length]);
    expect(ministries).toHaveLength(2);
    expect(ministries).toContainEqual(["Ukrainian Defense Ministry", 1]);
    expect(ministries.find(([label]) => label !== "Ukrainian Defense Ministry")![1]).toBe(2);
  });
});

describe("wire copy from Lebanon, Gaza and Ukraine", () => {
  it("reads the statement before '…, the ministry said, as …' and not the clause after it", () => {
    const found = read(
      "Israeli air strikes on villages in southern Lebanon killed at least 12 people on Monday, Lebanon's health ministry said, as US envoy Dana Orrell arrived in Beirut.",
    );
    const said = found.relations.filter((r) => r.startsWith("said "));
    expect(said).toHaveLength(1);
    expect(said[0]).not.toMatch(/-> (?:United States|US|Beirut|Dana Orrell)$/);
  });

  it("keeps a statement that goes on after a parenthetical speaker ('…, NIESR said, was the UK's …')", () => {
    expect(
      read("The main cloud on the horizon, the Kestrel Institute said, was the UK's property market.")
        .relations,
    ).toContain("said Kestrel Institute -> UK");
  });

  it("takes no honorific into a post ('Prime Minister Sheikh X', 'Prime Minister Sir Y')", () => {
    for (const models of [true, false]) {
      expect(
        read("Qatari Prime Minister Sheikh Tarvo Kessel said in Doha that talks would resume.", models)
          .relations,
      ).toContain("leads Tarvo Kessel -> Qatar");
      expect(
        read("British Prime Minister Sir Dana Orrell said the talks would resume.", models).relations,
      ).toContain("leads Dana Orrell -> United Kingdom");
    }
  });

  it("makes a group the attacker where 'its fighters' fired ('X said its fighters fired rockets at Y')", () => {
    for (const models of [true, false])
      expect(
        read(
          "The Tarvek Brigade said its fighters fired a barrage of rockets at the northern Israeli city of Safed.",
          models,
        ).relations,
      ).toContain("attacked Tarvek Brigade -> Safed");
  });

  it("makes a country's weapons of a named kind its forces ('Russian glide bombs struck X')", () => {
    for (const models of [true, false]) {
      expect(
        read(
          "Russian glide bombs struck the southern city of Dnipro on Thursday, killing seven people.",
          models,
        ).relations,
      ).toContain("attacked Armed Forces of Russia -> Dnipro");
      expect(
        read("Russian cruise missiles and drones hit Mykolaiv in southern Ukraine overnight.", models)
          .relations,
      ).toContain("attacked Armed Forces of Russia -> Mykolaiv");
    }
    expect(
      read("The army bought Iranian attack drones.").entities.filter((e) => e.endsWith(":event")),
    ).toEqual([]);
  });

  it("places a bare name after 'near', whatever the recogniser reads ('positions near Naqoura')", () => {
    expect(
      read("The force said one of its positions near Naqoura had been hit by Israeli fire.").entities,
    ).toContain("Naqoura:place");
  });

  it("ends a name at a verb: a headline's 'X strikes refinery in Y' names no facility", () => {
    const found = read("Russian glide bombs hit Dnipro as Ukraine strikes refinery in Saratov");
    expect(found.entities.filter((e) => e.includes("refinery"))).toEqual([]);
  });
});

describe("wire copy from Syria and the Sahel", () => {
  it("names a monitor or a consortium by its head ('the Kessel Observatory for Human Rights')", () => {
    for (const models of [true, false]) {
      const found = read(
        "The Kessel Observatory for Human Rights, a Britain-based war monitor, said more than 300 people had been killed in Aleppo.",
        models,
      );
      expect(found.entities).toContain("Kessel Observatory for Human Rights:organisation");
      expect(found.relations).toContain("said Kessel Observatory for Human Rights -> Aleppo");
    }
  });

  it("takes a creed's adjective before a group for no name ('the Islamist group X')", () => {
    const found = read(
      "Rebels led by the Islamist group Tarvek al-Ossen (TAO) swept into Aleppo on Saturday.",
    );
    expect(found.entities.filter((e) => e.startsWith("Islamist"))).toEqual([]);
    expect(found.entities).toContain("Tarvek al-Ossen:organisation");
  });

  it("makes a country named as one the speaker with a verb of saying, not of winning", () => {
    for (const models of [true, false]) {
      expect(
        read(
          "Turkey, which backs some of the rebel factions, said it was not involved in the operation in Aleppo.",
          models,
        ).relations,
      ).toContain("said Turkey -> Aleppo operation");
      expect(
        read("France claimed victory over Tonga in Paris.", models).relations.filter((r) =>
          r.startsWith("said"),
        ),
      ).toEqual([]);
    }
  });

  it("makes the name before ', which said' or ', who believes' its speaker", () => {
    expect(
      read(
        "He took up the case of the Kessel Rights Centre, which said the measures in Britain were unlawful.",
      ).relations,
    ).toContain("said Kessel Rights Centre -> Britain");
  });

  it("takes no source 'according to X' for the statement's topic", () => {
    const found = read(
      "The Velmor Union has said it will deliver 3m euros of aid, according to the Tarnby Journal.",
    );
    expect(found.relations.filter((r) => r.endsWith("-> Tarnby Journal"))).toEqual([]);
  });

  it("reads a small town's name that starts a body's name as that body ('a channel linked to Wagner')", () => {
    const found = read(
      "A Signal channel linked to Wagner said the Wagner Group commander in the area was killed.",
    );
    expect(found.entities).not.toContain("Wagner:place");
    expect(found.aliases("Wagner Group")).toContain("Wagner");
    // The town's country was the town's: the body does not take it.
    expect(found.country("Wagner Group")).toBeUndefined();
  });
});

describe("bodies introduced with their acronyms", () => {
  it("a name before a bracketed acronym of its initials is a body's ('Tarvek Ossen al-Kadar (TOK)')", () => {
    for (const models of [true, false]) {
      const found = read(
        "Rebels of Tarvek Ossen al-Kadar (TOK) took Aleppo on Saturday. TOK said it would hold the city.",
        models,
      );
      expect(found.entities).toContain("Tarvek Ossen al-Kadar:organisation");
      expect(found.entities.filter((e) => e.startsWith("Rebels"))).toEqual([]);
    }
  });

  it("keeps an introduced acronym before a post, and reads '<person>, the <body> <post>,'", () => {
    for (const models of [true, false]) {
      const found = read(
        "The Velmor Union (VLU) took Aleppo on Saturday. Dana Orrell, the VLU leader, said the offensive would go on.",
        models,
      );
      expect(found.relations).toContain("leads Dana Orrell -> Velmor Union");
    }
  });
});

describe("who acts and who holds a post, across a bracket or a sentence", () => {
  it("keeps a body the subject past its bracketed acronym ('Drones launched by the X Front (XF) struck Y')", () => {
    for (const models of [true, false])
      expect(
        read("Drones launched by the Velmor Front (VF) struck Tarnby on Sunday.", models).relations,
      ).toContain("attacked Velmor Front -> Tarnby");
  });

  it("gives a post after 'Its' or 'Their' to the body the sentence before began with", () => {
    for (const models of [true, false]) {
      const found = read(
        "The Velmor Front, which has been at war with the army since April, did not claim responsibility. Its leader, Dana Orrell, has vowed to take the fight to Tarnby.",
        models,
      );
      expect(found.relations).toContain("leads Dana Orrell -> Velmor Front");
    }
  });
});

describe("an attack in words", () => {
  it("is no attack where a body is attacked for something ('X attacking the Commission for backing down')", () => {
    for (const models of [true, false])
      expect(
        read(
          "The move had its critics, with the Kestrel Party attacking the Velmor Commission for backing down.",
          models,
        ).relations.filter((r) => r.startsWith("attacked")),
      ).toEqual([]);
  });
});

describe("local bodies, airfields and strikes named by their weapon", () => {
  it("a town's name and a lower-case local body is that body ('the Tarnby regional military administration')", () => {
    for (const models of [true, false]) {
      const found = read(
        "Oleh Velo, the head of the Odesa regional military administration, said the missile hit the port. Dana Orrell arrived at the Odesa police station.",
        models,
      );
      expect(found.relations).toContain("leads Oleh Velo -> Odesa regional military administration");
      expect(found.entities).not.toContain("Odesa police:organisation");
    }
  });

  it("an airfield is a place, named with its town ('the Saky airfield')", () => {
    expect(read("Drones struck the Tarvek airfield in the Kherson region on Friday.").entities).toContain(
      "Tarvek airfield:place",
    );
  });

  it("'a Russian missile strike on X' is an event, not Russia's forces acting", () => {
    const found = read("Russian missile strike on Odesa port kills 8 as Ukraine hits a Poltava airfield");
    expect(found.entities).not.toContain("Armed Forces of Russia:organisation");
    expect(found.relations).toContain("attacked Russia -> Odesa port");
  });
});

describe("portfolios and interviews", () => {
  it("takes a portfolio before a post for no body ('Home Affairs spokesman X'), a party before a post for one", () => {
    const found = read(
      "Home Affairs spokesman Dana Orrell demanded assurances. Kestrel leader Tom Velo agreed.",
    );
    expect(found.entities.filter((e) => e.startsWith("Home Affairs"))).toEqual([]);
    expect(read("Labour leader Tom Velo said the party would win in Tarnby.").relations).toContain(
      "leads Tom Velo -> Labour",
    );
  });

  it("takes the outlet of an interview for no topic ('said in his Tarnby Herald interview')", () => {
    const found = read(
      "The plan would have weakened the case for war, Lord Velo said in his Tarnby Herald interview, which was conducted by the editor.",
    );
    expect(found.relations.filter((r) => r.endsWith("-> Tarnby Herald"))).toEqual([]);
  });
});

describe("wire copy from Congo, Sudan and Yemen", () => {
  it("reads 'Congo' as the larger of the two Congos, the one a report from Goma names in full", () => {
    const found = read(
      "GOMA, Democratic Republic of Congo, Jan 27 (UPI) - Rebels said they had taken the city. Congo's army retreated.",
    );
    expect(found.entities).toContain("Armed Forces of DR Congo:organisation");
    expect(found.entities.filter((e) => e.includes("Republic of the Congo"))).toEqual([]);
  });

  it("makes a country's defence force its forces, and a possessive after a comma opens a new phrase", () => {
    for (const models of [true, false]) {
      const found = read(
        "Three peacekeepers were killed in clashes near the town of Tarvek, South Africa's defence force said.",
        models,
      );
      expect(found.relations).toContain("said Armed Forces of South Africa -> Tarvek");
      expect(found.relations).not.toContain("located-in Tarvek -> South Africa");
    }
  });

  it("joins 'U.N.' to the United Nations and leaves the speaker's own body out of the topic", () => {
    const found = read(
      "A United Nations panel said troops were fighting in Goma. U.N. Secretary-General Dana Orrell urged Rwanda to withdraw its forces from the region.",
    );
    expect(found.relations).toContain("leads Dana Orrell -> United Nations");
    expect(found.relations).toContain("said Dana Orrell -> Rwanda");
  });

  it("ends a statement where another's clause begins ('X denies it, but an OSCE panel said …')", () => {
    const found = read(
      "Velmor says it will look at the plans, but Tory Dana Orrell said her party offered a clear choice in Tarnby.",
    );
    expect(found.relations.filter((r) => r.startsWith("said Velmor"))).toEqual([]);
    expect(
      read(
        "Radio Tarnby said the station was not trying to replace Dana Orrell, but would rise to the challenge.",
      ).relations,
    ).toContain("said Radio Tarnby -> Dana Orrell");
  });
});

describe("a compass word before a people's adjective", () => {
  it("makes no region of 'East African leaders' or 'the Southern African Development Community'", () => {
    for (const models of [true, false]) {
      const found = read(
        "Dana Orrell called a summit of East African leaders. Peacekeepers with the Southern African Development Community mission were killed. Rains hit West Africa.",
        models,
      );
      expect(
        found.entities.filter((e) =>
          /^(?:East African|Southern African Development Community):place$/.test(e),
        ),
      ).toEqual([]);
      expect(found.entities).toContain("West Africa:place");
    }
  });
});

describe("a country's authorities and an offensive into a region", () => {
  it("makes 'Russian authorities' the country: it speaks and takes part in what it declares", () => {
    for (const models of [true, false]) {
      const found = read(
        "Russian authorities declared a state of emergency in the Tarvek region on Tuesday.",
        models,
      );
      expect(found.relations).toContain("participant-in Russia -> Tarvek state of emergency");
      expect(
        read("Russian authorities said the attack had been repelled near Ossenka.", models).relations,
      ).toContain("said Russia -> attack");
    }
  });

  it("places an offensive 'into Russia's X region' in the region", () => {
    expect(
      read("Ukraine launched a surprise cross-border offensive into Russia's Tarvek region last week.")
        .relations,
    ).toContain("located-in Tarvek offensive -> Tarvek region");
  });
});

describe("a body named with its kind after it", () => {
  it("speaks and acts as 'Ukraine's SBU security service said its long-range drones struck X'", () => {
    for (const models of [true, false]) {
      const found = read(
        "Ukraine's TVK security service said its long-range drones struck the Ossen oil refinery in Russia's southern Tarvek region on Sunday.",
        models,
      );
      expect(found.relations).toContain("said TVK -> Ossen oil refinery");
      expect(found.relations).toContain("attacked TVK -> Ossen oil refinery");
    }
    expect(read("The Kestrel party said the Velmor Union needed to explain its plan.").relations).toContain(
      "said Kestrel -> Velmor Union",
    );
  });
});

describe("a country's military intelligence", () => {
  it("is a body its head leads ('the head of Ukraine's military intelligence')", () => {
    for (const models of [true, false])
      expect(
        read("Dana Orrell, the head of Ukraine's military intelligence, said the line was holding.", models)
          .relations,
      ).toContain("leads Dana Orrell -> Ukraine's military intelligence");
  });
});

describe("live-blog copy", () => {
  it("keeps a caption's sentence and drops its 'Photograph:' credit", () => {
    const found = read(
      "Shelling goes on in the south.\n\nA photo shows firefighters at the scene of a Russian strike in Kryvyi Rih. Photograph: Tarnby Press\n\nOfficials said the war would go on.",
    );
    expect(found.entities).toContain("Kryvyi Rih:place");
    expect(found.entities.filter((e) => e.startsWith("Tarnby Press"))).toEqual([]);
  });

  it("makes the head of a self-proclaimed republic its leader, not a head coach the land's", () => {
    for (const models of [true, false]) {
      expect(
        read(
          "Dana Orrell, head of the self-proclaimed Tarvek People's Republic, said the village was taken.",
          models,
        ).relations,
      ).toContain("leads Dana Orrell -> Tarvek People's Republic");
      expect(
        read(
          "Tom Velo, head of music at the Kestrel rock radio station in London, said the single would sell.",
          models,
        ).relations.filter((r) => r.startsWith("leads")),
      ).toEqual([]);
    }
  });
});

describe("a given name alone", () => {
  it("is the one person of the article who bears it ('Steven is above money' after 'Steven Tarvel')", () => {
    for (const models of [true, false]) {
      const found = read(
        'Kestrel captain Steven Tarvel scored twice on Saturday. Coach Dana Orrell said: "Steven is above money. Steven can play all over the pitch."',
        models,
      );
      expect(found.aliases("Steven Tarvel")).toContain("Steven");
      expect(found.entities).not.toContain("Steven:person");
    }
  });

  it("is not a surname after 'Mr' ('Mr Howard' beside 'Howard Velo')", () => {
    const found = read(
      "Howard Velo resigned on Monday. Mr Howard, the party leader, said the decision was right.",
    );
    expect(found.aliases("Howard Velo")).not.toContain("Mr Howard");
    expect(found.aliases("Howard Velo")).not.toContain("Howard");
  });
});

describe("an apposition inside an apposition", () => {
  it("leaves the person the speaker ('X, a board member of the Y bank, the Z, said')", () => {
    expect(
      read(
        "But Hans Velo, a board member of the Kestrel central bank, the Kestrelbank, said that trading should remain in Frankfurt.",
        false,
      ).relations,
    ).toContain("said Hans Velo -> Frankfurt");
  });
});

describe("a body's name with a preposition in capitals", () => {
  it("keeps the preposition ('the League Against Cruel Tarnby', 'Reporters Without Borders')", () => {
    for (const models of [true, false]) {
      const found = read(
        "Dana Orrell, chairman of the League Against Cruel Velmor, said the lobby would act.",
        models,
      );
      expect(found.entities).toContain("League Against Cruel Velmor:organisation");
      expect(found.relations).toContain("leads Dana Orrell -> League Against Cruel Velmor");
    }
  });
});

describe("broadcasters named by their number", () => {
  it("keeps the number in 'Radio 1', 'Channel 4', 'BBC Radio 4'", () => {
    for (const models of [true, false]) {
      const found = read(
        "Radio 1 said the show would go on. Channel 4 had bought it, he told BBC Radio 4.",
        models,
      );
      expect(found.entities).toEqual(
        expect.arrayContaining(["Radio 1:organisation", "Channel 4:organisation"]),
      );
      expect(found.entities).not.toContain("Radio:organisation");
    }
  });
});

describe("a country's medium", () => {
  it("is no body ('on US TV', 'French television'), a named station is ('Kestrel TV')", () => {
    for (const models of [true, false]) {
      const found = read(
        "He disapproved of censoring live broadcasts on US TV. French TV showed the match. Kestrel TV said it would appeal.",
        models,
      );
      expect(found.entities.filter((e) => /^(?:US|French) TV:/.test(e))).toEqual([]);
      expect(found.entities).toContain("Kestrel TV:organisation");
    }
  });
});

describe("the peoples of the United Kingdom's nations", () => {
  it("are no bodies ('the Scot', 'the Welshman', 'the Scots')", () => {
    for (const text of [
      "The Scot, who led the team to bronze, moved away from the field.",
      "The Welshman scored twice.",
      "The Scots won the match.",
    ])
      expect(read(text).entities).toEqual([]);
  });
});

describe("a month before 'the'", () => {
  it("begins no name ('In November the Kestrel Medical Association said')", () => {
    expect(
      read("In November the Kestrel Medical Association said staff were in despair in Wales.").relations,
    ).toContain("said Kestrel Medical Association -> Wales");
  });
});

describe("denying a player", () => {
  it("is no statement ('once again Velo denied the Kestrel striker'), denying claims is", () => {
    expect(
      read(
        "Tom Velo was halted again in injury time, but once again Dana Orrell denied the Kestrel striker.",
      ).relations.filter((r) => r.startsWith("said")),
    ).toEqual([]);
    expect(read("The Kestrel Party denied the claims by Tom Velo.").relations).toContain(
      "said Kestrel Party -> Tom Velo",
    );
  });
});

describe("an attack made ready", () => {
  it("is no event that happened ('preparing for strikes against X', 'poised for an attack on Y')", () => {
    for (const models of [true, false]) {
      const found = read(
        "The Velmor army was preparing for strikes against Iran. Israel was poised for an attack on Gaza.",
        models,
      );
      expect(found.entities.filter((e) => e.endsWith(":event"))).toEqual([]);
      expect(found.relations.filter((r) => r.startsWith("attacked"))).toEqual([]);
    }
  });
});

describe("attacks in other words", () => {
  it("reads 'shelled the outskirts of X', 'X was struck by Turkish missiles', 'X came under fire from Y'", () => {
    for (const models of [true, false]) {
      expect(read("Turkish forces shelled the outskirts of Aleppo.", models).relations).toContain(
        "attacked Armed Forces of Türkiye -> Aleppo",
      );
      expect(read("Aleppo was struck by Turkish missiles on Monday.", models).relations).toContain(
        "attacked Armed Forces of Türkiye -> Aleppo",
      );
      expect(
        read("The town of Tarvek came under heavy fire from the Velmor Front on Sunday.", models).relations,
      ).toContain("attacked Velmor Front -> Tarvek");
    }
    expect(read("Hamas fighters ambushed an Israeli convoy near Rafah on Monday.").relations).toContain(
      "attacked Hamas -> Rafah",
    );
  });

  it("takes a city of a million for a place with no cue, but not in a sports report, and 'take on' for no capture", () => {
    expect(read("Turkish forces shelled the outskirts of Aleppo.").entities).toContain("Aleppo:place");
    const match = read(
      "France take on Wales at the Stade de France on Saturday, and the coach said the squad was fit. Milan beat Celtic 2-1 in the league.",
    );
    expect(match.relations.filter((r) => r.startsWith("captured"))).toEqual([]);
  });
});

describe("what forces retake", () => {
  it("is a place though the gazetteer does not know it ('recaptured Ossenivka')", () => {
    for (const models of [true, false])
      expect(read("Ukraine's army said it had recaptured Ossenivka.", models).relations).toContain(
        "captured Armed Forces of Ukraine -> Ossenivka",
      );
  });
});

describe("members of a faith or a people", () => {
  it("are no entity, as nationalities are not ('Muslims', 'Hindus', 'Kurds')", () => {
    for (const models of [true, false]) {
      const found = read(
        "The Velmor Association urged Muslims not to vote for the Kestrel Party. Christians and Hindus joined the rally. Kurds fled the city.",
        models,
      );
      expect(found.entities.filter((e) => /^(?:Muslims|Christians|Hindus|Kurds):/.test(e))).toEqual([]);
      expect(found.relations).toContain("said Velmor Association -> Kestrel Party");
    }
  });
});

describe("a place fled", () => {
  it("is a place though the gazetteer does not know it ('thousands fled Ossenivka')", () => {
    for (const models of [true, false])
      expect(read("Thousands fled Ossenivka on Monday as the shelling went on.", models).entities).toContain(
        "Ossenivka:place",
      );
  });
});

describe("weapons fired at something in a place", () => {
  it("attack the place ('fired missiles at a British tanker in the Gulf of Aden')", () => {
    for (const models of [true, false])
      expect(
        read("The Velmor Front fired missiles at a British tanker in the Gulf of Aden.", models).relations,
      ).toContain("attacked Velmor Front -> Gulf of Aden");
  });
});
