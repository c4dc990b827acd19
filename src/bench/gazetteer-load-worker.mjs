// Bench helper: time a worker's first gazetteer() as an extraction worker pays it: the module
// load, then building the indexes. NEWSGRAPH_GAZETTEER_CACHE in the worker's env picks the city
// index folder (an empty one: the index is rebuilt, as on the first run after an install).
import { parentPort, workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
const started = performance.now();
const { gazetteer } = await import("../nlp/gazetteer.ts");
const loaded = performance.now();
gazetteer().places("London");
const built = performance.now();
if (workerData?.eager) {
  // The former eager build, for comparison: every city made a Place in one Map.
  const { createRequire } = await import("node:module");
  const { readFileSync } = await import("node:fs");
  const { normalisePlaceName } = await import("../nlp/gazetteer.ts");
  const require = createRequire(import.meta.url);
  const t = performance.now();
  const rows = JSON.parse(readFileSync(require.resolve("country-state-city/lib/assets/city.json"), "utf8"));
  const byName = new Map();
  for (const [name, countryCode, regionCode, lat, lng] of rows) {
    const place = {
      id: `${countryCode}/${regionCode}/${name}`,
      kind: "city",
      name,
      countryCode,
      regionCode,
      lat: Number(lat),
      lng: Number(lng),
    };
    const key = normalisePlaceName(`${name} `); // a fresh string, so the memo does not help
    const list = byName.get(key);
    if (list) list.push(place);
    else byName.set(key, [place]);
  }
  parentPort.postMessage({
    module: (loaded - started) / 1000,
    index: (built - loaded) / 1000,
    eagerCities: (performance.now() - t) / 1000,
  });
} else parentPort.postMessage({ module: (loaded - started) / 1000, index: (built - loaded) / 1000 });
