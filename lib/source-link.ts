/**
 * The address of one source's entry on the Sources page. The page is filtered and paged, so the
 * `source` parameter makes it show the page holding the entry; the fragment scrolls to it.
 */
export const sourceHref = (locale: string, id: string) => `/${locale}/sources?source=${encodeURIComponent(id)}#source-${id}`;
