/**
 * The publisher as a reader names it beside a figure, from the source's publisher field, which
 * writes a name with its glosses in parentheses: "CNNIC (中国互联网络信息中心, China Internet Network
 * Information Center)". In English the glosses go ("CNNIC"). In Chinese, a publisher made only of
 * glossed names ("A (甲) and B (乙)") reads as their Chinese names ("甲、乙"); any other publisher
 * (a person, "X, as cited by Y") keeps its written form without glosses rather than a half-translated
 * one. The full publisher and title stay on the source's entry that the marker opens.
 */
const GLOSSES = /\s*[(（][^()（）]*[)）]/g;
const GLOSSED_NAME = /^[^()（）,;，；]+[(（]\s*([\u3400-\u9fff][^,，;；()（）]*)[^()（）]*[)）]$/;

export function publisherName(written: string, locale: 'en' | 'zh' = 'en'): string {
  // "Ministry of Information Industry (信息产业部, MII): figure quoted by an MII official": the
  // remark after the colon belongs to the source's entry, not to the name.
  const publisher = written.split(/[:：](?![^()（）]*[)）])/)[0].trim() || written;
  if (locale === 'zh') {
    const names = publisher.split(/(?<=[)）])\s+(?:and|&|\/)\s+/).map((part) => GLOSSED_NAME.exec(part.trim())?.[1]?.trim());
    if (names.every(Boolean)) return names.join('、');
  }
  let out = publisher;
  // Innermost parentheses first, until none are left (glosses may nest).
  for (let before = ''; before !== out; ) {
    before = out;
    out = out.replace(GLOSSES, '');
  }
  return out.replace(/\s{2,}/g, ' ').trim() || publisher;
}
