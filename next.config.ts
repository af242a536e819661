import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { headerRules } from './server/security-headers.mjs';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

const production = process.env.NODE_ENV === 'production';

const nextConfig: NextConfig = {
  // NEXT_OUTPUT=standalone gives Next.js's standalone output; nothing here uses it (`npm start` and the
  // Dockerfile both run server/serve.mjs on the full build).
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  poweredByHeader: false,
  serverExternalPackages: ['@prisma/client', 'pg', '@prisma/adapter-pg'],
  async headers() {
    return headerRules(production);
  },
};

export default withNextIntl(nextConfig);
