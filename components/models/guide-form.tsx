'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useTransition, type FormEvent } from 'react';
import { GUIDE_PARAM_NAMES, type GuideParam } from '@/lib/metrics/model-guide.ts';

/** The form's text, translated on the server (the page ships no next-intl client runtime). */
export type GuideFormLabels = {
  formLabel: string;
  choose: string;
  apply: string;
  reset: string;
  param: Record<GuideParam, string>;
  level: Record<'1' | '2' | '3', string>;
};

type Props = {
  path: string;
  labels: GuideFormLabels;
  state: Partial<Record<GuideParam, 1 | 2 | 3>>;
};

/**
 * A plain GET form (works without JavaScript). With JavaScript, a change re-orders the models as
 * soon as all three levels are chosen; the URL carries ?capital=&info=&mgmt=.
 */
export function GuideForm({ path, labels: l, state }: Props) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [pending, startTransition] = useTransition();
  // Each choice is a history entry (router.push), so Back undoes it: the page comes back with the
  // earlier levels, and the selects (uncontrolled, so a choice is not undone while it is sent)
  // take them over from the page.
  const shown = GUIDE_PARAM_NAMES.map((k) => state[k] ?? '').join(',');
  useEffect(() => {
    const values = shown.split(',');
    GUIDE_PARAM_NAMES.forEach((k, i) => {
      const select = form.current?.elements.namedItem(k);
      if (select instanceof HTMLSelectElement) select.value = values[i];
    });
  }, [shown]);

  function apply() {
    if (!form.current) return;
    const data = new FormData(form.current);
    const values = GUIDE_PARAM_NAMES.map((k) => [k, String(data.get(k) ?? '')] as const);
    if (values.some(([, v]) => !/^[123]$/.test(v))) return;
    const search = new URLSearchParams(values.map(([k, v]) => [k, v])).toString();
    startTransition(() => router.push(`${path}?${search}`, { scroll: false }));
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    apply();
  }

  return (
    <form
      ref={form}
      method="get"
      action={`${path}#guide`}
      onSubmit={onSubmit}
      aria-label={l.formLabel}
      aria-busy={pending}
      className="grid gap-4 rounded-lg border border-line bg-slate-50 p-4 sm:grid-cols-3 lg:grid-cols-[1fr_1fr_1fr_auto]"
      data-testid="guide-form"
    >
      {GUIDE_PARAM_NAMES.map((k) => (
        <label key={k} className="flex min-w-0 flex-col gap-1 text-sm font-medium">
          {l.param[k]}
          <select name={k} defaultValue={state[k] ?? ''} onChange={apply} required className="rounded border border-line bg-white px-2 py-2">
            <option value="" disabled>
              {l.choose}
            </option>
            {(['1', '2', '3'] as const).map((v) => (
              <option key={v} value={v}>
                {l.level[v]}
              </option>
            ))}
          </select>
        </label>
      ))}
      <div className="flex items-end gap-2 sm:col-span-3 lg:col-span-1">
        <button type="submit" className="rounded bg-accent px-4 py-2 text-sm font-medium text-white">
          {l.apply}
        </button>
        <a href={`${path}#guide`} className="px-2 py-2 text-sm text-accent underline">
          {l.reset}
        </a>
      </div>
    </form>
  );
}
