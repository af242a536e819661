import { getPathMatch } from 'next/dist/shared/lib/router/utils/path-match.js';
import { describe, expect, it } from 'vitest';
import { headerRules, headersForPath } from '@/server/security-headers.mjs';

/** The headers Next.js sends for a path: every rule whose source matches, matched as Next.js builds custom routes (server/lib/router-utils/filesystem.js). */
function headersFor(path: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const rule of headerRules(true)) {
    if (!getPathMatch(rule.source, { strict: true, removeUnnamedParams: true })(path)) continue;
    for (const { key, value } of rule.headers) (out[key.toLowerCase()] ??= []).push(value);
  }
  return out;
}

const EMBEDS = ['/en/embed/users', '/zh/embed/villages', '/en/embed/transactions', '/zh/embed', '/en/embed/users/'];
const OTHERS = ['/', '/en', '/zh', '/en/users', '/zh/villages', '/en/embedded', '/en/embeds/users', '/fr/embed/users', '/embed/users', '/en/users/embed', '/api/v1/series', '/api/health', '/_next/static/chunks/a.js', '/en/not-a-page', '/map/provinces.svg'];

describe('frame-ancestors (server/security-headers.mjs)', () => {
  it.each(EMBEDS)('lets any site frame the embed %s: frame-ancestors *, no X-Frame-Options', (path) => {
    const h = headersFor(path);
    expect(h['content-security-policy']).toHaveLength(1);
    expect(h['content-security-policy'][0]).toContain('frame-ancestors *');
    expect(h['x-frame-options']).toBeUndefined();
    // Everything else of the policy is the same as on any page.
    expect(h['content-security-policy'][0]).toContain("script-src-attr 'none'");
    expect(h['x-content-type-options']).toEqual(['nosniff']);
  });

  it.each(OTHERS)("lets no site frame %s: frame-ancestors 'none' and X-Frame-Options: DENY", (path) => {
    const h = headersFor(path);
    expect(h['content-security-policy']).toHaveLength(1);
    expect(h['content-security-policy'][0]).toContain("frame-ancestors 'none'");
    expect(h['x-frame-options']).toEqual(['DENY']);
  });
});

describe('headersForPath (what server/serve.mjs sets on every response, redirects included)', () => {
  it.each([...EMBEDS, ...OTHERS])('gives %s the same headers as the Next.js rules', (path) => {
    const own = Object.fromEntries(headersForPath(path, true).map(({ key, value }) => [key.toLowerCase(), [value]]));
    expect(own).toEqual(headersFor(path));
  });

  it('decides by the path alone, not the query', () => {
    expect(headersForPath('/en/embed/villages?year=2019', true)).toEqual(headersForPath('/en/embed/villages', true));
    expect(headersForPath('/en/villages?x=/en/embed/users', true)).toEqual(headersForPath('/en/villages', true));
  });
});
