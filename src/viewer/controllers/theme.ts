/**
 * Light and dark themes: CSS custom properties drive the page, and these values drive what sigma
 * draws on its canvases (labels, halos, dimmed nodes), which CSS cannot reach.
 */
export type ThemeName = "light" | "dark";

export interface CanvasTheme {
  background: string;
  label: string;
  halo: string;
  hoverBox: string;
  dim: string;
  edgeLabel: string;
}

export const CANVAS_THEMES: Record<ThemeName, CanvasTheme> = {
  light: {
    background: "#ffffff",
    label: "#1d2330",
    halo: "rgba(255,255,255,0.85)",
    hoverBox: "#ffffff",
    dim: "#e3e6eb",
    edgeLabel: "#4a5262",
  },
  dark: {
    background: "#14171d",
    label: "#e8ebf1",
    halo: "rgba(20,23,29,0.85)",
    hoverBox: "#252a33",
    dim: "#2b3039",
    edgeLabel: "#aab2c0",
  },
};

const STORAGE_KEY = "newsgraph.theme";

export function initialTheme(): ThemeName {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved === "light" || saved === "dark") return saved;
  } catch {
    // Storage can be blocked (private mode, file://); fall through to the system preference.
  }
  return window.matchMedia?.("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

export function saveTheme(theme: ThemeName): void {
  try {
    localStorage.setItem(STORAGE_KEY, theme);
  } catch {
    // Not being able to remember the theme is harmless.
  }
}
