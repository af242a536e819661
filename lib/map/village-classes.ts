// Fixed colour classes and bubble sizes for the Taobao-village map: the same value gets the same
// colour and the same circle in every year, so two years' maps can be compared by eye.

/** Lower bounds of the classes after the first (1–99): a published "more than 1,500" sits at a class bound. */
export const VILLAGE_CLASS_BREAKS = [100, 250, 500, 1000, 1500] as const;
/** Sequential blues, light to dark, one per class (ColorBrewer "Blues", 7-class, minus the two lightest). */
export const VILLAGE_CLASS_COLOURS = ['#c6dbef', '#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#08519c'] as const;
/** Provinces outside the chosen ones: neutral and light, so the chosen ones stand out. */
export const MUTED_FILL = '#f1f5f9';
export const MUTED_BOUND = '#e2e8f0';

export type ValueClass = { index: number; from: number; to: number | null; colour: string };

export const VILLAGE_CLASSES: readonly ValueClass[] = VILLAGE_CLASS_COLOURS.map((colour, index) => ({
  index,
  from: index === 0 ? 1 : VILLAGE_CLASS_BREAKS[index - 1],
  // The upper end of a class is the next bound minus one (counts are whole numbers); the last is open.
  to: index < VILLAGE_CLASS_BREAKS.length ? VILLAGE_CLASS_BREAKS[index] - 1 : null,
  colour,
}));

/**
 * The class of a count, or null for no figure. A lower bound (">1,500") is classed by its bound: the
 * true value is in that class or above, which the map marks with a dotted overlay.
 */
export function villageClass(value: number | null | undefined): ValueClass | null {
  if (value == null || !Number.isFinite(value) || value < 1) return null;
  let i = 0;
  while (i < VILLAGE_CLASS_BREAKS.length && value >= VILLAGE_CLASS_BREAKS[i]) i++;
  return VILLAGE_CLASSES[i];
}

/** A count of this size gets a circle of BUBBLE_MAX_RADIUS (map units); areas are proportional to counts. */
export const BUBBLE_REFERENCE = 400;
export const BUBBLE_MAX_RADIUS = 16;
/** Circles shown in the size legend. */
export const BUBBLE_LEGEND_VALUES = [10, 100, 300] as const;

export function bubbleRadius(value: number): number {
  return Math.max(1.5, BUBBLE_MAX_RADIUS * Math.sqrt(Math.max(0, value) / BUBBLE_REFERENCE));
}
