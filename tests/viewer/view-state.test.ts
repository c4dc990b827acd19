/**
 * The URL contract of the view state, as a table: each row is a query string, the state it must
 * parse and clean to against the small fixture, and the query it must serialise back to.
 */
import { describe, expect, it } from "vitest";
import { createDataset } from "../../src/viewer/data/dataset";
import { validateSerializedGraph } from "../../src/viewer/data/validate";
import {
  cleanViewState,
  DEFAULT_FILTERS,
  DEFAULT_VIEW_STATE,
  parseViewState,
  serialiseViewState,
  type ViewState,
} from "../../src/viewer/state/view-state";
import { buildSmallGraph } from "../fixtures/small-graph";

const dataset = createDataset(validateSerializedGraph(buildSmallGraph().export()), "small.json");

function state(
  patch: Omit<Partial<ViewState>, "filters"> & { filters?: Partial<ViewState["filters"]> },
): ViewState {
  return { ...DEFAULT_VIEW_STATE, ...patch, filters: { ...DEFAULT_FILTERS, ...patch.filters } };
}

type Row = [name: string, query: string, expected: ViewState, serialised: string];

const ROWS: Row[] = [
  ["empty query is the default", "", DEFAULT_VIEW_STATE, ""],
  ["unknown parameters are ignored", "foo=bar&utm_source=x", DEFAULT_VIEW_STATE, ""],
  [
    "selected node",
    "node=person:mykola-zelinskyi",
    state({ selection: { kind: "node", key: "person:mykola-zelinskyi" } }),
    "node=person:mykola-zelinskyi",
  ],
  ["unknown node is dropped", "node=person:nobody", DEFAULT_VIEW_STATE, ""],
  [
    "selected edge",
    "edge=leads:person:ilvana-prestova->place:velarno-oblast",
    state({ selection: { kind: "edge", key: "leads:person:ilvana-prestova->place:velarno-oblast" } }),
    "edge=leads:person:ilvana-prestova-%3Eplace:velarno-oblast",
  ],
  ["unknown edge is dropped", "edge=said:a->b", DEFAULT_VIEW_STATE, ""],
  [
    "node wins over edge",
    "node=place:kostrin&edge=said:a->b",
    state({ selection: { kind: "node", key: "place:kostrin" } }),
    "node=place:kostrin",
  ],
  ["search text", "q=Zelinskiy", state({ search: "Zelinskiy" }), "q=Zelinskiy"],
  [
    "search with spaces and accents",
    "q=Ren%C3%A9e+%C3%98",
    state({ search: "Renée Ø" }),
    "q=Ren%C3%A9e+%C3%98",
  ],
  [
    "hidden node types, sorted in schema order, unknown dropped",
    "hideTypes=place,bogus,person",
    state({ filters: { hiddenNodeTypes: ["person", "place"] } }),
    "hideTypes=person,place",
  ],
  [
    "hidden relations",
    "hideRelations=said,located-in,nope",
    state({ filters: { hiddenRelations: ["said", "located-in"] } }),
    "hideRelations=said,located-in",
  ],
  ["empty lists are the default", "hideTypes=&hideRelations=", DEFAULT_VIEW_STATE, ""],
  [
    "known article",
    "article=a3-port-ossin-talks",
    state({ filters: { article: "a3-port-ossin-talks" } }),
    "article=a3-port-ossin-talks",
  ],
  ["unknown article is dropped", "article=zzz", DEFAULT_VIEW_STATE, ""],
  ["minimum mentions", "min=3", state({ filters: { minMentions: 3 } }), "min=3"],
  [
    "min above the data is clamped",
    "min=100000",
    state({ filters: { minMentions: dataset.maxMentions } }),
    `min=${dataset.maxMentions}`,
  ],
  ["negative min is the default", "min=-2", DEFAULT_VIEW_STATE, ""],
  ["fractional min is the default", "min=1.5", DEFAULT_VIEW_STATE, ""],
  ["non-numeric min is the default", "min=lots", DEFAULT_VIEW_STATE, ""],
  ["hide isolated", "isolated=hide", state({ filters: { hideIsolated: true } }), "isolated=hide"],
  ["isolated=show is the default", "isolated=show", DEFAULT_VIEW_STATE, ""],
  [
    "date range",
    "from=2025-03-01&to=2025-03-08",
    state({ filters: { dateFrom: "2025-03-01", dateTo: "2025-03-08" } }),
    "from=2025-03-01&to=2025-03-08",
  ],
  ["year-month dates", "from=2025-03", state({ filters: { dateFrom: "2025-03" } }), "from=2025-03"],
  [
    "reversed range is swapped",
    "from=2025-03-08&to=2025-03-01",
    state({ filters: { dateFrom: "2025-03-01", dateTo: "2025-03-08" } }),
    "from=2025-03-01&to=2025-03-08",
  ],
  [
    "malformed date is dropped",
    "from=yesterday&to=2025-13",
    state({ filters: { dateTo: "2025-13" } }),
    "to=2025-13",
  ],
  ["size by degree", "size=degree", state({ sizeBy: "degree" }), "size=degree"],
  ["unknown size is the default", "size=huge", DEFAULT_VIEW_STATE, ""],
  [
    "camera without angle",
    "camera=0.5,0.25,0.8",
    state({ camera: { x: 0.5, y: 0.25, ratio: 0.8, angle: 0 } }),
    "camera=0.5,0.25,0.8",
  ],
  [
    "camera with angle, rounded",
    "camera=0.123456789,0.2,1.5,0.7853981",
    state({ camera: { x: 0.123456789, y: 0.2, ratio: 1.5, angle: 0.7853981 } }),
    "camera=0.1235,0.2,1.5,0.7854",
  ],
  ["camera with zero ratio is dropped", "camera=0.5,0.5,0", DEFAULT_VIEW_STATE, ""],
  ["camera with junk is dropped", "camera=a,b,c", DEFAULT_VIEW_STATE, ""],
  ["camera with too many parts is dropped", "camera=1,2,3,4,5", DEFAULT_VIEW_STATE, ""],
  [
    "graph URL",
    "graph=/fixtures/small.json",
    state({ graph: "/fixtures/small.json" }),
    "graph=/fixtures/small.json",
  ],
  [
    "everything at once, in canonical order",
    "camera=0.5,0.5,2&size=degree&to=2025-03-09&from=2025-01-01&isolated=hide&min=2&article=a1-drone-strike-kostrin&hideRelations=visited&hideTypes=event&q=kos&node=place:kostrin&graph=g.json",
    state({
      graph: "g.json",
      selection: { kind: "node", key: "place:kostrin" },
      search: "kos",
      filters: {
        hiddenNodeTypes: ["event"],
        hiddenRelations: ["visited"],
        article: "a1-drone-strike-kostrin",
        minMentions: 2,
        hideIsolated: true,
        dateFrom: "2025-01-01",
        dateTo: "2025-03-09",
      },
      sizeBy: "degree",
      camera: { x: 0.5, y: 0.5, ratio: 2, angle: 0 },
    }),
    "graph=g.json&node=place:kostrin&q=kos&hideTypes=event&hideRelations=visited&article=a1-drone-strike-kostrin&min=2&isolated=hide&from=2025-01-01&to=2025-03-09&size=degree&camera=0.5,0.5,2",
  ],
];

describe("view state URL round trip", () => {
  it.each(ROWS)("%s", (_name, query, expected, serialised) => {
    const cleaned = cleanViewState(parseViewState(query), dataset);
    expect(cleaned).toEqual(expected);
    expect(serialiseViewState(cleaned)).toBe(serialised);
    // Serialising is a fixed point: the link it writes reproduces itself (the camera is rounded).
    expect(serialiseViewState(cleanViewState(parseViewState(serialised), dataset))).toBe(serialised);
  });

  it("accepts a leading question mark", () => {
    expect(parseViewState("?q=x").search).toBe("x");
  });

  it("drops date filters when the data has no dates", () => {
    const undated = buildSmallGraph();
    undated.forEachNode((node) => undated.removeNodeAttribute(node, "date"));
    const plain = createDataset(validateSerializedGraph(undated.export()), "undated");
    expect(cleanViewState(parseViewState("from=2025-01-01"), plain).filters.dateFrom).toBeNull();
  });
});
