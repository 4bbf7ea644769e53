"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { submitKeepingValues } from "@/components/engagements/form-result";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { saveRating } from "@/lib/results/actions/save-rating";
import { MAX_RATING_NOTE_LENGTH } from "@/lib/results/schemas";

interface Props {
  readonly engagementId: string;
  readonly pillar: string;
  readonly pillarLabel: string;
  readonly levels: readonly { readonly level: number; readonly label: string }[];
  readonly level: number | null;
  readonly note: string | null;
}

/** The consultant's level and note for one pillar. Saving an empty level removes the rating. */
export function RatingForm({ engagementId, pillar, pillarLabel, levels, level, note }: Props) {
  const t = useTranslations("resultsRating");
  const te = useTranslations("errors");
  const tf = useTranslations("fieldErrors");
  const [state, action, pending] = useActionState(saveRating, null);
  const id = (name: string) => `rating-${pillar}-${name}`;
  const noteError = state && !state.ok ? state.fieldErrors?.note?.[0] : undefined;
  return (
    <form action={action} onSubmit={submitKeepingValues(action)} className="flex flex-col gap-3" aria-label={pillarLabel}>
      <input type="hidden" name="engagementId" value={engagementId} />
      <input type="hidden" name="pillar" value={pillar} />
      <div className="flex flex-col gap-1">
        <label htmlFor={id("level")} className="text-sm font-medium">
          {t("level")}
        </label>
        <select id={id("level")} name="level" defaultValue={level === null ? "" : String(level)} className="min-h-10 w-full max-w-xs rounded border border-slate-300 bg-white px-2 py-1.5">
          <option value="">{t("none")}</option>
          {levels.map((l) => (
            <option key={l.level} value={String(l.level)}>
              {l.label}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={id("note")} className="text-sm font-medium">
          {t("note")}
        </label>
        <textarea
          id={id("note")}
          name="note"
          rows={3}
          maxLength={MAX_RATING_NOTE_LENGTH}
          defaultValue={note ?? ""}
          aria-describedby={id("note-help")}
          aria-invalid={noteError ? true : undefined}
          className="w-full rounded border border-slate-300 px-2 py-1.5"
        />
        <p id={id("note-help")} className="text-xs text-slate-600">
          {noteError ? (tf.has(noteError) ? tf(noteError) : tf("invalid")) : t("noteHelp")}
        </p>
      </div>
      {state?.ok ? <FormMessage kind="success">{state.data.level === null ? t("removed") : t("saved")}</FormMessage> : null}
      {state && !state.ok ? <FormMessage kind="error">{te(state.error)}</FormMessage> : null}
      <div>
        <Button type="submit" disabled={pending} aria-label={t("saveFor", { pillar: pillarLabel })}>
          {t("save")}
        </Button>
      </div>
    </form>
  );
}
