// SVG → standalone SVG text and PNG bytes, in the page itself: the diagram is drawn on a canvas
// from a data: URL (the CSP allows img-src data:, nothing is fetched). Mermaid draws its labels
// as SVG text (htmlLabels off, see diagrams.ts): a <foreignObject> would taint the canvas in
// some browsers, and toDataURL would then throw.

/** The SVG as a file of its own: explicit size from its viewBox, XML namespaces, its own styles. */
export function svgText(svg: SVGSVGElement): string {
  const { width, height } = naturalSize(svg);
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.removeAttribute('style');
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  return new XMLSerializer().serializeToString(copy);
}

export function naturalSize(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg.viewBox.baseVal;
  if (box && box.width > 0 && box.height > 0) return { width: Math.ceil(box.width), height: Math.ceil(box.height) };
  const rect = svg.getBoundingClientRect();
  return { width: Math.ceil(rect.width), height: Math.ceil(rect.height) };
}

/** PNG (base64, no data: prefix) at `scale` × the natural size, on `background` (a CSS colour). */
export async function svgToPng(svg: SVGSVGElement, background: string, scale = 2): Promise<{ pngBase64: string; width: number; height: number }> {
  const { width, height } = naturalSize(svg);
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText(svg))}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('this webview cannot draw on a canvas');
  context.fillStyle = background;
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  const dataUrl = canvas.toDataURL('image/png');
  return { pngBase64: dataUrl.slice(dataUrl.indexOf(',') + 1), width, height };
}
