import { InlineNotes, SourceRefView, local } from '@/components/clusters/wenzhou/source-note.tsx';
import type { Locale } from '@/i18n/routing.ts';
import type { ClusterNote } from '@/lib/views/clusters/common.ts';
import type { Point } from '@/lib/views/clusters/cross-border.ts';

/** A list of the paper's points, each with its source passage and the notes that concern it. */
export function PointsList({ points, notes, locale, testId }: { points: Point[]; notes: ClusterNote[]; locale: Locale; testId: string }) {
  const byId = new Map(notes.map((n) => [n.id, n]));
  return (
    <ul className="max-w-3xl space-y-3 text-sm" data-testid={testId}>
      {points.map((p) => (
        <li key={p.id} data-point={p.id} className="space-y-1 border-l-2 border-line pl-3">
          <p>{local(p.text, locale)}</p>
          <SourceRefView source={p.source} ns="crossborder" />
          <InlineNotes notes={p.noteIds.map((id) => byId.get(id)).filter((n): n is ClusterNote => n !== undefined)} locale={locale} ns="crossborder" />
        </li>
      ))}
    </ul>
  );
}
