import { getTranslations } from 'next-intl/server';
import { IndexTree, type IndexTreeItem } from '@/components/clusters/index-tree.tsx';
import { InlineNotes, SourceRefView } from '@/components/clusters/wenzhou/source-note.tsx';
import type { Locale } from '@/i18n/routing.ts';
import type { ClusterNote } from '@/lib/views/clusters/common.ts';
import type { IndexNode, WenzhouCaseStudy } from '@/lib/views/clusters/wenzhou.ts';
import { formatCount } from '@/lib/i18n/format.ts';
import { MixedText } from '@/components/i18n/mixed-text.tsx';
import { wenzhouTabHref } from '@/lib/schemas/wenzhou-view.ts';

type Props = {
  index: WenzhouCaseStudy['indexSystem'];
  notes: ClusterNote[];
  locale: Locale;
  /** The whole tree and the printed table (the `tab=index` view); otherwise the counts and a link to them. */
  full?: boolean;
};

/** Table 1 of Xia's Wenzhou paper as an explorable tree (nested <details>), with counts per level, notes, and the table as printed; on the overview only the counts and a link to the whole (`tab=index`). */
export async function IndexSystem({ index, notes, locale, full = true }: Props) {
  const t = await getTranslations('wenzhou');
  const byId = new Map(notes.map((n) => [n.id, n]));
  const notesOf = (ids: string[]) => ids.map((id) => byId.get(id)).filter((n): n is ClusterNote => n !== undefined);

  const label = (node: IndexNode) =>
    locale === 'zh' ? (
      <>
        <span>
          <MixedText text={node.nameZh} />
        </span>{' '}
        <span lang="en" className="font-normal text-muted">({node.namePrinted})</span>
        {node.zhUncertain ? <span className="ml-1 text-xs font-normal text-amber-800">[{t('tree.uncertain')}]</span> : null}
      </>
    ) : (
      <span>{node.namePrinted}</span>
    );

  // The notes list's accessible name. An aria-label cannot mark English words lang="en", so where the
  // Chinese name is itself the printed English (“原文“Line power”，含义不明”) the list is named by its
  // place in the tree instead: it sits inside that indicator's item.
  const notesLabel = (node: IndexNode) => {
    if (locale !== 'zh') return t('tree.notesOn', { name: node.namePrinted });
    const name = node.nameZh.replace(/（.*$/, '');
    return /[A-Za-z]{2,}/.test(name) ? t('tree.notesOnThis') : t('tree.notesOn', { name });
  };

  function toItem(node: IndexNode): IndexTreeItem {
    const nodeNotes = notesOf(node.noteIds);
    const isLeaf = node.level === 3;
    const body =
      !isLeaf && (node.childrenNote || nodeNotes.length) ? (
        <div className="my-1 space-y-1">
          {node.childrenNote ? <p className="text-sm italic text-muted">{locale === 'zh' ? node.childrenNote.zh : node.childrenNote.en}</p> : null}
          <InlineNotes notes={nodeNotes} locale={locale} ns="wenzhou" label={notesLabel(node)} />
        </div>
      ) : undefined;
    const extra =
      isLeaf && nodeNotes.length ? (
        <details className="mt-1 text-sm">
          <summary className="cursor-pointer text-xs text-amber-800">{t('tree.leafNote', { count: nodeNotes.length })}</summary>
          <div className="mt-1">
            <InlineNotes notes={nodeNotes} locale={locale} ns="wenzhou" label={notesLabel(node)} />
          </div>
        </details>
      ) : undefined;
    return {
      id: node.id,
      label: label(node),
      meta: node.level === 1 ? t('tree.nodeCounts1', { level2: node.counts.level2, level3: node.counts.level3 }) : node.level === 2 ? t('tree.nodeCounts2', { level3: node.counts.level3 }) : undefined,
      body,
      extra,
      open: node.level === 1,
      children: node.children.map(toItem),
    };
  }

  // Rows of the table as printed: a first- or second-level name appears only on its first row.
  const rows: { key: string; l1: string; l2: string; l3: string }[] = [];
  for (const a of index.tree) {
    let firstA = true;
    for (const b of a.children) {
      let firstB = true;
      const leaves = b.children.length ? b.children : [null];
      for (const c of leaves) {
        rows.push({ key: c?.id ?? b.id, l1: firstA ? a.namePrinted : '', l2: firstB ? b.namePrinted : '', l3: c?.namePrinted ?? '' });
        firstA = false;
        firstB = false;
      }
    }
  }
  const levels = [
    { key: 'level1', label: t('tree.level1'), value: index.counts.level1 },
    { key: 'level2', label: t('tree.level2'), value: index.counts.level2 },
    { key: 'level3', label: t('tree.level3'), value: index.counts.level3 },
  ] as const;

  // The tree, the table's notes and the table as printed: on the index view only.
  const body = (
    <>
      <InlineNotes notes={notesOf(index.noteIds)} locale={locale} ns="wenzhou" label={t('tree.notesOnTable')} />
      <IndexTree items={index.tree.map(toItem)} label={t('tree.treeLabel')} testId="index-tree" />

      <details className="rounded border border-line p-3">
        <summary className="cursor-pointer font-medium text-accent">{t('tree.printedTable')}</summary>
        <div className="relative mt-3 overflow-x-auto" role="region" aria-label={t('tree.printedTable')} tabIndex={0}>
          <table className="w-full min-w-[36rem] border-collapse text-sm" data-testid="index-table">
            <caption className="px-2 py-1 text-left text-xs text-muted"><MixedText text={t('tree.printedCaption')} />
            </caption>
            <thead className="bg-slate-50">
              <tr className="border-b border-line">
                {index.columnsPrinted.map((c, i) => (
                  <th key={c} scope="col" className="px-2 py-1 text-left">
                    <span lang="en">{c}</span>
                    {locale === 'zh' ? <span className="block text-xs font-normal text-muted">{index.columnsZh[i]}</span> : null}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key} className="border-b border-line last:border-0">
                  <td lang="en" className="px-2 py-1 font-medium">{r.l1}</td>
                  <td lang="en" className="px-2 py-1">{r.l2}</td>
                  <td lang="en" className="px-2 py-1">{r.l3}</td>
                  <td className="px-2 py-1 text-muted">
                    <span aria-hidden="true">—</span>
                    <span className="sr-only">{t('tree.emptyCell')}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </>
  );

  return (
    <section aria-labelledby="index-heading" className="space-y-4">
      <h2 id="index-heading" className="text-lg font-semibold">
        {t('tree.title')}
      </h2>
      <div className="max-w-3xl space-y-2">
        <p className="text-sm">
          {locale === 'zh' ? <>{index.titleZh} · </> : null}
          <span lang="en" className="italic">
            {index.titlePrinted}
          </span>
        </p>
        <p className="text-sm text-muted">{t('tree.intro')}</p>
      </div>
      <dl className="grid max-w-xl grid-cols-3 gap-3" data-testid="tree-counts">
        {levels.map((l) => (
          <div key={l.key} className="rounded-lg border border-line p-3">
            <dt className="text-xs text-muted">{l.label}</dt>
            <dd className="tabular text-2xl font-semibold" data-testid={`count-${l.key}`}>
              {formatCount(l.value, locale)}
            </dd>
          </div>
        ))}
      </dl>
      <SourceRefView source={index.source} ns="wenzhou" />
      {full ? null : (
        <p>
          <a href={wenzhouTabHref(locale, 'index', 'index-heading')} className="font-medium text-accent underline" data-testid="index-open">
            {t('tree.open', { count: index.counts.level3 })}
          </a>
        </p>
      )}
      {full ? body : null}
    </section>
  );
}
