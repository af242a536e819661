import { MAP_HEIGHT, MAP_WIDTH } from '@/components/map/province-choropleth.tsx';
import { buildChinaMap, provinceSprite } from '@/lib/map/china-map.ts';

// The geometry is bundled with the build, so the file is rendered once at build time.
export const dynamic = 'force-static';

/** The province outlines the choropleth draws with <use>; pages link it with ?v={hash of the geometry}. */
export function GET() {
  const { svg } = provinceSprite(buildChinaMap({ width: MAP_WIDTH, height: MAP_HEIGHT }));
  return new Response(svg, { headers: { 'content-type': 'image/svg+xml; charset=utf-8', 'cache-control': 'public, max-age=31536000, immutable' } });
}
