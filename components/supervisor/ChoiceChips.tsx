/** A set of on/off chips for a multi-choice filter (none on = all). */
export function ChoiceChips<T extends string>({
  label,
  options,
  chosen,
  onChange,
  testId,
}: {
  label: string;
  options: readonly { value: T; text: string; title?: string }[];
  chosen: readonly T[];
  onChange: (next: T[]) => void;
  testId?: string;
}) {
  const toggle = (value: T) =>
    onChange(chosen.includes(value) ? chosen.filter((v) => v !== value) : [...chosen, value]);
  return (
    <fieldset className="sv-chips" data-testid={testId}>
      <legend>{label}</legend>
      {options.map((o) => (
        <button
          key={o.value}
          type="button"
          className="sv-chip"
          aria-pressed={chosen.includes(o.value)}
          title={o.title}
          onClick={() => toggle(o.value)}
        >
          {o.text}
        </button>
      ))}
    </fieldset>
  );
}
