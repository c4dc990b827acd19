/** Entry point of the browser viewer. */
import "./styles.css";
import { App } from "./app";
import { currentUrlState } from "./controllers/url";
import { fetchGraph } from "./data/load";

const initial = currentUrlState();
const url = initial.graph ?? "graph.json";
// Ask for the graph first: sigma's WebGL set-up and the panels are built while it downloads.
const loading = fetchGraph(url);
void new App().start(initial, url, loading);
