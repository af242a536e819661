import type { ReactNode } from 'react';

/**
 * The frame of the embeds (/[locale]/embed/…): one chart for another site's <iframe>, so no site
 * header, nav or footer (those are app/[locale]/(site)/layout.tsx). <html lang> and the styles come
 * from app/[locale]/layout.tsx; server/security-headers.mjs lets other sites frame these paths only.
 */
export default function EmbedLayout({ children }: { children: ReactNode }) {
  return (
    <main id="main" className="w-full px-3 py-3 sm:px-4">
      {children}
    </main>
  );
}
