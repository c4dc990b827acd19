/** Entry point of the browser viewer. */
import "./styles.css";
import { App } from "./app";

void new App().start();
