import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';

/**
 * Gives the client components inside it the messages of one namespace (only `keys` of it when
 * given). The layout sends no messages to the browser: every message sent is repeated in the
 * page's RSC payload, and most pages have no client component that translates.
 */
export async function ClientMessages({ namespace, keys, children }: { namespace: string; keys?: readonly string[]; children: ReactNode }) {
  const all = (await getMessages()) as Record<string, Record<string, unknown>>;
  const messages = all[namespace] ?? {};
  const picked = keys ? Object.fromEntries(keys.filter((k) => k in messages).map((k) => [k, messages[k]])) : messages;
  return <NextIntlClientProvider messages={{ [namespace]: picked }}>{children}</NextIntlClientProvider>;
}
