/**
 * What a chart's export says around the chart itself (all in the page's language, written by the
 * page on the server): the export carries its own context, as a Grapher / Datawrapper image does.
 */
export type ChartExportMeta = {
  /** The chart's title. */
  title: string;
  /** The view in words: years, provinces or series, mode. */
  subtitle: string;
  /** The source line, already labelled ("Source: CNNIC; …" / "来源：…"): publishers and reports as the page names them, never ids. */
  source: string;
  /** Notes on the marks drawn (bounds, breaks, readings that stand in for others), one line each. */
  notes: string[];
  /** The page's address for this view. */
  url: string;
  /** A legend to draw above the chart when the chart's own legend is HTML (Recharts), not part of its SVG. */
  legend?: { label: string; colour: string }[];
  /** The file name without extension; describes the view including its filters. */
  filename: string;
  /** The page's language (the SVG's xml:lang). */
  lang: 'en' | 'zh';
};

/** Labels of the two buttons. */
export type ChartExportLabels = { png: string; svg: string };
