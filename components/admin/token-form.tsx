import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing.ts';

/** A plain HTML form (no JavaScript needed): the server checks the token and sets the session cookie. */
export async function TokenForm({ locale, problem }: { locale: Locale; problem: 'failed' | 'limited' | 'disabled' | null }) {
  const t = await getTranslations('admin');
  return (
    <section aria-labelledby="sign-in-heading" className="max-w-md space-y-3 rounded-lg border border-line p-4">
      <h2 id="sign-in-heading" className="text-lg font-semibold">
        {t('signIn.title')}
      </h2>
      <p className="text-sm text-muted">{t('signIn.lead')}</p>
      {problem ? (
        <p role="alert" data-testid="sign-in-problem" className="rounded border border-red-600 bg-red-50 px-3 py-2 text-sm">
          {t(`signIn.${problem}`)}
        </p>
      ) : null}
      <form method="post" action="/api/v1/imports/session" className="space-y-3" data-testid="token-form">
        <input type="hidden" name="locale" value={locale} />
        <div className="space-y-1">
          <label htmlFor="admin-token" className="block text-sm font-medium">
            {t('signIn.token')}
          </label>
          <input id="admin-token" name="token" type="password" required autoComplete="current-password" className="w-full rounded border border-line px-3 py-2" />
        </div>
        <button type="submit" className="rounded bg-accent px-4 py-2 text-sm font-medium text-white">
          {t('signIn.submit')}
        </button>
      </form>
    </section>
  );
}

export async function SignOutForm({ locale }: { locale: Locale }) {
  const t = await getTranslations('admin');
  return (
    <form method="post" action="/api/v1/imports/session">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="logout" value="1" />
      <button type="submit" className="rounded border border-line px-3 py-1.5 text-sm" data-testid="sign-out">
        {t('signOut')}
      </button>
    </form>
  );
}
