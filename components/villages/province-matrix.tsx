import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing.ts';
import { formatCount, placeName } from '@/lib/i18n/format.ts';
import type { ProvinceTotalRow } from '@/lib/queries/types.ts';

/** Province × year grid of the published counts; an empty cell is a gap, never a zero. */
export async function ProvinceMatrix({ rows, locale }: { rows: ProvinceTotalRow[]; locale: Locale }) {
  const t = await getTranslations('villages');
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  const provinces = [...new Map(rows.map((r) => [r.province.adcode, r.province])).values()];
  const cell = new Map(rows.map((r) => [`${r.province.adcode}:${r.year}`, r]));
  const latest = (adcode: number) => [...years].reverse().map((y) => cell.get(`${adcode}:${y}`)?.villages).find((v) => v != null) ?? -1;
  provinces.sort((a, b) => latest(b.adcode) - latest(a.adcode));
  return (
    <section aria-labelledby="matrix-heading" className="space-y-2">
      <h2 id="matrix-heading" className="text-lg font-semibold">{t('provinceMatrixTitle')}</h2>
      <div className="overflow-x-auto rounded-lg border border-line" role="region" aria-labelledby="matrix-heading" tabIndex={0}>
        <table className="sticky-key tabular w-full min-w-[36rem] text-sm" data-testid="province-matrix">
          <caption className="px-3 py-2 text-left text-muted">{t('provinceMatrixCaption')}</caption>
          <thead className="bg-slate-50">
            <tr className="border-b border-line">
              <th scope="col" className="px-3 py-2 text-left">{t('colProvince')}</th>
              {years.map((y) => (
                <th key={y} scope="col" className="px-3 py-2 text-right">{y}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {provinces.map((p) => (
              <tr key={p.adcode} className="border-b border-line last:border-0">
                <th scope="row" className="place-name px-3 py-2 text-left font-medium">{placeName(p, locale)}</th>
                {years.map((y) => {
                  const r = cell.get(`${p.adcode}:${y}`);
                  return (
                    <td key={y} className="px-3 py-2 text-right">
                      {formatCount(r?.villages ?? null, locale, r?.villagesQualifier)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
