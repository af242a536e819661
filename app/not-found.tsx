import Link from 'next/link';
import './globals.css';

/*
 * The 404 of an address outside both languages (e.g. /favicon.png, or any other file that is absent):
 * the language-prefixed pages have their own in app/[locale]/not-found.tsx. The root layout
 * leaves <html> to the language layout, so this page brings its own, in both languages.
 */
export default function RootNotFound() {
  return (
    <html lang="en">
      <body className="min-h-screen bg-white font-sans text-ink antialiased">
        <main className="mx-auto max-w-2xl space-y-6 px-4 py-16">
          <p className="text-sm font-semibold uppercase tracking-wide text-accent">404</p>
          <h1 className="text-3xl font-bold">
            Page not found · <span lang="zh-CN">页面不存在</span>
          </h1>
          <p className="text-muted">
            There is no page at this address. <span lang="zh-CN">此地址下没有页面。</span>
          </p>
          <ul className="flex flex-wrap gap-3">
            <li>
              <Link href="/en" prefetch={false} className="inline-flex min-h-11 items-center rounded bg-accent px-4 font-medium text-white no-underline">
                Cluster Atlas (English)
              </Link>
            </li>
            <li>
              <Link href="/zh" prefetch={false} lang="zh-CN" className="inline-flex min-h-11 items-center rounded border border-line px-4 text-accent no-underline">
                产业集群图谱（中文）
              </Link>
            </li>
          </ul>
        </main>
      </body>
    </html>
  );
}
