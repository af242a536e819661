import { hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { routing } from './routing.ts';

// One file per area so that sections can be worked on independently; namespaces must not overlap.
const FILES = ['core', 'models', 'wenzhou', 'yongkang', 'crossborder', 'admin', 'views', 'charts', 'embeds', 'counties', 'pickers', 'tabs', 'list'] as const;

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const parts = await Promise.all(FILES.map((f) => import(`../messages/${locale}/${f}.json`).then((m) => m.default as Record<string, unknown>)));
  return { locale, messages: Object.assign({}, ...parts) };
});
