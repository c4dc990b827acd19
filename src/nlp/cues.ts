/**
 * Cue words of English news: titles and roles, heads of organisation and place names, event
 * nouns, and the verbs of speech, attack and capture. General vocabulary only: no names.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Titles written before a person's name ("President X", "Gov. X"), lower-cased, dots removed. */
export const PERSON_TITLES = set(`
president vice-president premier minister chancellor governor gov mayor senator sen representative rep
king queen prince princess sheikh emir sultan pope cardinal bishop archbishop rabbi imam ayatollah
general gen lieutenant lt colonel col major maj captain capt sergeant sgt admiral adm commander cmdr marshal
field brigadier private corporal professor prof dr doctor judge justice ambassador envoy secretary
mr mrs ms miss mx sir dame lord lady chief chairman chairwoman chair ceo director spokesman spokeswoman
spokesperson aide adviser advisor analyst officer official deputy head leader speaker prosecutor
attorney lawyer commissioner inspector superintendent sheriff detective agent correspondent reporter
editor presenter anchor coach manager striker midfielder defender goalkeeper captain chancellor
counsellor councillor councilor mp mep msp mla lawmaker legislator congressman congresswoman activist
commander-in-chief premier patriarch metropolitan rector dean secretary-general director-general
attorney-general solicitor-general governor-general inspector-general surgeon-general ensign airman
seaman trooper rifleman chaplain reverend rev pastor spc pfc pvt det insp supt dci dsi constable administrator
magistrate whip driver rider principal commandant economist strategist researcher scientist coordinator`);

/** Titles that are also ordinary adjectives, and so begin bodies' names ("General X-s"). */
export const ADJECTIVE_TITLES = set(`general major private field`);

/**
 * Letters written after a person's name for a seat or a rank ("X Y MP", "X Y QC"): not part of the
 * name, and after a place they name its member ("the X MP").
 */
export const POSTNOMINALS = set(`MP MEP MSP AM QC KC OBE MBE CBE`);

/**
 * Posts in a club or a firm: the name written right before one of them and a person's name is
 * that body ("X manager Y", "X striker Y", "X chairman Y"), also where a town has the same name
 * (clubs are named after their towns). Not posts of a town (mayor, governor) or of a person (aide).
 */
export const CLUB_POSTS = set(`manager boss coach striker midfielder defender goalkeeper keeper winger
captain skipper chairman chairwoman driver rider principal`);

/**
 * Words of a sports report ("goal", "striker", "half-time"): an article with several of them (or
 * with scores) names clubs after their towns, so a town that wins, signs players or has fans there
 * is the club.
 */
export const SPORTS_REPORT_WORDS = set(`goal goals scored scorer scoring striker strikers midfielder
defender goalkeeper keeper winger penalty penalties referee half-time kick-off fixture fixtures
premiership league match matches semi-final quarter-final relegation promotion squad tries try
fly-half scrum-half full-back flanker cup championship season club clubs coach player players team
teams fans`);

/** Last words of a club's name after its town's ("X United", "X Rovers"): a club anywhere. */
export const CLUB_NAME_SUFFIXES = set(`united utd rovers athletic wanderers albion hotspur`);

/** Place heads that also end a club's name after its town ("X City", "X Town"), in a sports report. */
export const CLUB_PLACE_SUFFIXES = set(`city town county`);

/** Lower-case nouns after a club's name ("X fans", "the X squad", "X's manager"). */
export const CLUB_NOUNS = new Set([
  ...set(`manager boss coach striker midfielder defender goalkeeper keeper winger captain skipper
chairman chairwoman`),
  ...set(`fans supporters side team squad player players wing full-back fly-half scrum-half flanker`),
]);

/** Nouns right after a name of any shape that make it a club in a sports report ("X fans"). */
export const SQUAD_NOUNS = set(`fans supporters squad`);

/** Nouns after a name's possessive that make it a club in a sports report ("X's manager"). */
export const SQUAD_NOUNS_AFTER_POSSESSIVE = set(`fans supporters squad manager chairman ground stadium
striker midfielder defender goalkeeper keeper`);

/** Verbs a club takes as subject in a sports report ("X beat Y", "X drew"). */
export const MATCH_VERBS = set(`beat beats thrashed drew lost won edged defeated trounced face faces
host hosts hosted`);

/** Words right before a club's name in a sports report ("beat X", "against X", "joined X"). */
export const CLUB_OBJECT_WORDS = set(`beat beating beats thrashed defeated against v vs join joined
joins joining`);

/**
 * Word pairs right before a club's name in a sports report: the first word, then the preposition
 * ("win over X", "defeat to X", "signed for X", "draw with X", "loan to X"; the club a player came
 * from: "signed from X", "on loan from Y").
 */
export const CLUB_OBJECT_PAIRS: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const pairs = new Map<string, Set<string>>();
  const add = (words: string, preposition: string) => {
    for (const word of words.split(/\s+/)) {
      const prepositions = pairs.get(word) ?? new Set<string>();
      prepositions.add(preposition);
      pairs.set(word, prepositions);
    }
  };
  add("win wins victory victories triumph", "over");
  add("defeat defeats loss losses lost move moved transfer switch loan loaned", "to");
  add("sign signs signed signing", "for");
  add("draw drew", "with");
  add("sign signs signed signing loan loaned transfer transferred switch recruited bought", "from");
  return pairs;
})();

/** A band's posts ("X singer Y"). */
export const BAND_POSTS = set(`singer frontman guitarist drummer bassist vocalist`);

/** Posts in a body that a name of a person's shape takes before them ("X Y analyst Z"). */
/** Members of a parliament, written in capitals after their party ("Labour MP X", "SNP MSP Y"). */
export const PARLIAMENT_MEMBERS = set(`MP MEP MSP MLA TD`);

export const BODY_POSTS = new Set([
  ...CLUB_POSTS,
  ...BAND_POSTS,
  ...set(`analyst economist strategist spokesman spokeswoman spokesperson president chief leader`),
]);

/**
 * Nouns for a work (a film, a book, a show) written right before its title ("the comedy X"): the
 * title is no person, place or organisation.
 */
export const WORK_NOUNS = set(`film films movie movies book novel album song drama sitcom comedy musical
documentary biopic thriller soap sequel remake single series programme cartoon videogame game opera
ballet track franchise`);

/**
 * Kinds of thing a name modifies ("the X worm", "CFA francs", "a Y scooter"): the name is a
 * product's, a program's, a weapon's or a currency's, not a body's.
 */
export const THING_NOUNS = set(`worm worms virus viruses trojan scooter scooters console consoles handset
handsets browser browsers software format formats gadget gadgets chip chips processor processors
vaccine vaccines pill pills missile missiles rifle rifles franc francs peso pesos rupee rupees dinar
dinars rouble roubles ruble rubles drone drones tank tanks jet jets warship warships helicopter helicopters`);

/** Words after a work's title and before a person's name ("X star Y", "X actress Y"). */
export const WORK_CREDITS = set(`star stars actor actress`);

/** Posts written before "of X" or "for X" where X is the body ("the founder of X", "director of X"). */
export const OFFICER_NOUNS = set(`officer executive director founder co-founder owner head shareholder
shareholders employee employees staff spokesman spokeswoman spokesperson`);

/**
 * Posts written before "at X" or "with X" where X is the body that employs the holder ("an
 * economist at X", "an analyst with X"); with the posts in a body (BODY_POSTS).
 */
export const POSTS_AT_A_BODY = set(`director executive executives officer founder partner professor
lecturer researcher scientist analysts economists strategists trader traders chairman boss bosses`);

/** Roles that make the holder the head of the organisation or place they are attached to. */
export const LEADER_ROLES = set(`president premier chancellor governor gov mayor king queen emir sultan
prime-minister leader head chairman chairwoman chair ceo director dictator ruler monarch
secretary-general director-general principal`);

/** Roles that make the holder a member or employee of the organisation named with them. */
export const MEMBER_ROLES = set(`spokesman spokeswoman spokesperson envoy aide adviser advisor analyst
official officer minister secretary ambassador correspondent reporter editor deputy representative
member diplomat negotiator economist researcher expert strategist lawyer staffer employee administrator
scientist epidemiologist virologist lecturer engineer consultant banker broker historian statistician
physician surgeon coordinator partner founder co-founder`);

/** Roles that command a military unit or force. */
export const COMMAND_ROLES = set(`commander commander-in-chief chief general marshal admiral colonel
lieutenant captain major brigadier`);

/** Words that end an organisation's name. */
export const ORGANISATION_HEADS = set(`ministry institute institution department agency office bureau
council committee commission authority administration assembly parliament senate congress duma rada
court tribunal party union league federation association foundation society alliance coalition
organisation organization company corporation corp inc ltd llc plc group bank fund trust university
college school academy hospital forces army navy fleet command battalion brigade regiment division
corps squadron unit units guard guards police militia service services government cabinet
directorate secretariat network news times post journal gazette herald tribune telegraph radio tv
television broadcaster press agency club team airlines airways railways church mission programme
program initiative front movement brotherhood staff forum board labs rifles fusiliers highlanders
borderers dragoons hussars lancers grenadiers marines observatory consortium syndicate survey
cartel caucus collective laboratory partnership guild confederation`);

/**
 * Lower-case nouns that, right before a name, say what kind of body it is ("telecoms firm X",
 * "the carmaker X", "broadcaster X"): the name is an organisation whatever its shape.
 */
export const ORGANISATION_KIND_NOUNS =
  set(`firm firms company companies group giant maker makers carrier institution
retailer retailers bank banks lender broadcaster airline insurer conglomerate publisher label
newspaper newspapers daily tabloid channel network website operator manufacturer carmaker automaker
start-up startup chain supermarket brand studio studios charity watchdog regulator club clubs party
parties union unions outlet outlets agency agencies side outfit band bands magazine magazines weekly
journal paper broadsheet organisation organization supplier suppliers utility exporter importer
distributor provider wholesaler chipmaker drugmaker refiner shipbuilder accountants subsidiary affiliate
auditors pollster pollsters publication publications streamer`);

/**
 * Lower-case nouns that, right after a name, say it names a body of that kind ("the X newspaper",
 * "X magazine", "the X group"); singular, since "X newspapers" are someone's papers.
 */
export const ORGANISATION_KIND_AFTER = set(`magazine newspaper tabloid website broadcaster channel network
label firm group company bank airline carrier retailer chain studio agency`);

/**
 * A business's figures before "at": "profits at X", "sales at X" (a town or a venue takes "in" for
 * its figures; "staff at X" and "jobs at X" also fit a plant or an airport).
 */
export const FIGURES_AT_NOUNS = set(`profit profits loss losses sales earnings revenue revenues turnover`);

/** Capitalised words that end a company's name ("X Software", "X Pharmaceuticals", "X Pictures"). */
export const COMPANY_NAME_ENDS = set(`software systems technologies technology networks communications
telecom telecoms pharmaceuticals pharma motors entertainment media records pictures studios holdings
industries enterprises associates partners capital securities investments electronics semiconductor
semiconductors airlines airways petroleum echo chronicle argus energy resources shipping foods logistics
renewables mining minerals biologics therapeutics insurance chemicals textiles breweries brands international
financial bancorp bancshares`);

/** Nouns before "in": what one holds in a company ("shares in X", "a stake in X"), not in a place. */
export const HOLDING_NOUNS = set(`share shares stake stakes holding holdings investment investments
interest interests`);

/** Words that end a place's name. */
export const PLACE_HEADS = set(`river sea ocean lake mountain mountains hills valley bay gulf strait
peninsula island islands coast desert plain plains forest canal dam barrage reservoir region oblast province district county
state city town village square street avenue road highway bridge airport port harbour harbor base
border territory territories republic krai raion municipality prefecture governorate emirate
kingdom strip`);

/** Compass words that begin a region's name ("Middle East", "West Bank", "Horn of Africa" aside). */
export const DIRECTION_WORDS = set(`north south east west northern southern eastern western central middle
far upper lower`);

/** Generic place nouns that can follow or introduce a place name ("Kherson region", "town of X"). */
export const PLACE_CLASS_NOUNS = set(`region oblast province district county state city town village
river territory republic krai raion municipality governorate area capital port`);

/** Facilities named after a place or a person ("Kozloduy nuclear power plant", "Kerch bridge"). */
export const FACILITY_NOUNS = set(`plant station airport airbase base bridge dam port harbour refinery
depot factory mine reactor complex facility terminal pipeline railway airfield airstrip shipyard substation warehouse barracks checkpoint arsenal`);

/** Nouns of a military unit written after a quoted or capitalised name ("“Falcon” battalion"). */
export const UNIT_NOUNS = set(`battalion brigade regiment division corps unit squadron company
platoon detachment group force forces militia legion`);

/** Nouns naming an armed force when attached to a country ("Ukrainian forces"). */
export const FORCE_NOUNS = set(`forces force troops military army`);

/** Plural nouns for a body's fighting members: "X fighters launched", "Rebels of Y captured". */
export const GROUP_MEMBER_NOUNS = set(`fighters militants rebels insurgents gunmen forces troops soldiers`);

/** Words before an action's noun that leave it not (yet) happened: "any Israeli attack", "a possible strike". */
export const NOT_YET_HAPPENED = set(`any possible potential future hypothetical`);

/** Weapons a country's forces strike with ("Russian drones struck X"). */
export const WEAPON_NOUNS = set(`drones drone missiles missile rockets rocket jets warplanes warplane
aircraft bombers helicopters gunships artillery shells tanks warships bombs`);

/** Adjectives allowed between a country word and a force noun ("Ukrainian armed forces"). */
export const FORCE_MODIFIERS = set(`armed defence defense ground land regular air naval`);

/** Nouns that make an event; the value is the event class used to merge mentions of one event. */
export const EVENT_NOUNS: ReadonlyMap<string, string> = new Map([
  ["incursion", "operation"],
  ["offensive", "operation"],
  ["counteroffensive", "operation"],
  ["counter-offensive", "operation"],
  ["assault", "operation"],
  ["operation", "operation"],
  ["push", "operation"],
  ["invasion", "invasion"],
  ["attack", "attack"],
  ["attacks", "attack"],
  ["strike", "strike"],
  ["strikes", "strike"],
  ["airstrike", "strike"],
  ["airstrikes", "strike"],
  ["raid", "attack"],
  ["raids", "attack"],
  ["bombardment", "attack"],
  ["shelling", "attack"],
  ["shellings", "attack"],
  ["evacuation", "evacuation"],
  ["emergency", "emergency"],
  ["ceasefire", "ceasefire"],
  ["cease-fire", "ceasefire"],
  ["truce", "ceasefire"],
  ["visit", "visit"],
  ["talks", "talks"],
  ["negotiations", "talks"],
  ["summit", "summit"],
  ["war", "war"],
  ["election", "election"],
  ["elections", "election"],
  ["referendum", "referendum"],
  ["protest", "protest"],
  ["protests", "protest"],
  ["withdrawal", "withdrawal"],
  ["battle", "battle"],
  ["earthquake", "disaster"],
  ["flood", "disaster"],
  ["floods", "disaster"],
  ["hurricane", "disaster"],
  ["explosion", "disaster"],
]);

/**
 * Nouns of happenings that are events only where the article is about one: it names it again
 * with "the" ("the recall", "the trial"), so the noun stands for this story's happening, not for
 * a kind of thing ("a recall is costly"). Class by noun.
 */
export const STORY_EVENT_NOUNS: ReadonlyMap<string, string> = new Map([
  ["recall", "recall"],
  ["lawsuit", "lawsuit"],
  ["trial", "trial"],
  ["heist", "crime"],
  ["robbery", "crime"],
  ["kidnapping", "crime"],
  ["shooting", "attack"],
  ["bombing", "attack"],
  ["massacre", "attack"],
  ["outbreak", "disaster"],
  ["epidemic", "disaster"],
  ["quake", "disaster"],
  ["landslide", "disaster"],
  ["crash", "disaster"],
  ["merger", "deal"],
  ["takeover", "deal"],
  ["coup", "coup"],
  ["uprising", "protest"],
  ["riots", "protest"],
  ["walkout", "strike"],
  ["stoppage", "strike"],
  ["inquiry", "inquiry"],
  ["investigation", "inquiry"],
  ["ceremony", "ceremony"],
]);

/**
 * Last words of named events that are not events in lower case ("the World Cup", "the Australian
 * Open", "the Cannes Film Festival"; but "a cup", "open", "games"): they type capitalised names only.
 */
export const NAMED_EVENT_HEADS: ReadonlyMap<string, string> = new Map(
  [
    ...["cup", "slam", "open", "championship", "championships", "olympics", "games", "tournament"],
    ...["trophy", "marathon", "prix", "derby", "final", "finals", "series"],
  ]
    .map((head): [string, string] => [head, "competition"])
    .concat(
      ["festival", "awards", "expo", "fair", "biennale", "summit", "conference"].map((head) => [
        head,
        "festival",
      ]),
    ),
);

/** Words that name a storm before its given name ("Hurricane X", "Typhoon X"): a disaster. */
export const STORM_NOUNS = set(`hurricane hurricanes typhoon typhoons cyclone cyclones`);

/** Holidays and seasons: capitalised, but dates, not entities. */
export const HOLIDAYS = set(`christmas easter ramadan eid hanukkah diwali thanksgiving halloween lent
advent passover`);

export const SPEECH_VERBS = set(`said says say saying told tells tell telling added adds adding
stated states stating announced announces announcing claimed claims claiming declared declares
warned warns warning wrote writes writing posted posts insisted insists argued argues noted notes
explained explains emphasized emphasised emphasizes emphasises urged urges urging called calls
commented comments commenting reported reports reporting confirmed confirms denied denies
acknowledged acknowledges admitted admits suggested suggests hinted hints replied replies
responded responds accused accuses described describes promised promises vowed vows pledged
pledges predicted predicts estimated estimates believes believed thinks thought asserted asserts
stressed stresses tweeted tweets remarked remarks indicated indicates revealed reveals
outlined outlines hailed hails`);

export const ATTACK_VERBS = set(`attack attacks attacked attacking strike strikes struck striking
shell shells shelled shelling bomb bombs bombed bombing bombard bombards bombarded bombarding storm
storms stormed storming invade invades invaded invading hit hits hitting target targets targeted
targeting raid raids raided raiding pound pounds pounded pounding assault assaults assaulted
assaulting damage damages damaged damaging destroy destroys destroyed destroying enter enters
entered entering penetrate penetrated advance advances advanced advancing push pushed pushing
launch launched ambush ambushes ambushed ambushing besiege besieges besieged besieging encircle
encircles encircled encircling blockade blockades blockaded blockading`);

export const CAPTURE_VERBS = set(`seize seizes seized seizing capture captures captured capturing
take takes took taken taking occupy occupies occupied occupying control controls controlled
liberate liberates liberated annex annexed retake retakes retook retaken retaking recapture recaptures
recaptured recapturing regain regains regained overran overrun`);

export const VISIT_VERBS = set(`visit visits visited visiting toured tours tour travelled traveled
arrived arrives flew flies landed`);

export const MONTHS = set(`january february march april may june july august september october
november december jan feb mar apr jun jul aug sep sept oct nov dec`);

export const WEEKDAYS = set(`monday tuesday wednesday thursday friday saturday sunday`);

/** Lower case, without one full stop at the end ("Gen." → "gen"). */
export function normaliseCue(word: string): string {
  // Asked for every word of every capitalised run: no pattern (a regular expression literal is a
  // new object at each evaluation) and no second string where there is no stop.
  const lower = word.toLowerCase();
  return lower.charCodeAt(lower.length - 1) === 46 ? lower.slice(0, -1) : lower;
}
