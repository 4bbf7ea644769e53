"use client";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { Button } from "@/components/ui/button";
import { controlClass } from "@/components/ui/form-controls";
import type { RoadmapItem } from "@/lib/roadmap/document";
import type { ItemPatch } from "@/lib/roadmap/operations";
import { ROADMAP_LIMITS } from "@/lib/roadmap/schema";
import { PHASES, type Phase } from "@/lib/scoring/roadmap";

export interface ModelText {
  readonly title: string;
  readonly description: string;
}

interface Props {
  readonly item: RoadmapItem;
  /** The model action's text in the consultant's language (generated items). */
  readonly modelText: ModelText | null;
  readonly pillarName: string | null;
  readonly quarters: readonly string[];
  readonly first: boolean;
  readonly last: boolean;
  readonly readOnly: boolean;
  /** Field → message, from the last validation. */
  readonly errors: Readonly<Record<string, string>>;
  readonly onChange: (patch: ItemPatch) => void;
  readonly onMove: (phase: Phase) => void;
  readonly onReorder: (direction: "up" | "down") => void;
  readonly onRemove: () => void;
}

/** One action of the roadmap: its text, owner, quarter and phase, with reorder and remove. */
export function RoadmapItemEditor({ item, modelText, pillarName, quarters, first, last, readOnly, errors, onChange, onMove, onReorder, onRemove }: Props) {
  const t = useTranslations("roadmap");
  const id = useId();
  const title = item.title ?? modelText?.title ?? "";
  const description = item.description ?? modelText?.description ?? "";
  const heading = (item.title?.trim() || modelText?.title || "").trim() || t("item.untitled");
  const quarterOptions = item.targetQuarter && !quarters.includes(item.targetQuarter) ? [item.targetQuarter, ...quarters] : quarters;
  const badge = item.origin === "custom" ? t("item.custom") : item.edited ? t("item.edited") : t("item.generated");
  const errorOf = (field: string) => errors[field];
  const fieldId = (name: string) => `${id}-${name}`;
  const described = (name: string, hint?: boolean) =>
    [errorOf(name) ? `${fieldId(name)}-error` : null, hint ? `${fieldId(name)}-hint` : null].filter(Boolean).join(" ") || undefined;

  return (
    <li className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm" aria-labelledby={`${id}-heading`} data-testid="roadmap-item">
      <div className="mb-2 flex flex-wrap items-start justify-between gap-2">
        <div>
          <h4 id={`${id}-heading`} className="font-semibold text-slate-900">
            {heading}
          </h4>
          <p className="text-xs text-slate-600">
            <span className="mr-2 rounded bg-slate-100 px-1.5 py-0.5 font-medium text-slate-700">{badge}</span>
            {item.fromLevel !== null && pillarName
              ? t("item.step", { pillar: pillarName, from: item.fromLevel, to: item.fromLevel + 1 })
              : (pillarName ?? t("item.noPillar"))}
          </p>
        </div>
        {readOnly ? null : (
          <div className="flex flex-wrap gap-1">
            <Button type="button" variant="secondary" className="min-h-8 px-2 py-1" disabled={first} onClick={() => onReorder("up")} aria-label={t("item.moveUpLabel", { title: heading })}>
              ↑ {t("item.moveUp")}
            </Button>
            <Button type="button" variant="secondary" className="min-h-8 px-2 py-1" disabled={last} onClick={() => onReorder("down")} aria-label={t("item.moveDownLabel", { title: heading })}>
              ↓ {t("item.moveDown")}
            </Button>
            <Button type="button" variant="danger" className="min-h-8 px-2 py-1" onClick={onRemove} aria-label={t("item.removeLabel", { title: heading })}>
              {t("item.remove")}
            </Button>
          </div>
        )}
      </div>
      {readOnly ? (
        <p className="whitespace-pre-line text-sm text-slate-700">{description}</p>
      ) : (
        <div className="grid gap-3 md:grid-cols-2">
          <div className="flex flex-col gap-1 md:col-span-2">
            <label htmlFor={fieldId("title")} className="text-sm font-medium text-slate-800">
              {t("item.title")}
            </label>
            <input
              id={fieldId("title")}
              value={title}
              placeholder={modelText?.title}
              maxLength={ROADMAP_LIMITS.title}
              onChange={(e) => onChange({ title: e.target.value })}
              aria-invalid={errorOf("title") ? true : undefined}
              aria-describedby={described("title", item.origin === "generated" && !item.edited)}
              className={controlClass}
            />
            {item.origin === "generated" && !item.edited ? (
              <p id={`${fieldId("title")}-hint`} className="text-xs text-slate-500">
                {t("item.modelText")}
              </p>
            ) : null}
            {errorOf("title") ? (
              <p id={`${fieldId("title")}-error`} className="text-sm text-red-700">
                {errorOf("title")}
              </p>
            ) : null}
          </div>
          <div className="flex flex-col gap-1 md:col-span-2">
            <label htmlFor={fieldId("description")} className="text-sm font-medium text-slate-800">
              {t("item.description")}
            </label>
            <textarea
              id={fieldId("description")}
              rows={3}
              value={description}
              placeholder={modelText?.description}
              maxLength={ROADMAP_LIMITS.description}
              onChange={(e) => onChange({ description: e.target.value })}
              aria-invalid={errorOf("description") ? true : undefined}
              aria-describedby={described("description")}
              className={controlClass}
            />
            {errorOf("description") ? (
              <p id={`${fieldId("description")}-error`} className="text-sm text-red-700">
                {errorOf("description")}
              </p>
            ) : null}
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor={fieldId("owner")} className="text-sm font-medium text-slate-800">
              {t("item.owner")}
            </label>
            <input
              id={fieldId("owner")}
              value={item.owner ?? ""}
              maxLength={ROADMAP_LIMITS.owner}
              placeholder={t("item.ownerHint")}
              onChange={(e) => onChange({ owner: e.target.value })}
              aria-invalid={errorOf("owner") ? true : undefined}
              aria-describedby={described("owner")}
              className={controlClass}
            />
            {errorOf("owner") ? (
              <p id={`${fieldId("owner")}-error`} className="text-sm text-red-700">
                {errorOf("owner")}
              </p>
            ) : null}
          </div>
          <div className="grid grid-cols-2 gap-3">
            <div className="flex flex-col gap-1">
              <label htmlFor={fieldId("quarter")} className="text-sm font-medium text-slate-800">
                {t("item.quarter")}
              </label>
              <select id={fieldId("quarter")} value={item.targetQuarter ?? ""} onChange={(e) => onChange({ targetQuarter: e.target.value || null })} className={controlClass}>
                <option value="">{t("item.quarterNone")}</option>
                {quarterOptions.map((q) => (
                  <option key={q} value={q}>
                    {q}
                  </option>
                ))}
              </select>
            </div>
            <div className="flex flex-col gap-1">
              <label htmlFor={fieldId("phase")} className="text-sm font-medium text-slate-800">
                {t("item.phase")}
              </label>
              <select id={fieldId("phase")} value={item.phase} onChange={(e) => onMove(e.target.value as Phase)} className={controlClass}>
                {PHASES.map((p) => (
                  <option key={p} value={p}>
                    {t(`phases.${p}`)}
                  </option>
                ))}
              </select>
            </div>
          </div>
        </div>
      )}
      {readOnly && (item.owner || item.targetQuarter) ? (
        <p className="mt-1 text-xs text-slate-600">{[item.owner, item.targetQuarter].filter(Boolean).join(" · ")}</p>
      ) : null}
    </li>
  );
}
