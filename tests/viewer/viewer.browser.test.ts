/**
 * The viewer in headless Chromium (Debian's, via playwright-core) against a vite dev server:
 * load, search, select, evidence, filters, URL round trip, file open (GEXF and JSON), exports,
 * keyboard, themes, tablet layout, and hostile text. Screenshots go to tests/output/ (and one to
 * docs/screenshot.png for the README when UPDATE_SCREENSHOT is set).
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { ViteDevServer } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NODE_TYPE_SPECS, RELATION_TYPE_SPECS } from "../../src/schema";
import { ARROW_EDGE_LIMIT } from "../../src/viewer/graph/sigma-graph";
import { randomGraph } from "../fixtures/random-graph";
import { buildSmallGraph } from "../fixtures/small-graph";
import { launchBrowser, OUTPUT, ROOT, startServer } from "./harness";

let server: ViteDevServer;
let base: string;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  const started = await startServer();
  server = started.server;
  base = started.url;
  browser = await launchBrowser();
  // Warm up: the first load makes vite transform every module once.
  const page = await open("/?graph=/fixtures/small.json");
  await page.close();
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.close();
});

interface Probe {
  nodeViewport(key: string): { x: number; y: number } | null;
  frames(): number;
  displayedLabels(): string[];
  hovered(): string | null;
  nodeColor(key: string): string | null;
  contextEdgesVisible(): boolean;
}

function probe<T>(page: Page, read: (probe: Probe) => T): Promise<T> {
  return page.evaluate(`(${read.toString()})(window.newsgraphProbe)`) as Promise<T>;
}

function nodeColor(page: Page, key: string): Promise<string | null> {
  return page.evaluate(
    (k) => (window as unknown as { newsgraphProbe: Probe }).newsgraphProbe.nodeColor(k),
    key,
  );
}

/**
 * Opaque pixels of exactly these colours on one of sigma's 2D canvases (the WebGL ones cannot be
 * read back). Lines and arrow heads have fully covered pixels; antialiased text does not.
 */
function pixelsOfColours(page: Page, layer: string, colours: string[]): Promise<number> {
  return page.evaluate(
    ({ name, hex }) => {
      const canvas = document.querySelector<HTMLCanvasElement>(`#sigma canvas.sigma-${name}`)!;
      const pixels = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height).data;
      const wanted = new Set(hex.map((h) => Number.parseInt(h.slice(1, 7), 16)));
      let count = 0;
      for (let i = 0; i < pixels.length; i += 4) {
        if (pixels[i + 3] !== 255) continue;
        if (wanted.has((pixels[i]! << 16) | (pixels[i + 1]! << 8) | pixels[i + 2]!)) count++;
      }
      return count;
    },
    { name: layer, hex: colours },
  );
}

async function open(path: string, viewport = { width: 1440, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  contexts.push(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${base}${path}`);
  await page.waitForSelector("body[data-status=ready], body[data-status=error]", { timeout: 30_000 });
  expect(errors).toEqual([]);
  return page;
}

async function summary(page: Page): Promise<string> {
  return (await page.textContent("#filter-summary")) ?? "";
}

function query(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

async function nodeOnScreen(page: Page, key: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    (k) => (window as unknown as { newsgraphProbe: Probe }).newsgraphProbe.nodeViewport(k),
    key,
  );
  if (!point) throw new Error(`${key} is not on screen`);
  const box = (await page.locator("#sigma").boundingBox())!;
  return { x: box.x + point.x, y: box.y + point.y };
}

async function settle(page: Page): Promise<void> {
  // Two animation frames: sigma renders on the next frame after a change.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

describe("viewer in Chromium", () => {
  it("loads the graph with a legend derived from the schema", async () => {
    const page = await open("/?graph=/fixtures/small.json");
    expect(await summary(page)).toBe("21 of 21 nodes · 31 of 31 relations");
    expect(await page.locator(".filters .check-row .swatch.node").count()).toBe(4);
    expect(await page.locator(".filters .check-row .swatch.edge").count()).toBe(9);
    expect(await page.locator("#sigma canvas").count()).toBeGreaterThan(2);
    await settle(page);
    await page.screenshot({ path: resolve(OUTPUT, "load.png") });
    // ForceAtlas2 runs in a worker from the build's positions, and stops on demand.
    const before = await nodeOnScreen(page, "place:kostrin");
    await page.click("#layout-toggle");
    expect(await page.getAttribute("#layout-toggle", "aria-pressed")).toBe("true");
    await page.waitForTimeout(700);
    await page.click("#layout-toggle");
    expect(await page.getAttribute("#layout-toggle", "aria-pressed")).toBe("false");
    const running = await page.evaluate(() =>
      (
        window as unknown as { newsgraphProbe: { isLayoutRunning(): boolean } }
      ).newsgraphProbe.isLayoutRunning(),
    );
    expect(running).toBe(false);
    const after = await nodeOnScreen(page, "place:kostrin");
    expect(Math.hypot(after.x - before.x, after.y - before.y)).toBeGreaterThan(0.5);
  });

  it("finds a person by another spelling and selects them with their evidence", async () => {
    const page = await open("/?graph=/fixtures/small.json");
    await page.keyboard.press("/");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("search");
    await page.keyboard.type("Zelinskiy");
    const first = page.locator("#search-results [role=option]").first();
    await expect.poll(() => first.getAttribute("data-node")).toBe("person:mykola-zelinskyi");
    expect(await first.textContent()).toContain("Mykola Zelinskyi");
    await page.screenshot({ path: resolve(OUTPUT, "search.png") });
    await page.keyboard.press("Enter");
    await page.waitForSelector("#panel:not([hidden]) #panel-title");
    expect(await page.textContent("#panel-title")).toBe("Mykola Zelinskyi");
    expect(query(page).get("node")).toBe("person:mykola-zelinskyi");
    // Relations grouped by type, the quote for `said`, names marked in the sentence.
    const said = page.locator('.relation-group[data-relation="said"]');
    expect(await said.locator(".relation").count()).toBe(2);
    expect(await said.locator("blockquote").allTextContents()).toContain(
      "“No signature without guarantees.”",
    );
    const marks = await said.locator("mark").allTextContents();
    expect(marks).toEqual(expect.arrayContaining(["Zelinskiy", "Port Ossin talks", "NDF"]));
    expect(await said.locator("cite").first().textContent()).toContain(
      "Talks in Port Ossin stall over guarantees",
    );
    await page.waitForTimeout(500);
    await page.mouse.move(5, 5);
    await page.screenshot({ path: resolve(OUTPUT, "selected.png") });
    // The README's picture is refreshed on request, so a test run leaves the work tree clean.
    if (process.env.UPDATE_SCREENSHOT) await page.screenshot({ path: resolve(ROOT, "docs/screenshot.png") });
  });

  it("highlights a hovered node's neighbourhood and selects on click", async () => {
    const page = await open("/?graph=/fixtures/small.json");
    await settle(page);
    const at = await nodeOnScreen(page, "person:ilvana-prestova");
    await page.mouse.move(at.x, at.y);
    await settle(page);
    await page.screenshot({ path: resolve(OUTPUT, "hover.png") });
    await page.mouse.click(at.x, at.y);
    await page.waitForSelector("#panel:not([hidden])");
    expect(await page.textContent("#panel-title")).toBe("Ilvana Prestova");
    // Esc clears the selection and the panel.
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator("#panel").isHidden()).toBe(true);
    expect(query(page).has("node")).toBe(false);
  });

  it("in a big graph, focus switches the context edges off and draws its own edges and arrows", async () => {
    const graph = randomGraph(2_000, ARROW_EDGE_LIMIT + 1_000);
    const page = await open(`/?graph=/fixtures/random-2000-${ARROW_EDGE_LIMIT + 1_000}.json`);
    await settle(page);
    expect(await probe(page, (p) => p.contextEdgesVisible())).toBe(true);
    const labelled = await probe(page, (p) => p.displayedLabels());
    const key = labelled.find((node) => graph.degree(node) >= 2)!;
    const neighbour = graph.neighbors(key)[0]!;
    const stranger = graph.nodes().find((node) => node !== key && !graph.areNeighbors(key, node))!;
    const colour = (node: string) => NODE_TYPE_SPECS[graph.getNodeAttribute(node, "type")].color;
    const relationColours = graph
      .edges(key)
      .map((edge) => RELATION_TYPE_SPECS[graph.getEdgeAttribute(edge, "type")].color);
    expect(await pixelsOfColours(page, "edgeLabels", relationColours)).toBe(0);

    const at = await nodeOnScreen(page, key);
    await page.mouse.move(at.x, at.y);
    await settle(page);
    expect(await probe(page, (p) => p.hovered())).toBe(key);
    expect(await probe(page, (p) => p.contextEdgesVisible())).toBe(false);
    expect(await nodeColor(page, neighbour)).toBe(colour(neighbour));
    expect(await nodeColor(page, stranger)).not.toBe(colour(stranger));
    // The focus edges and their arrow heads are drawn in their relation's colour on the edge-label
    // layer (at least a head's worth of pixels each).
    expect(await pixelsOfColours(page, "edgeLabels", relationColours)).toBeGreaterThan(
      15 * graph.degree(key),
    );
    await page.screenshot({ path: resolve(OUTPUT, "hover-big.png") });

    const box = (await page.locator("#sigma").boundingBox())!;
    await page.mouse.move(box.x + 3, box.y + 3);
    await settle(page);
    expect(await probe(page, (p) => p.hovered())).toBe(null);
    expect(await probe(page, (p) => p.contextEdgesVisible())).toBe(true);
    expect(await nodeColor(page, stranger)).toBe(colour(stranger));
  });

  it("makes edges hoverable again once the first frame (drawn without edge picking) is on screen", async () => {
    const page = await open("/?graph=/fixtures/small.json");
    await settle(page);
    await settle(page);
    const graph = buildSmallGraph();
    // Straight edges only (one relation between the pair): their midpoint lies on the edge.
    const pairKey = (a: string, b: string) => [a, b].sort().join("\u0000");
    const perPair = new Map<string, number>();
    graph.forEachEdge((_edge, _attributes, a, b) => {
      perPair.set(pairKey(a, b), (perPair.get(pairKey(a, b)) ?? 0) + 1);
    });
    const straight = graph.edges().filter((edge) => perPair.get(pairKey(...graph.extremities(edge))) === 1);
    expect(straight.length).toBeGreaterThan(3);
    let hovered = 0;
    for (const edge of straight) {
      const [a, b] = graph.extremities(edge);
      const from = await nodeOnScreen(page, a);
      const to = await nodeOnScreen(page, b);
      const length = Math.hypot(to.x - from.x, to.y - from.y);
      if (length < 80) continue;
      // A few points across the edge: the picking layer is drawn at half resolution.
      for (const [along, across] of [
        [0.5, 0],
        [0.45, 1],
        [0.55, -1],
        [0.4, 0],
        [0.6, 0],
      ] as const) {
        const x = from.x + (to.x - from.x) * along - ((to.y - from.y) / length) * across;
        const y = from.y + (to.y - from.y) * along + ((to.x - from.x) / length) * across;
        await page.mouse.move(x, y);
        await settle(page);
        if (await page.locator("#sigma.pointer").count()) {
          hovered++;
          break;
        }
      }
      if (hovered >= 2) break;
    }
    expect(hovered).toBeGreaterThan(0);
  });

  it("shows an edge's type, direction and evidence", async () => {
    const page = await open("/?graph=/fixtures/small.json&node=person:ilvana-prestova");
    await page.locator('.relation-group[data-relation="said"] .relation .weight').first().click();
    expect(query(page).get("edge")).toBe("said:person:ilvana-prestova->event:drone-strike-on-kostrin");
    expect(await page.textContent("#panel-title")).toBe("Ilvana Prestova → Drone strike on Kostrin");
    expect(await page.textContent(".direction-sentence")).toBe(
      "Ilvana Prestova spoke about Drone strike on Kostrin",
    );
    expect(await page.textContent("#panel blockquote")).toBe("“They aimed at the grain, not at soldiers”");
    await page.screenshot({ path: resolve(OUTPUT, "edge.png") });
    // A node link in the panel goes back to a node.
    await page.locator(".direction-sentence .node-link").last().click();
    expect(await page.textContent("#panel-title")).toBe("Drone strike on Kostrin");
    // Back walks the selections: the edge, then the node we started from.
    await page.goBack();
    await expect
      .poll(() => page.textContent("#panel-title"))
      .toBe("Ilvana Prestova → Drone strike on Kostrin");
    await page.goBack();
    await expect.poll(() => page.textContent("#panel-title")).toBe("Ilvana Prestova");
    await page.goForward();
    await expect
      .poll(() => query(page).get("edge"))
      .toBe("said:person:ilvana-prestova->event:drone-strike-on-kostrin");
  });

  it("filters by type, relation, article, mentions, date and isolation, all in the URL", async () => {
    const page = await open("/?graph=/fixtures/small.json");
    await page.uncheck("#type-event");
    expect(await summary(page)).toBe("17 of 21 nodes · 18 of 31 relations");
    expect(query(page).get("hideTypes")).toBe("event");
    await page.uncheck("#relation-said");
    expect(query(page).get("hideRelations")).toBe("said");
    await page.check("#hide-isolated");
    expect(await summary(page)).toMatch(/^16 of 21 nodes/);
    await page.selectOption("#filter-article", "a2-prestova-visits-kostrin");
    expect(query(page).get("article")).toBe("a2-prestova-visits-kostrin");
    const filtered = await summary(page);
    await page.fill("#search", "Port Ossin talks");
    await expect.poll(() => page.textContent("#search-results")).toContain("hidden by the filters");
    await page.keyboard.press("Escape");
    await page.screenshot({ path: resolve(OUTPUT, "filtered.png") });
    // The link reproduces the view.
    const again = await open(new URL(page.url()).pathname + new URL(page.url()).search);
    expect(await summary(again)).toBe(filtered);
    expect(await again.isChecked("#type-event")).toBe(false);
    expect(await again.isChecked("#relation-said")).toBe(false);
    expect(await again.isChecked("#hide-isolated")).toBe(true);
    expect(await again.inputValue("#filter-article")).toBe("a2-prestova-visits-kostrin");
    await again.click("#reset-filters");
    expect(await summary(again)).toBe("21 of 21 nodes · 31 of 31 relations");
    expect(query(again).toString()).toBe("graph=%2Ffixtures%2Fsmall.json");
  });

  it("filters events by date and keeps undated nodes", async () => {
    const page = await open("/?graph=/fixtures/small.json&from=2025-03-01&to=2025-03-05");
    expect(await page.inputValue("#filter-date-from")).toBe("2025-03-01");
    const text = await summary(page);
    expect(text).toMatch(/^19 of 21 nodes/); // talks (03-08) and the siege (2024) drop out
    // A bar of the histogram filters to its period; "All dates" clears it.
    // (events span four months here, so the bars are months)
    expect(await page.locator(".histogram .bar").count()).toBe(5);
    await page.click('.histogram .bar[data-bucket="2025-03"]');
    expect(query(page).get("from")).toBe("2025-03-01");
    expect(query(page).get("to")).toBe("2025-03-31");
    expect(await summary(page)).toMatch(/^20 of 21 nodes/); // only the 2024 siege drops out
    await page.click("#clear-dates");
    expect(query(page).has("from")).toBe(false);
    await page.screenshot({ path: resolve(OUTPUT, "dates.png") });
    await page.fill("#filter-min-mentions", "4");
    await page.dispatchEvent("#filter-min-mentions", "change");
    expect(query(page).get("min")).toBe("4");
  });

  it("restores selection, search, filters and camera from the URL and writes them back unchanged", async () => {
    const search =
      "graph=/fixtures/small.json&node=place:kostrin&q=kos&hideRelations=visited&size=degree&camera=0.4,0.6,0.7";
    const page = await open(`/?${search}`);
    expect(await page.inputValue("#search")).toBe("kos");
    expect(await page.textContent("#panel-title")).toBe("Kostrin");
    expect(await page.isChecked("#relation-visited")).toBe(false);
    expect(await page.inputValue("#size-by")).toBe("degree");
    await page.waitForTimeout(400);
    expect(decodeURIComponent(new URL(page.url()).search.slice(1))).toBe(search.replace("->", "->"));
  });

  it("steps through neighbours with the arrow keys", async () => {
    const page = await open("/?graph=/fixtures/small.json&node=person:mykola-zelinskyi");
    await page.locator("#sigma").click({ position: { x: 5, y: 5 }, trial: true });
    // The address follows a step a moment later on a loaded machine: wait for it to move.
    const step = async (key: string) => {
      const before = query(page).get("node");
      await page.keyboard.press(key);
      await page
        .waitForFunction((prev) => new URL(location.href).searchParams.get("node") !== prev, before, {
          timeout: 5_000,
        })
        .catch(() => {});
      return query(page).get("node");
    };
    const first = await step("ArrowRight");
    const second = await step("ArrowRight");
    expect(first).not.toBe("person:mykola-zelinskyi");
    expect(second).not.toBe(first);
    expect(await page.textContent("#step-status")).toMatch(/^Neighbour 2 of 4 of Mykola Zelinskyi/);
    expect(await step("ArrowLeft")).toBe(first);
  });

  it("opens a GEXF file, rejects a bad file without losing the graph, and re-opens its own export", async () => {
    const page = await open("/?graph=/fixtures/small.json");
    const gexf = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <graph defaultedgetype="directed">
    <attributes class="node"><attribute id="0" title="type" type="string"/><attribute id="1" title="aliases" type="liststring"/></attributes>
    <nodes>
      <node id="person:ada" label="Ada Brennik"><attvalues><attvalue for="0" value="person"/><attvalue for="1" value="[Brennik, A. Brennik]"/></attvalues><viz:position x="0" y="0"/></node>
      <node id="place:lorn" label="Lorn"><attvalues><attvalue for="0" value="place"/></attvalues><viz:position x="100" y="40"/></node>
      <node id="event:lorn-fair" label="Lorn fair"><attvalues><attvalue for="0" value="event"/></attvalues><viz:position x="50" y="-80"/></node>
    </nodes>
    <edges>
      <edge id="e1" source="person:ada" target="place:lorn" label="visited"/>
      <edge id="e2" source="event:lorn-fair" target="place:lorn" label="located-in"/>
    </edges>
  </graph>
</gexf>`;
    await page.setInputFiles("#file-input", {
      name: "brennik.gexf",
      mimeType: "application/xml",
      buffer: Buffer.from(gexf),
    });
    await expect.poll(() => summary(page)).toBe("3 of 3 nodes · 2 of 2 relations");
    expect(await page.textContent("#message")).toContain("Opened brennik.gexf");
    await page.fill("#search", "brenik");
    await page.locator("#search").focus();
    await page.keyboard.type("");
    await page.keyboard.press("Enter");
    expect(await page.textContent("#panel-title")).toBe("Ada Brennik");

    const bad = JSON.stringify({ nodes: [{ key: "x", attributes: { type: "robot" } }], edges: [] });
    await page.setInputFiles("#file-input", {
      name: "bad.json",
      mimeType: "application/json",
      buffer: Buffer.from(bad),
    });
    await expect.poll(() => page.textContent("#message")).toContain("type “robot”");
    expect(await page.getAttribute("#message", "class")).toBe("error");
    expect(await summary(page)).toBe("3 of 3 nodes · 2 of 2 relations");
    await page.setInputFiles("#file-input", {
      name: "notes.txt",
      mimeType: "text/plain",
      buffer: Buffer.from("hi"),
    });
    await expect.poll(() => page.textContent("#message")).toContain("not a .json or .gexf file");
    await page.screenshot({ path: resolve(OUTPUT, "bad-file.png") });

    // A file without positions is laid out by ForceAtlas2 on its own, which stops by itself.
    const unplaced = JSON.stringify({
      nodes: [
        { key: "person:ada", attributes: { type: "person", label: "Ada Brennik" } },
        { key: "place:lorn", attributes: { type: "place", label: "Lorn" } },
        { key: "place:vell", attributes: { type: "place", label: "Vell" } },
      ],
      edges: [
        { source: "person:ada", target: "place:lorn", attributes: { type: "visited" } },
        { source: "place:lorn", target: "place:vell", attributes: { type: "located-in" } },
      ],
    });
    await page.setInputFiles("#file-input", {
      name: "unplaced.json",
      mimeType: "application/json",
      buffer: Buffer.from(unplaced),
    });
    await expect.poll(() => page.textContent("#graph-name")).toBe("unplaced");
    expect(await page.getAttribute("#layout-toggle", "aria-pressed")).toBe("true");
    expect(await page.isHidden("#panel")).toBe(true);
    await expect
      .poll(() => page.getAttribute("#layout-toggle", "aria-pressed"), { timeout: 6000 })
      .toBe("false");

    // Export what is on screen as GEXF, then open that file: same graph.
    const small = await open("/?graph=/fixtures/small.json&hideTypes=event");
    const [download] = await Promise.all([small.waitForEvent("download"), small.click("#export-gexf")]);
    const path = await download.path();
    const exported = readFileSync(path, "utf8");
    expect(exported).toContain('version="1.3"');
    expect(exported).toContain("Renée Østergaard");
    await small.setInputFiles("#file-input", {
      name: "exported.gexf",
      mimeType: "application/xml",
      buffer: Buffer.from(exported),
    });
    await expect.poll(() => summary(small)).toBe("17 of 17 nodes · 18 of 18 relations");
    await small.fill("#search", "");
    await small.locator("#search").pressSequentially("zelinsky");
    await small.keyboard.press("Enter");
    await small.waitForSelector('.relation-group[data-relation="said"] blockquote');
    expect(await small.textContent('.relation-group[data-relation="said"] blockquote')).toBe(
      "“bombing bread”",
    );
  });

  it("exports the view as a PNG", async () => {
    const page = await open("/?graph=/fixtures/small.json");
    await settle(page);
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#export-png")]);
    const png = readFileSync(await download.path());
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect(png.length).toBeGreaterThan(20_000);
    expect(download.suggestedFilename()).toBe("small.png");
  });

  it("never runs hostile text from a graph file", async () => {
    const page = await open("/?graph=/fixtures/xss.json&node=person:mykola-zelinskyi");
    await page.locator("details.mentions summary").click();
    await page.fill("#search", "");
    await page.locator("#search").pressSequentially("Mykola");
    await page.waitForSelector("#search-results [role=option]");
    await page.keyboard.press("Enter");
    await page.locator('.relation-group[data-relation="said"] .weight').first().click();
    await page.locator(".direction-sentence .node-link").first().click();
    await page.locator("details.mentions summary").click();
    const at = await nodeOnScreen(page, "person:mykola-zelinskyi");
    await page.mouse.move(at.x, at.y);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
    const injected = await page.evaluate(
      () =>
        document.querySelectorAll(
          "#panel img, #panel script, #panel svg, #panel iframe, #panel b, #search-results img",
        ).length,
    );
    expect(injected).toBe(0);
    expect(await page.textContent("#panel-title")).toContain("<img src=x onerror=");
    const links = await page.locator("#panel a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    for (const href of links) expect(href).not.toMatch(/^javascript:/i);
    await page.screenshot({ path: resolve(OUTPUT, "xss.png") });
  });

  it("has a dark theme and fits a tablet", async () => {
    const page = await open("/?graph=/fixtures/small.json&node=place:kostrin", { width: 1024, height: 768 });
    await page.click("#theme-toggle");
    expect(await page.getAttribute("html", "data-theme")).toBe("dark");
    await page.waitForTimeout(300);
    expect(
      await page
        .locator("#filters")
        .boundingBox()
        .then((b) => (b?.x ?? 0) < 0),
    ).toBe(true);
    await page.screenshot({ path: resolve(OUTPUT, "tablet-dark.png") });
    await page.click("#toggle-filters");
    await page.waitForTimeout(300);
    expect(
      await page
        .locator("#filters")
        .boundingBox()
        .then((b) => b?.x),
    ).toBe(0);
    await page.screenshot({ path: resolve(OUTPUT, "tablet-dark-filters.png") });
    const portrait = await open("/?graph=/fixtures/small.json&node=place:kostrin", {
      width: 768,
      height: 1024,
    });
    await settle(portrait);
    await portrait.waitForTimeout(400);
    await portrait.screenshot({ path: resolve(OUTPUT, "tablet-portrait.png") });
  });

  it("says clearly when there is no graph yet", async () => {
    const page = await open("/?graph=/fixtures/missing.json");
    expect(await page.getAttribute("body", "data-status")).toBe("error");
    expect(await page.textContent("#message")).toContain("npm run graph");
  });
});
