import { Fragment } from 'react';

// A Chinese sentence that quotes the English original (“base installation”, （Alibaba）, an English
// article's title in 《…》): the quoted English is marked lang="en", so screen readers switch voice
// and the page says truthfully which words are English. This is the data's convention for English
// inside Chinese text: an English original stands inside “…”, （…） or 《…》 on its own. Text
// without such quotes renders as it is.
const QUOTED = /(“)([^“”]*)(”)|(（)([^（）“”]*)(）)|(《)([^《》]*)(》)/g;
const latinOnly = (s: string) => /[A-Za-z]{2,}/.test(s) && !/[\u3400-\u9fff]/.test(s);

export function MixedText({ text }: { text: string }) {
  if (!/[\u3400-\u9fff]/.test(text)) return <>{text}</>;
  const parts: React.ReactNode[] = [];
  let last = 0;
  for (const m of text.matchAll(QUOTED)) {
    const [open, inner, close] = m[1] ? [m[1], m[2], m[3]] : m[4] ? [m[4], m[5], m[6]] : [m[7], m[8], m[9]];
    if (!latinOnly(inner)) continue;
    parts.push(text.slice(last, m.index), open, <span lang="en" key={m.index}>{inner}</span>, close);
    last = m.index + m[0].length;
  }
  if (!parts.length) return <>{text}</>;
  parts.push(text.slice(last));
  return (
    <>
      {parts.map((p, i) => (
        <Fragment key={i}>{p}</Fragment>
      ))}
    </>
  );
}
