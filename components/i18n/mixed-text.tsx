import { Fragment } from 'react';
import { englishSpans } from '@/lib/i18n/english-spans.ts';

// A Chinese sentence that quotes the English original (“base installation”, （Alibaba）, an English
// article's title in 《…》): the quoted English is marked lang="en", so screen readers switch voice
// and the page says truthfully which words are English (the convention: lib/i18n/english-spans.ts).
// Text without such quotes renders as it is.
export function MixedText({ text }: { text: string }) {
  const parts = englishSpans(text);
  if (parts.length === 1 && !parts[0].english) return <>{text}</>;
  return (
    <>
      {parts.map((p, i) =>
        p.english ? (
          <span lang="en" key={i}>
            {p.text}
          </span>
        ) : (
          <Fragment key={i}>{p.text}</Fragment>
        ),
      )}
    </>
  );
}
