"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { SelectField, TextAreaField } from "@/components/ui/form-controls";
import type { PillarKey } from "@/lib/model/types";
import type { CustomItemInput } from "@/lib/roadmap/operations";
import { ROADMAP_LIMITS } from "@/lib/roadmap/schema";
import { PHASES, type Phase } from "@/lib/scoring/roadmap";

interface Props {
  readonly pillars: readonly { readonly key: PillarKey; readonly name: string }[];
  readonly full: boolean;
  readonly onAdd: (input: CustomItemInput) => void;
}

/** The consultant's own action: title, description, phase and (optionally) a pillar. */
export function AddItemForm({ pillars, full, onAdd }: Props) {
  const t = useTranslations("roadmap");
  const [title, setTitle] = useState("");
  const [description, setDescription] = useState("");
  const [phase, setPhase] = useState<Phase>("0-3");
  const [pillar, setPillar] = useState<string>("");
  const [error, setError] = useState<string | undefined>();

  if (full) return <p className="text-sm text-slate-700">{t("add.limit", { max: ROADMAP_LIMITS.items })}</p>;

  // Not a <form>: it lives inside the editor, and Enter in the title must not submit anything else.
  const add = () => {
    if (!title.trim()) {
      setError(t("item.titleRequired"));
      return;
    }
    onAdd({ title: title.trim(), description: description.trim() || null, phase, pillar: (pillar || null) as PillarKey | null });
    setTitle("");
    setDescription("");
    setError(undefined);
  };

  return (
    <div className="grid gap-3 md:grid-cols-2" role="group" aria-labelledby="add-item-heading">
      <div className="md:col-span-2">
        <Field
          label={t("add.title")}
          name="newItemTitle"
          value={title}
          maxLength={ROADMAP_LIMITS.title}
          error={error}
          onChange={(e) => setTitle(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              add();
            }
          }}
        />
      </div>
      <div className="md:col-span-2">
        <TextAreaField label={t("add.description")} name="newItemDescription" rows={3} value={description} maxLength={ROADMAP_LIMITS.description} onChange={(e) => setDescription(e.target.value)} />
      </div>
      <SelectField label={t("add.phase")} name="newItemPhase" value={phase} onChange={(e) => setPhase(e.target.value as Phase)}>
        {PHASES.map((p) => (
          <option key={p} value={p}>
            {t(`phases.${p}`)}
          </option>
        ))}
      </SelectField>
      <SelectField label={t("add.pillar")} name="newItemPillar" value={pillar} onChange={(e) => setPillar(e.target.value)}>
        <option value="">{t("add.pillarNone")}</option>
        {pillars.map((p) => (
          <option key={p.key} value={p.key}>
            {p.name}
          </option>
        ))}
      </SelectField>
      <div>
        <Button type="button" onClick={add}>
          {t("add.button")}
        </Button>
      </div>
    </div>
  );
}
