/** Entry point of the browser viewer. */
import "./styles.css";
import { App } from "./app";
import { currentUrlState } from "./controllers/url";
import { fetchGraph } from "./data/load";

const initial = currentUrlState();
const url = initial.graph ?? "graph.json";
// The graph is on its way before sigma's WebGL set-up and the panels are built: requested by
// index.html before the modules loaded, or here if that request was for another URL.
const early = window.newsgraphEarlyGraph;
const loading = fetchGraph(url, early?.url === url ? early : undefined);
const app = new App();
void app.start(initial, url, loading);
// `npm start` rebuilds the graph when an article changes, and its dev server says so; that is news
// only for a page showing the served graph, not one opened on another (`?graph=`).
if (initial.graph === null)
  import.meta.hot?.on("newsgraph:graph-rebuilt", () => void app.showRebuiltGraph(url));
