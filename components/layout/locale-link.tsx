import NextLink from 'next/link';
import { getLocale } from 'next-intl/server';
import type { ComponentProps } from 'react';

/** Returns the locale-prefixed path of an app path ('/villages' → '/en/villages'; '/' → '/en'). */
export const localePath = (locale: string, href: string) => `/${locale}${href === '/' ? '' : href}`;

/**
 * A next/link to a path in the current locale. It replaces next-intl's Link in server components:
 * that one is a client component needing the messages provider and next-intl's client runtime on
 * every page, for a prefix the server already knows.
 */
export async function LocaleLink({ href, ...rest }: Omit<ComponentProps<typeof NextLink>, 'href'> & { href: string }) {
  const locale = await getLocale();
  return <NextLink href={localePath(locale, href)} {...rest} />;
}
