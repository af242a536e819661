'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState, useTransition, type FormEvent } from 'react';
import { nonDefaultSeriesParams, reversedRange, SERIES_MODES, type SeriesViewState } from '@/lib/schemas/series-url.ts';
import { joinClauses, parenthesize } from '@/lib/i18n/punctuation.ts';
import { CheckFilter } from '@/components/pickers/check-filter.tsx';
import type { PickerGroup } from '@/lib/pickers/series-presets.ts';

/** The form's text, translated on the server (the page ships no next-intl client runtime). */
export type SeriesControlLabels = {
  controls: string;
  /** The one line a phone shows while the controls are collapsed: the view's series, years and mode. */
  controlsSummary: string;
  pickSeries: string;
  /** The collapsed picker's summary: how many of the catalogue's series are shown. */
  seriesChosen: string;
  estimate: string;
  from: string;
  to: string;
  mode: string;
  modes: Record<SeriesViewState['mode'], string>;
  base: string;
  log: string;
  midyear: string;
  apply: string;
  reset: string;
  /** ICU text with {from}, {to} (the reader's years) and {shownFrom}, {shownTo} (the years in view). */
  rangeReversed: string;
  searchSeries: string;
  searchSeriesPlaceholder: string;
  noSeriesMatch: string;
  presets: string;
  groups: Record<PickerGroup, string>;
};

/** A named view: a link that sets the URL's series (works without JavaScript). */
export type SeriesPresetLink = { id: string; name: string; href: string; current: boolean };

type Props = {
  path: string;
  labels: SeriesControlLabels;
  state: SeriesViewState;
  defaults: { series: string[] };
  options: { id: string; label: string; unitLabel: string; official: boolean; group: PickerGroup }[];
  presets: SeriesPresetLink[];
  range: { from: number; to: number; minYear: number; maxYear: number };
  /** The base year in use in index mode (the reader's, or the default the server chose). */
  baseYear: number | null;
  hasMidYear: boolean;
  /** The address asked for a first year after the last (said beside the fields, which show it as given). */
  reversed: { from: number; to: number } | null;
};

/** Writes the view into the form's (uncontrolled) fields: after Back/Forward the form shows the URL's view. */
function showState(form: HTMLFormElement, state: SeriesViewState, range: Props['range']) {
  const chosen = new Set(state.series);
  for (const box of form.querySelectorAll<HTMLInputElement>('input[name="series"]')) box.checked = chosen.has(box.value);
  for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="mode"]')) radio.checked = radio.value === state.mode;
  const setValue = (name: string, value: string) => {
    const el = form.elements.namedItem(name);
    if (el instanceof HTMLInputElement && document.activeElement !== el) {
      if (el.type === 'checkbox') el.checked = value === '1';
      else el.value = value;
    }
  };
  setValue('from', String(range.from));
  setValue('to', String(range.to));
  setValue('log', state.log ? '1' : '0');
  setValue('midyear', state.midyear ? '1' : '0');
}

const fill = (text: string, values: Record<string, number>) => text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));

/**
 * A GET form (works without JavaScript). With JavaScript it applies on change as a new history
 * entry (Back undoes a change), stays mounted so focus stays where it was, writes only non-default
 * values, and says a reversed year range beside the fields instead of changing it.
 */
export function SeriesControls({ path, labels: l, state, defaults, options, presets, range, baseYear, hasMidYear, reversed: reversedInUrl }: Props) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const collapse = useRef<HTMLDetailsElement>(null);
  const [pending, startTransition] = useTransition();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [typedReversed, setTypedReversed] = useState<{ from: number; to: number } | null>(null);
  const stateKey = nonDefaultSeriesParams(state, defaults).toString();
  const reversed = typedReversed ?? reversedInUrl;

  useEffect(() => {
    if (!form.current) return;
    form.current.dataset.ready = 'true';
    if (!reversedInUrl) showState(form.current, state, range);
    // stateKey names the view; `state` and `range` are new objects on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stateKey, reversedInUrl]);
  useEffect(() => () => clearTimeout(timer.current), []);
  // A browser that cannot style ::details-content (older than Chrome 131, Firefox 143, Safari 18.4)
  // would keep the controls folded on a wide screen too: there they are opened once, on load.
  useEffect(() => {
    if (collapse.current && !CSS.supports('selector(::details-content)') && matchMedia('(min-width: 640px)').matches) collapse.current.open = true;
  }, []);

  function readYear(data: FormData, key: string, fallback: number): number | null {
    const n = Number(data.get(key));
    if (!Number.isInteger(n) || n < range.minYear || n > range.maxYear) return null;
    return n === fallback ? null : n;
  }

  function apply() {
    clearTimeout(timer.current);
    if (!form.current || !form.current.checkValidity()) return;
    const data = new FormData(form.current);
    const backwards = reversedRange(data.get('from'), data.get('to'));
    setTypedReversed(backwards);
    if (backwards) return;
    const mode = (data.get('mode') as SeriesViewState['mode']) ?? 'absolute';
    const next: SeriesViewState = {
      series: data.getAll('series').map(String),
      from: readYear(data, 'from', range.minYear),
      to: readYear(data, 'to', range.maxYear),
      mode,
      // An unchanged default base stays out of the URL, so a new range picks its own default.
      base: mode === 'index' ? (state.base === null && Number(data.get('base')) === baseYear ? null : readYear(data, 'base', -1)) : null,
      log: data.get('log') === '1' && mode !== 'yoy',
      midyear: data.get('midyear') === '1' && mode === 'absolute',
      tab: state.tab, // the tab shown stays when the view changes
    };
    const params = nonDefaultSeriesParams(next, defaults);
    const url = params.size ? `${path}?${params}` : path;
    if (params.toString() === stateKey && !reversedInUrl) return;
    startTransition(() => router.push(url, { scroll: false }));
  }

  const typed = () => {
    clearTimeout(timer.current);
    timer.current = setTimeout(apply, 400);
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    apply();
  };
  const selected = new Set(state.series);
  // The catalogue's order within each group; groups in the order they first occur.
  const groups: [PickerGroup, Props['options']][] = [];
  for (const o of options) (groups.find(([g]) => g === o.group) ?? groups[groups.push([o.group, []]) - 1])[1].push(o);
  const input = 'w-20 rounded border border-line bg-white px-2 py-1';
  return (
    // Compact, so the chart stays in the first screen: the series picker is a collapsed <details>
    // (a native element: it opens without JavaScript, and stays open across the re-renders a choice causes).
    // On a phone the whole form folds behind one summary line (the view's series, years and mode),
    // open from the start only when the address's years need the reader's attention; from 640 px
    // it is always open and the line is hidden (.controls-collapse in app/globals.css).
    <form ref={form} method="get" action={path} onSubmit={onSubmit} aria-label={l.controls} aria-busy={pending} className="rounded-lg border border-line bg-slate-50 px-3 py-2">
      <details ref={collapse} className="controls-collapse" data-testid="series-controls" open={reversedInUrl ? true : undefined}>
        <summary className="cursor-pointer py-1 text-sm font-medium text-accent sm:hidden" data-testid="series-controls-summary">{l.controlsSummary}</summary>
        <div className="space-y-3 pt-2 sm:pt-0">
          {presets.length ? (
            <nav aria-label={l.presets} className="-mx-1 flex items-center gap-x-2 gap-y-1 overflow-x-auto whitespace-nowrap px-1 pb-1 text-sm sm:flex-wrap sm:whitespace-normal" data-testid="series-presets">
              {/* One scrolling row on a phone; wrapped lines from 640 px. */}
              <span className="font-medium">{/[\u3400-\u9fff]$/.test(l.presets) ? `${l.presets}：` : `${l.presets}:`}</span>
              {presets.map((p) => (
                <a
                  key={p.id}
                  href={p.href}
                  aria-current={p.current ? 'true' : undefined}
                  data-preset={p.id}
                  className={`shrink-0 rounded-full border px-2.5 py-0.5 ${p.current ? 'border-accent bg-accent text-white' : 'border-line bg-white text-accent underline-offset-2 hover:underline'}`}
                >
                  {p.name}
                </a>
              ))}
            </nav>
          ) : null}
          <details data-testid="series-picker">
            <summary className="cursor-pointer py-1 text-sm font-medium text-accent">{l.seriesChosen}</summary>
            <div className="mt-2 space-y-2">
              <CheckFilter listId="series-options" label={l.searchSeries} placeholder={l.searchSeriesPlaceholder} noMatch={l.noSeriesMatch} testId="series-search" />
              <fieldset id="series-options" className="space-y-2">
                <legend className="sr-only">{l.pickSeries}</legend>
                {groups.map(([group, items]) => (
                  <fieldset key={group} data-filter-group={group}>
                    <legend className="text-xs font-semibold uppercase tracking-wide text-muted">{l.groups[group]}</legend>
                    <div className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-2 lg:grid-cols-3">
                      {items.map((o) => (
                        <label key={o.id} data-filter-item data-filter-text={`${o.label} ${o.unitLabel}`} className="flex items-start gap-2 py-1">
                          <input type="checkbox" name="series" value={o.id} defaultChecked={selected.has(o.id)} onChange={apply} className="mt-0.5 h-4 w-4" />
                          <span>
                            {o.label} <span className="text-muted">{parenthesize(o.official ? o.unitLabel : joinClauses(o.unitLabel, l.estimate), o.label)}</span>
                          </span>
                        </label>
                      ))}
                    </div>
                  </fieldset>
                ))}
              </fieldset>
            </div>
          </details>
          <div className="flex flex-wrap items-end gap-x-4 gap-y-2">
            <label className="flex flex-col gap-1 text-sm font-medium">
              {l.from}
              <input type="number" name="from" inputMode="numeric" min={range.minYear} max={range.maxYear} step={1} defaultValue={reversedInUrl?.from ?? range.from} onChange={typed} aria-invalid={reversed ? true : undefined} aria-describedby={reversed ? 'range-error' : undefined} className={input} />
            </label>
            <label className="flex flex-col gap-1 text-sm font-medium">
              {l.to}
              <input type="number" name="to" inputMode="numeric" min={range.minYear} max={range.maxYear} step={1} defaultValue={reversedInUrl?.to ?? range.to} onChange={typed} aria-invalid={reversed ? true : undefined} aria-describedby={reversed ? 'range-error' : undefined} className={input} />
            </label>
            <p id="range-error" role="status" className={reversed ? 'basis-full rounded border border-amber-500 bg-amber-50 px-3 py-2 text-sm' : 'sr-only'} data-testid="range-error">
              {reversed ? fill(l.rangeReversed, { ...reversed, shownFrom: range.from, shownTo: range.to }) : ''}
            </p>
            <fieldset className="text-sm">
              <legend className="float-left mr-2 font-medium sm:float-none sm:mb-1">{l.mode}</legend>
              <div className="flex flex-wrap gap-x-3 gap-y-1">
                {SERIES_MODES.map((m) => (
                  <label key={m} className="flex items-center gap-1">
                    <input type="radio" name="mode" value={m} defaultChecked={state.mode === m} onChange={apply} />
                    {l.modes[m]}
                  </label>
                ))}
              </div>
            </fieldset>
            {state.mode === 'index' ? (
              <label className="flex flex-col gap-1 text-sm font-medium">
                {l.base}
                <input type="number" name="base" inputMode="numeric" min={range.minYear} max={range.maxYear} step={1} defaultValue={state.base ?? baseYear ?? range.from} onChange={typed} className={input} />
              </label>
            ) : null}
            {state.mode !== 'yoy' ? (
              <label className="flex items-center gap-2 text-sm">
                <input type="checkbox" name="log" value="1" defaultChecked={state.log} onChange={apply} className="h-4 w-4" />
                {l.log}
              </label>
            ) : null}
            {hasMidYear && state.mode === 'absolute' ? (
              <label className="flex items-center gap-2 text-sm">
                <input type="checkbox" name="midyear" value="1" defaultChecked={state.midyear} onChange={apply} className="h-4 w-4" />
                {l.midyear}
              </label>
            ) : null}
            <div className="flex items-center gap-3">
              <button type="submit" className="rounded bg-accent px-3 py-1.5 text-sm font-medium text-white">
                {l.apply}
              </button>
              <a href={path} className="py-1.5 text-sm text-accent underline">
                {l.reset}
              </a>
            </div>
          </div>
        </div>
      </details>
      {/* Without JavaScript the form is submitted as is: the tab shown goes with it. */}
      {state.tab && state.tab !== 'chart' ? <input type="hidden" name="tab" value={state.tab} /> : null}
    </form>
  );
}
