'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useSyncExternalStore, useTransition, type FormEvent } from 'react';
import { CheckFilter } from '@/components/pickers/check-filter.tsx';
import { CITY_SCOPES, nonDefaultCityParams, withQuery, type CityViewState } from '@/lib/schemas/villages-url.ts';
import { colonAfter } from '@/lib/i18n/punctuation.ts';

/** The form's text, translated on the server (the page ships no next-intl client runtime). */
export type VillageFilterLabels = {
  filters: string;
  year: string;
  scope: string;
  scopeRanked: string;
  scopeAll: string;
  search: string;
  searchPlaceholder: string;
  apply: string;
  reset: string;
  provinces: string;
  /** What the province legend says after the colon, for the provinces the page was rendered with. */
  provincesChosen: string;
  provincesSearch: string;
  provincesPlaceholder: string;
  provincesNone: string;
  /** ICU text with {name}: the label of a chosen province's remove button. */
  remove: string;
  chosenList: string;
};

type Props = {
  path: string;
  labels: VillageFilterLabels;
  state: CityViewState;
  /** Each selectable year with its option text, which says what the year holds (city list, province counts…). */
  years: { year: number; label: string }[];
  provinces: { adcode: number; label: string; hasData: boolean }[];
  /** Id of the sentence saying what the chosen year holds, read with the year selector. */
  yearHelpId?: string;
};

const noSubscription = () => () => {};

/** Writes a view state into the form's (uncontrolled) fields: after Back/Forward the form shows the URL's view. */
function showState(form: HTMLFormElement, state: CityViewState) {
  const field = (name: string) => form.elements.namedItem(name);
  const year = field('year');
  if (year instanceof HTMLSelectElement) year.value = String(state.year);
  const scope = field('scope');
  if (scope instanceof HTMLSelectElement) scope.value = state.scope;
  const q = field('q');
  if (q instanceof HTMLInputElement && document.activeElement !== q) q.value = state.q;
  const chosen = new Set(state.province.map(String));
  for (const box of form.querySelectorAll<HTMLInputElement>('input[name="province"]')) box.checked = chosen.has(box.value);
}

/**
 * A plain GET form (works without JavaScript). With JavaScript every change applies at once as a
 * new history entry (Back undoes a filter); the form stays mounted, so focus stays on the field
 * that was changed, and the URL keeps only the values that differ from the defaults.
 */
export function VillageFilters({ path, labels: l, state, years, provinces, yearHelpId }: Props) {
  const router = useRouter();
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const form = useRef<HTMLFormElement>(null);
  const [pending, startTransition] = useTransition();
  const searchTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const stateKey = withQuery(path, nonDefaultCityParams(state));

  useEffect(() => {
    if (!form.current) return;
    form.current.dataset.ready = 'true'; // hydrated: tests wait for this before using the form
    showState(form.current, state);
    // stateKey names the view; `state` is a new object on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stateKey]);
  useEffect(() => () => clearTimeout(searchTimer.current), []);

  function apply() {
    if (!form.current) return;
    clearTimeout(searchTimer.current);
    const data = new FormData(form.current);
    const next: CityViewState = {
      ...state,
      year: Number(data.get('year')),
      province: data.getAll('province').map(Number),
      q: String(data.get('q') ?? '').trim(),
      scope: (data.get('scope') as CityViewState['scope']) ?? 'ranked',
    };
    const url = withQuery(path, nonDefaultCityParams(next));
    if (url === stateKey) return;
    startTransition(() => router.push(url, { scroll: false }));
  }

  /** A chip's remove button: unchoose the province, then give focus to the province search (the chip goes away). */
  function unchoose(adcode: number) {
    const box = form.current?.querySelector<HTMLInputElement>(`input[name="province"][value="${adcode}"]`);
    if (box) box.checked = false;
    form.current?.querySelector<HTMLInputElement>('[data-testid="province-search"]')?.focus();
    apply();
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    apply();
  }

  const selected = new Set(state.province);
  // Chips are remove buttons: drawn only once hydrated, where they can act (without JavaScript the checked boxes say it).
  const chosen = hydrated ? provinces.filter((p) => selected.has(p.adcode)) : [];
  return (
    <form ref={form} method="get" action={path} onSubmit={onSubmit} aria-label={l.filters} aria-busy={pending} className="grid grid-cols-2 gap-x-3 gap-y-2 rounded-lg border border-line bg-slate-50 px-3 py-2 md:grid-cols-[auto_auto_1fr_auto]">
      <label className="flex min-w-0 flex-col gap-1 text-sm font-medium">
        {l.year}
        <select name="year" defaultValue={state.year} onChange={apply} aria-describedby={yearHelpId} className="rounded border border-line bg-white px-2 py-1" data-testid="year-select">
          {years.map((y) => (
            <option key={y.year} value={y.year}>
              {y.label}
            </option>
          ))}
        </select>
      </label>
      <label className="flex min-w-0 flex-col gap-1 text-sm font-medium">
        {l.scope}
        <select name="scope" defaultValue={state.scope} onChange={apply} className="rounded border border-line bg-white px-2 py-1">
          {CITY_SCOPES.map((s) => (
            <option key={s} value={s}>
              {s === 'ranked' ? l.scopeRanked : l.scopeAll}
            </option>
          ))}
        </select>
      </label>
      <label className="flex min-w-0 flex-col gap-1 text-sm font-medium">
        {l.search}
        <input
          type="search"
          name="q"
          defaultValue={state.q}
          maxLength={40}
          placeholder={l.searchPlaceholder}
          onChange={() => {
            clearTimeout(searchTimer.current);
            searchTimer.current = setTimeout(apply, 300);
          }}
          className="rounded border border-line bg-white px-2 py-1"
        />
      </label>
      <div className="flex items-end gap-2">
        <button type="submit" className="rounded bg-accent px-3 py-1.5 text-sm font-medium text-white">
          {l.apply}
        </button>
        <a href={path} className="px-2 py-1.5 text-sm text-accent underline">
          {l.reset}
        </a>
      </div>
      {/* Collapsed, so the chart stays in the first screen; a native <details> opens without JavaScript
          and keeps its open state across the re-renders a choice causes. */}
      <details className="col-span-2 md:col-span-4" data-testid="province-picker">
        <summary className="cursor-pointer py-1 text-sm font-medium text-accent">
          {l.provinces}
          {colonAfter(l.provinces)}
          {l.provincesChosen}
        </summary>
        <div className="mt-2 space-y-2">
          {chosen.length ? (
            <ul aria-label={l.chosenList} className="flex flex-wrap gap-1.5" data-testid="province-chips">
              {chosen.map((p) => (
                <li key={p.adcode}>
                  <button type="button" onClick={() => unchoose(p.adcode)} aria-label={l.remove.replace('{name}', p.label)} className="inline-flex min-h-6 items-center gap-1 rounded-full border border-accent bg-white px-2.5 py-0.5 text-sm text-accent">
                    {p.label} <span aria-hidden="true">×</span>
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
          <CheckFilter listId="province-options" label={l.provincesSearch} placeholder={l.provincesPlaceholder} noMatch={l.provincesNone} testId="province-search" />
          <fieldset>
            <legend className="sr-only">{l.provinces}</legend>
            <div id="province-options" className="grid max-h-48 grid-cols-2 gap-x-4 gap-y-1 overflow-y-auto rounded border border-line bg-white p-2 text-sm sm:grid-cols-3 lg:grid-cols-6">
              {provinces.map((p) => (
                <label key={p.adcode} data-filter-item data-filter-text={p.label} className={`flex items-center gap-2 py-1 ${p.hasData ? 'font-medium' : 'text-muted'}`}>
                  <input type="checkbox" name="province" value={p.adcode} defaultChecked={selected.has(p.adcode)} onChange={apply} className="h-4 w-4" />
                  {p.label}
                </label>
              ))}
            </div>
          </fieldset>
        </div>
      </details>
      <input type="hidden" name="sort" value={state.sort} />
      <input type="hidden" name="dir" value={state.dir} />
      {/* Without JavaScript the form is submitted as is: the tab shown goes with it. */}
      {state.tab && state.tab !== 'chart' ? <input type="hidden" name="tab" value={state.tab} /> : null}
    </form>
  );
}
