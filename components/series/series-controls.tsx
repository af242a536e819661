'use client';

import { useRouter } from 'next/navigation';
import { useRef, useTransition, type FormEvent } from 'react';
import { nonDefaultSeriesParams, SERIES_MODES, type SeriesViewState } from '@/lib/schemas/series-url.ts';

/** The form's text, translated on the server (the page ships no next-intl client runtime). */
export type SeriesControlLabels = {
  controls: string;
  pickSeries: string;
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
};

type Props = {
  path: string;
  labels: SeriesControlLabels;
  state: SeriesViewState;
  defaults: { series: string[] };
  options: { id: string; label: string; unitLabel: string; official: boolean }[];
  range: { from: number; to: number; minYear: number; maxYear: number };
  /** The base year in use in index mode (the reader's, or the default the server chose). */
  baseYear: number | null;
  hasMidYear: boolean;
};

/** A GET form (works without JavaScript); with JavaScript it applies on change and writes only non-default values. */
export function SeriesControls({ path, labels: l, state, defaults, options, range, baseYear, hasMidYear }: Props) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [pending, startTransition] = useTransition();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  function readYear(data: FormData, key: string, fallback: number): number | null {
    const n = Number(data.get(key));
    if (!Number.isInteger(n) || n < range.minYear || n > range.maxYear) return null;
    return n === fallback ? null : n;
  }

  function apply() {
    if (!form.current || !form.current.checkValidity()) return;
    const data = new FormData(form.current);
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
    };
    const params = nonDefaultSeriesParams(next, defaults);
    startTransition(() => router.replace(params.size ? `${path}?${params}` : path, { scroll: false }));
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
  const input = 'w-24 rounded border border-line bg-white px-2 py-2';
  return (
    <form ref={form} method="get" action={path} onSubmit={onSubmit} aria-label={l.controls} aria-busy={pending} className="space-y-4 rounded-lg border border-line bg-slate-50 p-4">
      <fieldset>
        <legend className="mb-2 text-sm font-medium">{l.pickSeries}</legend>
        <div className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-2 lg:grid-cols-3">
          {options.map((o) => (
            <label key={o.id} className="flex items-start gap-2 py-1">
              <input type="checkbox" name="series" value={o.id} defaultChecked={selected.has(o.id)} onChange={apply} className="mt-0.5 h-4 w-4" />
              <span>
                {o.label} <span className="text-muted">({o.unitLabel}{o.official ? '' : `, ${l.estimate}`})</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex flex-wrap items-end gap-4">
        <label className="flex flex-col gap-1 text-sm font-medium">
          {l.from}
          <input type="number" name="from" inputMode="numeric" min={range.minYear} max={range.maxYear} step={1} defaultValue={range.from} onChange={typed} className={input} />
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          {l.to}
          <input type="number" name="to" inputMode="numeric" min={range.minYear} max={range.maxYear} step={1} defaultValue={range.to} onChange={typed} className={input} />
        </label>
        <fieldset className="flex flex-col gap-1 text-sm">
          <legend className="font-medium">{l.mode}</legend>
          <div className="flex flex-wrap gap-3 pt-1">
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
        <button type="submit" className="rounded bg-accent px-4 py-2 text-sm font-medium text-white">
          {l.apply}
        </button>
        <a href={path} className="py-2 text-sm text-accent underline">
          {l.reset}
        </a>
      </div>
    </form>
  );
}
