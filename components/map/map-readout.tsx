'use client';

import { useEffect, useRef, useState } from 'react';

type Readout = { text: string; left: number; top: number };

/**
 * The visible label of the map region under the pointer or with keyboard focus. The regions carry
 * their text (aria-label and <title> on the main map, data-label in the closer view), so without JavaScript the map
 * still reads through titles; this only draws the label where the eye is. Hidden from assistive
 * technology, which already reads the focused region's name.
 */
export function MapReadout({ figureId }: { figureId: string }) {
  const [readout, setReadout] = useState<Readout | null>(null);
  const current = useRef<Element | null>(null);

  useEffect(() => {
    const figure = document.getElementById(figureId);
    if (!figure) return;
    const show = (event: Event) => {
      const target = event.target instanceof Element ? event.target.closest('.map-region') : null;
      if (!target || !figure.contains(target)) return;
      current.current = target;
      const box = target.getBoundingClientRect();
      const frame = figure.getBoundingClientRect();
      setReadout({ text: target.getAttribute('aria-label') ?? target.getAttribute('data-label') ?? '', left: box.left + box.width / 2 - frame.left, top: box.top - frame.top });
    };
    const hide = (event: Event) => {
      const target = event.target instanceof Element ? event.target.closest('.map-region') : null;
      if (target && target === current.current) {
        current.current = null;
        setReadout(null);
      }
    };
    figure.addEventListener('pointerover', show);
    figure.addEventListener('focusin', show);
    figure.addEventListener('pointerout', hide);
    figure.addEventListener('focusout', hide);
    return () => {
      figure.removeEventListener('pointerover', show);
      figure.removeEventListener('focusin', show);
      figure.removeEventListener('pointerout', hide);
      figure.removeEventListener('focusout', hide);
    };
  }, [figureId]);

  if (!readout) return null;
  return (
    <div
      aria-hidden="true"
      data-testid="map-readout"
      className="pointer-events-none absolute z-10 max-w-[16rem] -translate-x-1/2 -translate-y-full rounded border border-slate-300 bg-white px-2 py-1 text-sm shadow"
      style={{ left: Math.max(0, readout.left), top: Math.max(0, readout.top - 4) }}
    >
      {readout.text}
    </div>
  );
}
