// A labelled select of a GET filter form (works without JavaScript): label above, an optional
// "all" first option with an empty value, then the options.
export function SelectField({ label, name, value, options, allLabel, testId }: { label: string; name: string; value: string | number | null; options: { value: string | number; label: string }[]; allLabel?: string; testId: string }) {
  return (
    <label className="flex flex-col gap-1">
      <span>{label}</span>
      <select name={name} defaultValue={value ?? (allLabel ? '' : undefined)} className="rounded border border-line bg-white px-2 py-1" data-testid={testId}>
        {allLabel ? <option value="">{allLabel}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
