import { Quote, SourceLine } from '@/components/models/parts.tsx';
import type { SourceRef } from '@/lib/schemas/model-files.ts';

/**
 * A list item: a statement in our words, the sentences of the paper it rests on (quote, alsoQuotes)
 * and the paper and section they come from. The guide's general rules and the models' context
 * claims are shown this way.
 */
export function CitedClaim({ text, source }: { text: string; source: SourceRef }) {
  return (
    <li className="space-y-1 text-sm">
      <p>{text}</p>
      {source.quote ? <Quote text={source.quote} /> : null}
      {(source.alsoQuotes ?? []).map((q) => (
        <Quote key={q} text={q} />
      ))}
      <SourceLine sourceId={source.sourceId} where={source.where} />
    </li>
  );
}
