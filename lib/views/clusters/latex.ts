/* LaTeX left in the text extracted from the papers, shown as plain symbols. */

/** LaTeX left in the extracted text ("$F_3 \rightarrow M$") as plain symbols ("F3 → M"); the words are untouched. */
export const cleanLatex = (s: string) =>
  s
    .replace(/\$/g, '')
    .replace(/\\rightarrow/g, '→')
    .replace(/\\chi\^2/g, 'χ²')
    .replace(/([A-Z])_(\d)/g, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();

/** LaTeX left in the extracted text, e.g. "$0 < \chi^2 / df < 3$" → "0 < χ²/df < 3". The printed symbols are kept. */
export const cleanPrinted = (s: string) =>
  s
    .replace(/\$/g, '')
    .replace(/\\chi\^2/g, 'χ²')
    .replace(/χ\^2/g, 'χ²')
    .replace(/\s*\/\s*/g, '/')
    .replace(/\s+/g, ' ')
    .trim();
