import { SelectField } from '@/components/table/select-field.tsx';

type Option = { value: number; label: string };

type Props = {
  /** Where the form submits (GET: the page and the view's fragment), so the view works without JavaScript. */
  action: string;
  /** The view's parameter prefix (`c` → cyear, cprovince, ccity) and test-id prefix (`counties` → counties-year…). */
  param: string;
  testId: string;
  /** The page's other parameters, kept when the form is submitted. */
  keep: [string, string][];
  labels: { year: string; province: string; city: string; allProvinces: string; allCities: string; apply: string };
  year: number | null;
  years: number[];
  province: number | null;
  provinceOptions: Option[];
  city: number | null;
  cityOptions: Option[];
};

/**
 * The year / province / city form of a villages-page view with parameters of its own (the Counties
 * view, the loaded list; lib/views/place-filter.ts): one select each, the page's other parameters
 * carried as hidden fields, so applying it leaves the rest of the page's view alone.
 */
export function PlaceFilterForm({ action, param, testId, keep, labels, year, years, province, provinceOptions, city, cityOptions }: Props) {
  return (
    <form method="get" action={action} className="flex flex-wrap items-end gap-3 text-sm" data-testid={`${testId}-filter`}>
      {keep.map(([k, v], i) => (
        <input key={`${k}-${i}`} type="hidden" name={k} value={v} />
      ))}
      <SelectField label={labels.year} name={`${param}year`} value={year} options={years.map((y) => ({ value: y, label: String(y) }))} testId={`${testId}-year`} />
      <SelectField label={labels.province} name={`${param}province`} value={province} allLabel={labels.allProvinces} options={provinceOptions} testId={`${testId}-province`} />
      <SelectField label={labels.city} name={`${param}city`} value={city} allLabel={labels.allCities} options={cityOptions} testId={`${testId}-city`} />
      <button type="submit" className="rounded bg-accent px-3 py-1.5 font-medium text-white" data-testid={`${testId}-apply`}>
        {labels.apply}
      </button>
    </form>
  );
}
