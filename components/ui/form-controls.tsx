/**
 * Labelled form controls beside Field (which covers <input>): a select, a textarea and a radio
 * group, each with its hint and error tied to it for screen readers.
 */
export const controlClass = "min-h-10 rounded border border-slate-300 bg-white px-3 py-2 text-base aria-invalid:border-red-500";

export function describedBy(id: string, error?: string, hint?: string) {
  return [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(" ") || undefined;
}

export function HintAndError({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </>
  );
}

export function SelectField({
  label,
  name,
  error,
  hint,
  children,
  ...select
}: React.SelectHTMLAttributes<HTMLSelectElement> & { label: string; name: string; error?: string; hint?: string }) {
  const id = select.id ?? `field-${name}`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      <select
        {...select}
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        className={controlClass}
      >
        {children}
      </select>
      <HintAndError id={id} hint={hint} error={error} />
    </div>
  );
}

export function TextAreaField({
  label,
  name,
  error,
  hint,
  ...textarea
}: React.TextareaHTMLAttributes<HTMLTextAreaElement> & { label: string; name: string; error?: string; hint?: string }) {
  const id = textarea.id ?? `field-${name}`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      <textarea
        rows={5}
        {...textarea}
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        className={controlClass}
      />
      <HintAndError id={id} hint={hint} error={error} />
    </div>
  );
}

export function RadioGroupField({
  legend,
  name,
  options,
  defaultValue,
  error,
  hint,
}: {
  legend: string;
  name: string;
  options: readonly { value: string; label: string }[];
  defaultValue?: string;
  error?: string;
  hint?: string;
}) {
  const id = `field-${name}`;
  return (
    <fieldset className="flex flex-col gap-1" aria-describedby={describedBy(id, error, hint)}>
      <legend className="mb-1 text-sm font-medium text-slate-800">{legend}</legend>
      {options.map((o) => (
        <label key={o.value} className="flex items-start gap-2 text-sm">
          <input type="radio" name={name} value={o.value} defaultChecked={o.value === defaultValue} className="mt-1 h-4 w-4" />
          <span>{o.label}</span>
        </label>
      ))}
      <HintAndError id={id} hint={hint} error={error} />
    </fieldset>
  );
}
