/**
 * What the mention finder hands to resolution and relation extraction: typed spans plus the
 * structural facts read off the same chunks (titles, possessors, appositions, place chains).
 */
import type { NodeType } from "../schema";

export type PlaceClass = "country" | "region" | "city" | "other";

export interface FoundMention {
  sentence: number;
  start: number;
  end: number;
  /** The surface text as written (an alias). */
  text: string;
  /** The name without titles, determiners and possessive: what resolution compares. */
  name: string;
  type: NodeType;
  /** How the type was decided; kept for debugging and for resolution's confidence. */
  cue: string;
  /** Country code the mention is attached to by a demonym or possessor ("Ukrainian forces" → UA). */
  country?: string;
  placeClass?: PlaceClass;
  geo?: string;
  lat?: number;
  lng?: number;
  /** For events: the class used to merge mentions of one event, and the mention it is anchored in. */
  eventClass?: string;
  anchor?: number;
  /** For events: the date the sentence gives for it (ISO 8601, as precise as the text). */
  date?: string;
  /** For events: the actor named by a demonym, possessor or by-phrase. */
  actor?: number;
  /** True for a pronoun, role or bare "troops" that stands for an entity named elsewhere. */
  referring?: boolean;
  /** Role words written with a person ("president", "spokesman"). */
  roles: string[];
  /** Index into mentions of a modifier this mention depends on (possessor, "Kherson border town"). */
  modifierOf?: number;
}

/**
 * A mention first read as a place that names a body after all: it keeps its span and name and
 * loses the place's coordinates, class and country (they were the place's, not the body's).
 */
export function retypeAsOrganisation(m: FoundMention, cue?: string): void {
  m.type = "organisation";
  if (cue !== undefined) m.cue = cue;
  delete m.geo;
  delete m.lat;
  delete m.lng;
  delete m.placeClass;
  delete m.country;
}

export interface RoleLink {
  /** Person mention index. */
  person: number;
  role: string;
  /** Organisation or place mention the role is held in. */
  holder: number;
  sentence: number;
  /**
   * The person is named as one of the holder ("X Y of the Z Trust"), whatever the title before the
   * name says of their rank in it: a member.
   */
  member?: true;
}

export interface PlaceLink {
  inner: number;
  outer: number;
  sentence: number;
}

export interface FoundMentions {
  mentions: FoundMention[];
  roleLinks: RoleLink[];
  placeLinks: PlaceLink[];
  /** A sports report, where a town's name also names its club (sports-clubs.ts). */
  sportsReport?: boolean;
  /** Capitals used as things and prizes (thingsNamed), and titles of works (worksNamed). */
  things?: string[];
  works?: string[];
}

/** Cues that type a name by its shape or by the recogniser's reading, not by anything around it. */
export const WEAK_CUES: ReadonlySet<string> = new Set([
  "name shape",
  "determiner + proper name",
  "unknown single name",
  "long proper name",
  "recogniser",
  "gazetteer city in a named country",
]);

/**
 * The cue of a place named only where a body is based ("Kumasi-based lender X"): a modifier of the
 * body, which places it (located-in) but is no party to what its sentence says.
 */
export const BASED_IN_CUE = '"-based"';
