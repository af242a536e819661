import Link from 'next/link';

export type PageViewLink = { tab: string; href: string; label: string };

type Props = { label: string; testId: string; links: readonly PageViewLink[]; current: string; invalid: string | null };

/**
 * A page's views (the Yongkang page's overview and tables, the Business models page's overview and
 * reference views) as a row of links, one address per view (`?tab=`): server rendered, working
 * without JavaScript, Back and Forward step through them; the shown one marked with aria-current.
 * Styled like the data pages' tabs (components/view-tabs/view-tabs.tsx), and a nav of links for the
 * same reason: each view is a page of its own. For an unknown view the page shows the overview and
 * `invalid`, a line saying so, rather than a 404.
 */
export function PageViewNav({ label, testId, links, current, invalid }: Props) {
  return (
    <>
      <nav aria-label={label} data-testid={testId} className="-mb-px overflow-x-auto border-b border-line">
        <ul className="flex min-w-max gap-1">
          {links.map(({ tab, href, label: tabLabel }) => (
            <li key={tab}>
              <Link
                href={href}
                aria-current={tab === current ? 'page' : undefined}
                data-tab={tab}
                className={`inline-flex min-h-10 items-center rounded-t border border-b-0 px-3 text-sm font-medium ${
                  tab === current ? 'border-line bg-white text-ink' : 'border-transparent text-accent underline-offset-4 hover:bg-accent-soft hover:underline'
                }`}
              >
                {tabLabel}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {invalid === null ? null : (
        <p role="alert" data-testid="invalid-view" className="rounded border border-amber-500 bg-amber-50 px-3 py-2 text-sm">
          {invalid}
        </p>
      )}
    </>
  );
}
