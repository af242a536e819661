/**
 * The whole chart as a file, made in the browser (no network call): the chart's own SVG, cleaned
 * of what only the page needs (hover layers, ids, data attributes), with its title, the view in
 * words, the legend where the chart's legend is HTML, notes on the marks, the source line and the
 * page's address drawn around it — an image that still makes sense when shared on its own.
 * Loaded only when a download button is pressed (components/charts/chart-downloads.tsx).
 */
import type { ChartExportMeta } from '@/components/charts/export-meta.ts';
import { wrapText } from '@/lib/charts/text.ts';
import { CHART_INK } from '@/lib/palette.ts';

const FONT = "system-ui, 'Noto Sans CJK SC', 'Noto Sans', sans-serif";
const SVG_NS = 'http://www.w3.org/2000/svg';
/** CSS px; at the PNG's 2× pixel ratio the image is at least 1,280 px wide. */
const MIN_WIDTH = 640;
const PAD = 24;

/** The drawn chart inside a figure: our own charts mark their <svg>; a Recharts chart's surface is the wrapper's direct child (its legend icons are <svg>s too). */
export function chartSurface(figure: HTMLElement): SVGSVGElement | null {
  return figure.querySelector<SVGSVGElement>('svg[data-chart-surface]') ?? figure.querySelector<SVGSVGElement>('.recharts-wrapper > svg.recharts-surface');
}

/**
 * How far down the chart's drawing reaches, in its own px (its surface is drawn 1:1). A Recharts
 * chart keeps the band of its HTML legend (and of an axis given more height than its labels need)
 * empty inside its SVG: the export stops under the lowest mark, label or line instead (on a phone
 * the models chart's image carried ~250 px of blank under its axis). A full-size background is not drawing.
 */
export function drawnBottom(surface: SVGSVGElement): number {
  const frame = surface.getBoundingClientRect();
  let bottom = 0;
  // The innermost elements (a label's lines, not the label): a rotated axis label's own box reaches
  // well under its glyphs.
  for (const el of surface.querySelectorAll<SVGGraphicsElement>('*')) {
    if (el.childElementCount > 0 || el.closest('defs, clipPath, mask, title, desc, [data-export="omit"]')) continue;
    const box = el.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    const background = box.left <= frame.left && box.top <= frame.top && box.right >= frame.right && box.bottom >= frame.bottom;
    if (!background) bottom = Math.max(bottom, box.bottom - frame.top);
  }
  return bottom;
}

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

/** A copy of the chart's SVG without the page's internals: no hover layer, no ids, data attributes or classes (clip paths get neutral ids); inline styles stay (labels carry their fill and size there). */
function cleanCopy(svg: SVGSVGElement): SVGSVGElement {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  for (const el of copy.querySelectorAll('[data-export="omit"]')) el.remove();
  const renamed = new Map<string, string>();
  for (const el of [copy, ...copy.querySelectorAll('*')]) {
    const id = el.getAttribute('id');
    if (id) {
      const neutral = `c${renamed.size + 1}`;
      renamed.set(id, neutral);
      el.setAttribute('id', neutral);
    }
  }
  for (const el of [copy, ...copy.querySelectorAll('*')]) {
    for (const attr of [...el.attributes]) {
      if (attr.name.startsWith('data-') || attr.name === 'class' || attr.name === 'tabindex' || attr.name === 'role' || attr.name.startsWith('aria-')) {
        el.removeAttribute(attr.name);
        continue;
      }
      const refs = attr.value.match(/url\(#([^)]+)\)|^#(.+)$/);
      if (refs) {
        const old = refs[1] ?? refs[2];
        const neutral = renamed.get(old);
        if (neutral) el.setAttribute(attr.name, attr.value.replace(old, neutral));
      }
    }
  }
  return copy;
}

function measurer() {
  const ctx = document.createElement('canvas').getContext('2d');
  return (size: number, weight = 400) =>
    (text: string) => {
      if (!ctx) return text.length * size * 0.6;
      ctx.font = `${weight} ${size}px ${FONT}`;
      return ctx.measureText(text).width;
    };
}

/** A long address broken anywhere (it has no spaces to break at). */
function breakAnywhere(text: string, width: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of text) {
    if (line && measure(line + ch) > width) {
      lines.push(line);
      line = ch;
    } else line += ch;
  }
  if (line) lines.push(line);
  return lines;
}

/** The export as an SVG document and its size in CSS px. */
export function composeSvg(figure: HTMLElement, meta: ChartExportMeta): { svg: string; width: number; height: number } {
  const surface = chartSurface(figure);
  if (!surface) throw new Error('chart not drawn yet');
  const box = surface.getBoundingClientRect();
  const chartW = Math.max(1, Math.round(box.width));
  // A few px under the lowest drawing (descenders, stroke widths), never more than the chart's own height.
  const drawn = drawnBottom(surface);
  const chartH = Math.max(1, drawn > 0 ? Math.min(Math.round(box.height), Math.ceil(drawn + 6)) : Math.round(box.height));
  const width = Math.max(MIN_WIDTH, chartW + 2 * PAD);
  const inner = width - 2 * PAD;
  const scale = inner / chartW;
  const measure = measurer();
  const parts: string[] = [];
  let y = PAD;
  const block = (text: string, size: number, { weight = 400, fill = CHART_INK.text as string, lineHeight = 1.35, anywhere = false }: { weight?: number; fill?: string; lineHeight?: number; anywhere?: boolean } = {}) => {
    const m = measure(size, weight);
    const lines = anywhere ? breakAnywhere(text, inner, m) : wrapText(text, inner, m);
    for (const line of lines) {
      y += size * lineHeight;
      parts.push(`<text x="${PAD}" y="${y.toFixed(1)}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeXml(line)}</text>`);
    }
  };
  block(meta.title, 20, { weight: 700, lineHeight: 1.25 });
  if (meta.subtitle) block(meta.subtitle, 14, { fill: CHART_INK.muted });
  y += 8;
  if (meta.legend?.length) {
    const m = measure(12);
    let x = 0;
    y += 14;
    for (const item of meta.legend) {
      const w = 22 + m(item.label) + 16;
      if (x > 0 && x + w > inner) {
        x = 0;
        y += 18;
      }
      parts.push(`<rect x="${PAD + x}" y="${(y - 9).toFixed(1)}" width="14" height="10" fill="${item.colour}"/>`);
      parts.push(`<text x="${PAD + x + 20}" y="${y.toFixed(1)}" font-size="12" fill="${CHART_INK.text}">${escapeXml(item.label)}</text>`);
      x += w;
    }
    y += 10;
  }
  const copy = cleanCopy(surface);
  copy.setAttribute('x', String(PAD));
  copy.setAttribute('y', y.toFixed(1));
  copy.setAttribute('width', String(inner));
  copy.setAttribute('height', (chartH * scale).toFixed(1));
  copy.setAttribute('viewBox', `0 0 ${chartW} ${chartH}`);
  copy.setAttribute('font-family', FONT);
  copy.setAttribute('overflow', 'visible');
  parts.push(new XMLSerializer().serializeToString(copy).replace(/ xmlns="http:\/\/www\.w3\.org\/2000\/svg"/, ''));
  y += chartH * scale + 8;
  for (const note of meta.notes) block(note, 12, { fill: CHART_INK.muted });
  block(meta.source, 12);
  block(meta.url, 11, { fill: CHART_INK.muted, anywhere: true });
  const height = Math.ceil(y + PAD);
  const svg =
    `<svg xmlns="${SVG_NS}" xml:lang="${meta.lang === 'zh' ? 'zh-CN' : 'en'}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT)}">` +
    `<title>${escapeXml(meta.title)}</title>` +
    `<rect width="100%" height="100%" fill="${CHART_INK.background}"/>` +
    parts.join('') +
    `</svg>`;
  return { svg, width, height };
}

function save(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The download has taken the blob by the next task; keep the URL a little longer for slow machines.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadSvg(figure: HTMLElement, meta: ChartExportMeta) {
  const { svg } = composeSvg(figure, meta);
  save(new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n${svg}`], { type: 'image/svg+xml' }), `${meta.filename}.svg`);
}

/** The same picture at a 2× pixel ratio (≥ 1,280 px wide). */
export async function downloadPng(figure: HTMLElement, meta: ChartExportMeta) {
  const { svg, width, height } = composeSvg(figure, meta);
  const ratio = 2;
  const image = new Image();
  image.width = width;
  image.height = height;
  await new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error('the chart image could not be drawn'));
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  });
  const canvas = document.createElement('canvas');
  canvas.width = width * ratio;
  canvas.height = height * ratio;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.scale(ratio, ratio);
  ctx.drawImage(image, 0, 0, width, height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('the PNG could not be encoded');
  save(blob, `${meta.filename}.png`);
}
