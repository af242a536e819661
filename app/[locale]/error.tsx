'use client';

import { useErrorStrings } from '@/components/layout/error-strings.tsx';

/** Shown when a page cannot be rendered (e.g. the database is briefly unavailable). */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useErrorStrings();
  return (
    <div role="alert" className="mx-auto max-w-xl space-y-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">{t.title}</h1>
      <p className="text-muted">{t.unavailable}</p>
      <button type="button" onClick={reset} className="rounded bg-accent px-4 py-2 text-white">
        {t.retry}
      </button>
    </div>
  );
}
