import { sectionMetadata } from '@/components/layout/section-metadata.ts';
import { cookies } from 'next/headers';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ImportHistory } from '@/components/admin/import-history.tsx';
import { ClientMessages } from '@/components/i18n/client-messages.tsx';
import { ImportWorkbench } from '@/components/admin/import-workbench.tsx';
import { SignOutForm, TokenForm } from '@/components/admin/token-form.tsx';
import type { Locale } from '@/i18n/routing.ts';
import { getAdminPageData } from '@/lib/import/admin-page.ts';
import { ADMIN_COOKIE, adminConfig, checkAdmin } from '@/lib/import/auth.ts';
import { maxUploadBytes } from '@/lib/import/http.ts';

type PageProps = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const dynamic = 'force-dynamic';

export const generateMetadata = sectionMetadata('admin', '/admin/import', { index: false });

const PROBLEMS = ['failed', 'limited', 'disabled'] as const;

export default async function AdminImportPage({ params, searchParams }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('admin');
  const query = await searchParams;
  const config = adminConfig();
  const auth = config.enabled ? await checkAdmin({ cookie: (await cookies()).get(ADMIN_COOKIE)?.value ?? null }) : null;
  const problem = PROBLEMS.find((p) => p === query.auth) ?? null;

  let body: React.ReactNode;
  if (!config.enabled) {
    body = (
      <p role="alert" data-testid="imports-disabled" className="max-w-3xl rounded border border-amber-500 bg-amber-50 px-3 py-2 text-sm">
        {t('disabled')}
      </p>
    );
  } else if (!auth?.ok) {
    body = <TokenForm locale={locale} problem={problem} />;
  } else {
    const data = await getAdminPageData();
    body = (
      <>
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p className="text-sm text-muted">{t('signedIn')}</p>
          <SignOutForm locale={locale} />
        </div>
        <ClientMessages namespace="admin">
          <ImportWorkbench datasets={data.datasets} sources={data.sources} locale={locale} maxUploadBytes={maxUploadBytes()} />
        </ClientMessages>
        <ImportHistory rows={data.history} locale={locale} />
      </>
    );
  }

  return (
    <div className="space-y-8" data-testid="admin-import">
      <header className="max-w-3xl space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">{t('title')}</h1>
        <p className="text-muted">{t('lead')}</p>
        <p className="text-sm text-muted">
          {t('cli')} <code className="font-mono text-xs [overflow-wrap:anywhere]">npm run data:import -- --dataset &lt;id&gt; --file &lt;file.csv&gt; --source &lt;id&gt; [--dry-run]</code>
        </p>
      </header>
      {body}
    </div>
  );
}
