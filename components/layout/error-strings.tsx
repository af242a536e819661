'use client';

import { createContext, useContext, type ReactNode } from 'react';

export type ErrorStrings = { title: string; unavailable: string; retry: string; home: string; homeHref: string };

const Strings = createContext<ErrorStrings>({ title: '', unavailable: '', retry: '', home: '', homeHref: '/' });

/** The error page's strings, from the layout (so that the error boundary needs no i18n runtime). */
export function ErrorStringsProvider({ value, children }: { value: ErrorStrings; children: ReactNode }) {
  return <Strings.Provider value={value}>{children}</Strings.Provider>;
}

export const useErrorStrings = () => useContext(Strings);
