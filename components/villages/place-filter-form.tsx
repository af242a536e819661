import { getTranslations } from 'next-intl/server';
import { SelectField } from '@/components/table/select-field.tsx';
import type { Locale } from '@/i18n/routing.ts';
import { placeName } from '@/lib/i18n/format.ts';
import type { PlaceFilterView } from '@/lib/views/place-filter.ts';

type Props = {
  view: PlaceFilterView;
  locale: Locale;
  /** The messages of the view (year, province, city, allProvinces, allCities, apply). */
  messages: 'countyView' | 'listView';
  /** Where the form submits (GET: the page and the view's fragment), so the view works without JavaScript. */
  action: string;
  /** The view's parameter prefix (`c` → cyear, cprovince, ccity) and test-id prefix (`counties` → counties-year…). */
  param: string;
  testId: string;
  /** The page's other parameters, kept when the form is submitted. */
  keep: [string, string][];
  /** How a city is named in its select (default: its name). */
  cityLabel?: (city: PlaceFilterView['cityOptions'][number]) => string;
};

/**
 * The year / province / city form of a villages-page view with parameters of its own (the Counties
 * view, the loaded list; lib/views/place-filter.ts): one select each, the page's other parameters
 * carried as hidden fields, so applying it leaves the rest of the page's view alone.
 */
export async function PlaceFilterForm({ view, locale, messages, action, param, testId, keep, cityLabel = (c) => placeName(c, locale) }: Props) {
  const t = await getTranslations(messages);
  return (
    <form method="get" action={action} className="flex flex-wrap items-end gap-3 text-sm" data-testid={`${testId}-filter`}>
      {keep.map(([k, v], i) => (
        <input key={`${k}-${i}`} type="hidden" name={k} value={v} />
      ))}
      <SelectField label={t('year')} name={`${param}year`} value={view.year} options={view.years.map((y) => ({ value: y, label: String(y) }))} testId={`${testId}-year`} />
      <SelectField label={t('province')} name={`${param}province`} value={view.province} allLabel={t('allProvinces')} options={view.provinceOptions.map((p) => ({ value: p.adcode, label: placeName(p, locale) }))} testId={`${testId}-province`} />
      <SelectField label={t('city')} name={`${param}city`} value={view.city} allLabel={t('allCities')} options={view.cityOptions.map((c) => ({ value: c.adcode, label: cityLabel(c) }))} testId={`${testId}-city`} />
      <button type="submit" className="rounded bg-accent px-3 py-1.5 font-medium text-white" data-testid={`${testId}-apply`}>
        {t('apply')}
      </button>
    </form>
  );
}
