/**
 * One question as a group of real radio inputs: a fieldset with its legend, one large
 * tappable row per choice (the whole row is the label). Server-rendered; the autosave island
 * listens to the form's change events.
 */
export interface Choice {
  readonly value: string;
  readonly label: string;
}

const ROW =
  "flex min-h-12 cursor-pointer items-start gap-3 rounded-lg border border-slate-300 bg-white px-3 py-3 text-base leading-snug text-slate-900 " +
  "hover:border-slate-400 has-[:checked]:border-brand has-[:checked]:bg-brand/10 has-[:checked]:ring-1 has-[:checked]:ring-brand " +
  "has-[:disabled]:cursor-default has-[:disabled]:hover:border-slate-300";

const idFor = (name: string, value: string) => `c-${name.replace(/[^a-zA-Z0-9_-]/g, "-")}-${value}`;

function Row({ name, choice, checked }: { name: string; choice: Choice; checked: boolean }) {
  const id = idFor(name, choice.value);
  return (
    <label htmlFor={id} className={ROW}>
      <input
        id={id}
        type="radio"
        name={name}
        value={choice.value}
        defaultChecked={checked}
        className="mt-0.5 h-5 w-5 shrink-0 accent-brand"
      />
      <span>{choice.label}</span>
    </label>
  );
}

/** A term used in the question or its choices, explained on demand. */
export interface GlossaryTerm {
  readonly term: string;
  readonly explanation: string;
}

export function ChoiceGroup({
  name,
  legend,
  eyebrow,
  description,
  glossary = [],
  glossaryLabel,
  choices,
  extraChoices = [],
  extraLabel,
  value,
  layout = "stack",
  id,
  disabled = false,
}: {
  /** The answer key, e.g. "item:organisation.crm". */
  name: string;
  legend: string;
  eyebrow?: string;
  description?: string;
  /** Jargon explained in a disclosure (works by touch and keyboard, unlike a hover tooltip). */
  glossary?: readonly GlossaryTerm[];
  glossaryLabel?: string;
  choices: readonly Choice[];
  /** Answers outside the scale ("Weet ik niet", "Niet van toepassing"), shown apart. */
  extraChoices?: readonly Choice[];
  extraLabel?: string;
  value: string | undefined;
  layout?: "stack" | "row";
  id?: string;
  /** Read-only (after submitting): the answers stay visible. */
  disabled?: boolean;
}) {
  const descriptionId = description ? `${idFor(name, "desc")}` : undefined;
  return (
    <fieldset
      id={id}
      disabled={disabled}
      aria-describedby={descriptionId}
      className="scroll-mt-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
      data-answer-key={name}
    >
      <legend className="float-left mb-3 w-full">
        {eyebrow ? <span className="mb-1 block text-xs font-semibold uppercase tracking-wide text-slate-600">{eyebrow}</span> : null}
        <span className="block text-lg font-semibold leading-snug text-slate-900">{legend}</span>
      </legend>
      {description ? (
        <p id={descriptionId} className="clear-both mb-3 text-sm text-slate-600">
          {description}
        </p>
      ) : null}
      {glossary.length > 0 ? (
        <details className="clear-both mb-3 text-sm text-slate-700" data-testid="glossary">
          <summary className="min-h-11 cursor-pointer py-2 font-medium text-blue-800 underline-offset-2 hover:underline">{glossaryLabel}</summary>
          <dl className="mt-1 flex flex-col gap-1">
            {glossary.map((g) => (
              <div key={g.term}>
                <dt className="inline font-semibold">{g.term}: </dt>
                <dd className="inline">{g.explanation}</dd>
              </div>
            ))}
          </dl>
        </details>
      ) : null}
      <div
        className={`clear-both ${
          layout === "row" ? "grid grid-cols-2 gap-2 min-[480px]:grid-cols-3 [&>*:nth-child(3)]:col-span-2 min-[480px]:[&>*:nth-child(3)]:col-span-1" : "flex flex-col gap-2"
        }`}
      >
        {choices.map((choice) => (
          <Row key={choice.value} name={name} choice={choice} checked={value === choice.value} />
        ))}
      </div>
      {extraChoices.length > 0 ? (
        <div className="mt-3 border-t border-dashed border-slate-300 pt-3">
          {extraLabel ? (
            <p aria-hidden className="mb-2 text-xs font-semibold uppercase tracking-wide text-slate-600">
              {extraLabel}
            </p>
          ) : null}
          <div className="grid grid-cols-1 gap-2 min-[420px]:grid-cols-2">
            {extraChoices.map((choice) => (
              <Row key={choice.value} name={name} choice={choice} checked={value === choice.value} />
            ))}
          </div>
        </div>
      ) : null}
    </fieldset>
  );
}
