/**
 * The view as PNG: sigma's layers (WebGL and 2D canvases) composited in DOM order onto one canvas
 * with the theme background. Rendering synchronously first means the WebGL buffers still hold the
 * frame when they are read, without keeping preserveDrawingBuffer on (which costs every frame).
 */
import type { ViewerSigma } from "../controllers/renderer";

export function renderPng(sigma: ViewerSigma, background: string): Promise<Blob> {
  sigma.refresh();
  const container = sigma.getContainer();
  const { width, height } = sigma.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  const out = document.createElement("canvas");
  out.width = Math.round(width * ratio);
  out.height = Math.round(height * ratio);
  const context = out.getContext("2d");
  if (!context) return Promise.reject(new Error("No 2D canvas available"));
  context.fillStyle = background;
  context.fillRect(0, 0, out.width, out.height);
  for (const canvas of container.querySelectorAll("canvas")) {
    if (canvas.width && canvas.height) context.drawImage(canvas, 0, 0, out.width, out.height);
  }
  return new Promise((resolve, reject) => {
    out.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("PNG encoding failed"))), "image/png");
  });
}
