'use client';

import { useSyncExternalStore, type RefObject } from 'react';

const SURFACE = 'svg.recharts-surface';

function serialise(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const { width, height } = svg.getBoundingClientRect();
  clone.setAttribute('width', String(Math.round(width)));
  clone.setAttribute('height', String(Math.round(height)));
  const style = document.createElementNS('http://www.w3.org/2000/svg', 'style');
  style.textContent = `text{font-family:system-ui,'Noto Sans CJK SC',sans-serif;font-size:12px;fill:#1f2933}`;
  clone.insertBefore(style, clone.firstChild);
  const background = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#fff');
  clone.insertBefore(background, style.nextSibling);
  return new XMLSerializer().serializeToString(clone);
}

function download(href: string, filename: string) {
  const a = document.createElement('a');
  a.href = href;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
}

/**
 * PNG and SVG of the chart drawn inside `target` (the first <svg> that is the chart surface).
 * The chart's library loads after the page, so the buttons stay disabled until the chart is drawn.
 */
export function ChartDownloads({ target, filename, pngLabel, svgLabel }: { target: RefObject<HTMLElement | null>; filename: string; pngLabel: string; svgLabel: string }) {
  const findSvg = () => target.current?.querySelector<SVGSVGElement>(SURFACE) ?? target.current?.querySelector('svg') ?? null;
  // Whether the chart surface is in the figure yet (false in the server render and until the chart library has drawn).
  const drawn = useSyncExternalStore(
    (changed) => {
      const figure = target.current;
      if (!figure) return () => {};
      const observer = new MutationObserver(changed);
      observer.observe(figure, { childList: true, subtree: true });
      return () => observer.disconnect();
    },
    () => target.current?.querySelector(SURFACE) != null,
    () => false,
  );

  function saveSvg() {
    const svg = findSvg();
    if (!svg) return;
    const url = URL.createObjectURL(new Blob([serialise(svg)], { type: 'image/svg+xml' }));
    download(url, `${filename}.svg`);
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  function savePng() {
    const svg = findSvg();
    if (!svg) return;
    const { width, height } = svg.getBoundingClientRect();
    const scale = 2;
    const image = new Image();
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(width * scale);
      canvas.height = Math.round(height * scale);
      const ctx = canvas.getContext('2d');
      if (!ctx) return;
      ctx.scale(scale, scale);
      ctx.drawImage(image, 0, 0, width, height);
      download(canvas.toDataURL('image/png'), `${filename}.png`);
    };
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(serialise(svg))}`;
  }

  const button = 'rounded border border-line px-3 py-1 text-sm text-accent hover:bg-accent-soft disabled:cursor-wait disabled:opacity-50 disabled:hover:bg-transparent';
  return (
    <div className="flex gap-2">
      <button type="button" className={button} onClick={savePng} disabled={!drawn}>
        {pngLabel}
      </button>
      <button type="button" className={button} onClick={saveSvg} disabled={!drawn}>
        {svgLabel}
      </button>
    </div>
  );
}
