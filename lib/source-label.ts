/**
 * The publisher as a reader names it beside a figure: the source's publisher without its
 * parenthetical glosses ("CNNIC (中国互联网络信息中心, China Internet Network Information Center)"
 * → "CNNIC"; "Nanjing University … (南京大学…) and AliResearch (阿里研究院)" → "Nanjing University …
 * and AliResearch"). The full publisher and title stay on the source's entry that the marker opens.
 */
export function publisherName(publisher: string): string {
  let out = publisher;
  // Innermost parentheses first, until none are left (glosses may nest).
  for (let before = ''; before !== out; ) {
    before = out;
    out = out.replace(/\s*[(（][^()（）]*[)）]/g, '');
  }
  return out.replace(/\s{2,}/g, ' ').trim() || publisher;
}
