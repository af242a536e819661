'use client';

import { useErrorStrings } from '@/components/layout/error-strings.tsx';

/** Shown when a page cannot be rendered (e.g. the database is briefly unavailable). */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useErrorStrings();
  return (
    <div role="alert" className="mx-auto max-w-2xl space-y-6 py-12">
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <p className="text-muted">{t.unavailable}</p>
      <div className="flex flex-wrap gap-3">
        <button type="button" onClick={reset} className="min-h-11 rounded bg-accent px-4 font-medium text-white">
          {t.retry}
        </button>
        {/* A plain link: after an error the client router may be what failed. */}
        <a href={t.homeHref} className="inline-flex min-h-11 items-center rounded border border-line px-4 text-accent no-underline">
          {t.home}
        </a>
      </div>
    </div>
  );
}
