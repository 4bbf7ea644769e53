"use client";
import { useTranslations } from "next-intl";
import { useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { TextAreaField } from "@/components/ui/form-controls";
import { FormMessage } from "@/components/ui/form-message";
import type { Locale, PillarKey } from "@/lib/model/types";
import { regenerateRoadmap } from "@/lib/roadmap/actions/regenerate-roadmap";
import { saveRoadmap } from "@/lib/roadmap/actions/save-roadmap";
import type { RoadmapDocument } from "@/lib/roadmap/document";
import * as ops from "@/lib/roadmap/operations";
import { ROADMAP_LIMITS, roadmapDocumentSchema } from "@/lib/roadmap/schema";
import { PHASES } from "@/lib/scoring/roadmap";
import { AddItemForm } from "./add-item-form";
import { ConfirmDialog } from "./confirm-dialog";
import { useErrorText } from "./error-text";
import { FindingsEditor } from "./findings-editor";
import { PublishPanel, type PublishedInfo } from "./publish-panel";
import { ReportDownload } from "./report-download";
import { RoadmapItemEditor, type ModelText } from "./roadmap-item";
import { useLeaveGuard } from "./use-leave-guard";
import { editorErrors, issuesFromFieldErrors, NO_ERRORS, type EditorErrors } from "./validation";

interface Props {
  readonly engagementId: string;
  readonly initialDocument: RoadmapDocument;
  readonly initialRevision: number;
  readonly modelTexts: Readonly<Record<string, ModelText>>;
  readonly pillars: readonly { readonly key: PillarKey; readonly name: string }[];
  readonly quarters: readonly string[];
  readonly canManage: boolean;
  readonly canPublish: boolean;
  /** Closed or published: regenerating and publishing are possible. */
  readonly publishable: boolean;
  readonly statusText: string;
  readonly latest: PublishedInfo | null;
  readonly reportLocale: Locale;
}

type Notice = { readonly kind: "error" | "success"; readonly text: string } | null;

/**
 * The roadmap editor. The working copy lives here until the consultant saves; a save sends the
 * whole document with the revision it started from. When someone else saved first, the form
 * keeps the consultant's text and offers to load the latest version.
 */
export function RoadmapEditor(props: Props) {
  const { engagementId, modelTexts, pillars, quarters, canManage } = props;
  const t = useTranslations("roadmap");
  const tf = useTranslations("fieldErrors");
  const errorText = useErrorText();
  const [doc, setDoc] = useState(props.initialDocument);
  const [revision, setRevision] = useState(props.initialRevision);
  const [savedJson, setSavedJson] = useState(() => JSON.stringify(props.initialDocument));
  const [errors, setErrors] = useState<EditorErrors>(NO_ERRORS);
  const [notice, setNotice] = useState<Notice>(null);
  const [conflict, setConflict] = useState(false);
  const [askRegenerate, setAskRegenerate] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const [pending, startTransition] = useTransition();
  const leaving = useRef(false);
  const dirty = JSON.stringify(doc) !== savedJson;
  const readOnly = !canManage;
  const leaveWarning = t("save.leaveWarning");

  useLeaveGuard(dirty, leaveWarning, leaving);

  const pillarName = (key: PillarKey | null) => (key ? (pillars.find((p) => p.key === key)?.name ?? key) : null);
  const titleOf = (id: string) => {
    const item = doc.items.find((i) => i.id === id);
    return (item?.title?.trim() || (item?.actionKey ? modelTexts[item.actionKey]?.title : "") || t("item.untitled")) as string;
  };
  const issueText = (field: string, code: string) => {
    if (code === "required") return t("item.titleRequired");
    if (code === "invalid_characters") return tf("invalid_characters");
    const max = { title: ROADMAP_LIMITS.title, description: ROADMAP_LIMITS.description, owner: ROADMAP_LIMITS.owner, finding: ROADMAP_LIMITS.finding, summary: ROADMAP_LIMITS.summary }[field];
    return code === "too_long" && max ? t("item.tooLong", { max }) : errorText("invalid_input");
  };
  const change = (next: RoadmapDocument) => {
    setDoc(next);
    setNotice(null);
  };

  const save = () => {
    const sent = ops.normaliseDocument(doc);
    const parsed = roadmapDocumentSchema.safeParse(sent);
    if (!parsed.success) {
      setErrors(editorErrors(sent, parsed.error.issues, issueText));
      setNotice({ kind: "error", text: t("save.invalid") });
      return;
    }
    const before = doc;
    startTransition(async () => {
      const result = await saveRoadmap(null, { engagementId, revision, document: sent });
      if (result.ok) {
        setRevision(result.data.revision);
        setSavedJson(JSON.stringify(sent));
        // Keep anything typed while saving; otherwise show the saved (tidied) text.
        setDoc((current) => (current === before ? sent : current));
        setErrors(NO_ERRORS);
        setConflict(false);
        setNotice({ kind: "success", text: t("save.saved") });
      } else if (result.error === "conflict") {
        setConflict(true);
        setNotice(null);
      } else if (result.error === "invalid_input" && result.fieldErrors) {
        setErrors(editorErrors(sent, issuesFromFieldErrors(result.fieldErrors), issueText));
        setNotice({ kind: "error", text: t("save.invalid") });
      } else {
        setNotice({ kind: "error", text: t("save.failed", { message: errorText(result.error) }) });
      }
    });
  };

  const regenerate = () => {
    setAskRegenerate(false);
    startTransition(async () => {
      const result = await regenerateRoadmap(null, { engagementId, revision });
      if (result.ok) {
        setDoc(result.data.document);
        setRevision(result.data.revision);
        setSavedJson(JSON.stringify(result.data.document));
        setNotice({ kind: "success", text: t("regenerate.done") });
      } else if (result.error === "conflict") setConflict(true);
      else setNotice({ kind: "error", text: errorText(result.error) });
    });
  };

  const reload = () => {
    leaving.current = true;
    window.location.reload();
  };

  return (
    <div className="flex flex-col gap-6">
      {readOnly ? null : (
        <div className="sticky top-0 z-10 flex flex-wrap items-center justify-between gap-3 rounded-lg border border-slate-200 bg-white/95 p-3 shadow-sm" role="region" aria-label={t("title")}>
          <p className={`text-sm font-medium ${dirty ? "text-amber-800" : "text-slate-600"}`} data-testid="save-state">
            {dirty ? t("save.unsaved") : t("save.allSaved")}
          </p>
          <div className="flex flex-wrap gap-2">
            {props.publishable ? (
              <Button type="button" variant="secondary" disabled={pending || dirty} onClick={() => setAskRegenerate(true)} title={dirty ? t("regenerate.saveFirst") : undefined}>
                {t("regenerate.button")}
              </Button>
            ) : null}
            <Button type="button" disabled={pending || !dirty} onClick={save}>
              {pending ? t("save.pending") : t("save.button")}
            </Button>
          </div>
        </div>
      )}
      {conflict ? (
        <div role="alert" className="flex flex-col gap-2 rounded border border-red-200 bg-red-50 p-3 text-sm text-red-800">
          <p>{t("conflict.text")}</p>
          <p>{t("conflict.keep")}</p>
          <div>
            <Button type="button" variant="secondary" onClick={reload}>
              {t("conflict.reload")}
            </Button>
          </div>
        </div>
      ) : null}
      {notice ? <FormMessage kind={notice.kind}>{notice.text}</FormMessage> : null}
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>

      <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div className="flex flex-col gap-6">
          <Card>
            <h2 className="mb-3 text-lg font-semibold">{t("summary.heading")}</h2>
            {readOnly ? (
              <p className="whitespace-pre-line text-sm">{doc.executiveSummary}</p>
            ) : (
              <TextAreaField
                label={t("summary.label")}
                name="executiveSummary"
                rows={6}
                value={doc.executiveSummary}
                maxLength={ROADMAP_LIMITS.summary}
                hint={t("summary.hint", { max: ROADMAP_LIMITS.summary })}
                error={errors.summary ?? undefined}
                onChange={(e) => change(ops.setSummary(doc, e.target.value))}
              />
            )}
          </Card>
          <Card>
            <h2 className="mb-3 text-lg font-semibold">{t("findings.heading")}</h2>
            <FindingsEditor findings={doc.keyFindings} readOnly={readOnly} errors={errors.findings} onChange={(f) => change(ops.setFindings(doc, f))} />
          </Card>
          {PHASES.map((phase) => {
            const items = ops.itemsOfPhase(doc, phase);
            return (
              <section key={phase} aria-labelledby={`phase-${phase}`} className="flex flex-col gap-3" data-testid={`phase-${phase}`}>
                <h3 id={`phase-${phase}`} className="text-lg font-semibold">
                  {t(`phases.${phase}`)} <span className="text-sm font-normal text-slate-600">({t("phaseCount", { count: items.length })})</span>
                </h3>
                {items.length === 0 ? <p className="text-sm text-slate-600">{t("phaseEmpty")}</p> : null}
                <ol className="flex flex-col gap-3">
                  {items.map((item, index) => (
                    <RoadmapItemEditor
                      key={item.id}
                      item={item}
                      modelText={item.actionKey ? (modelTexts[item.actionKey] ?? null) : null}
                      pillarName={pillarName(item.pillar)}
                      quarters={quarters}
                      first={index === 0}
                      last={index === items.length - 1}
                      readOnly={readOnly}
                      errors={errors.items[item.id] ?? {}}
                      onChange={(patch) => change(ops.updateItem(doc, item.id, patch))}
                      onMove={(to) => {
                        change(ops.moveItem(doc, item.id, to));
                        setAnnouncement(t("item.moved", { title: titleOf(item.id), phase: t(`phases.${to}`) }));
                      }}
                      onReorder={(direction) => change(ops.reorderItem(doc, item.id, direction))}
                      onRemove={() => {
                        setAnnouncement(t("item.removed", { title: titleOf(item.id) }));
                        change(ops.removeItem(doc, item.id));
                      }}
                    />
                  ))}
                </ol>
              </section>
            );
          })}
          {readOnly ? null : (
            <Card>
              <h2 id="add-item-heading" className="mb-3 text-lg font-semibold">
                {t("add.heading")}
              </h2>
              <AddItemForm
                pillars={pillars}
                full={doc.items.length >= ROADMAP_LIMITS.items}
                onAdd={(input) => {
                  change(ops.addCustomItem(doc, crypto.randomUUID(), input));
                  setAnnouncement(t("add.added", { title: input.title, phase: t(`phases.${input.phase}`) }));
                }}
              />
            </Card>
          )}
        </div>
        <aside className="flex flex-col gap-6">
          <Card>
            <h2 className="mb-3 text-lg font-semibold">{t("publish.heading")}</h2>
            <PublishPanel
              engagementId={engagementId}
              statusText={props.statusText}
              publishable={props.publishable}
              canPublish={props.canPublish}
              latest={props.latest}
              revision={revision}
              dirty={dirty}
            />
          </Card>
          <Card>
            <h2 className="mb-3 text-lg font-semibold">{t("download.heading")}</h2>
            <ReportDownload engagementId={engagementId} latestVersion={props.latest?.version ?? null} defaultLocale={props.reportLocale} dirty={dirty} />
          </Card>
          <Card>
            <h2 className="mb-3 text-lg font-semibold">{t("pillarsHeading")}</h2>
            <ul className="flex flex-col gap-1 text-sm">
              {doc.pillars.map((p) => (
                <li key={p.pillar}>
                  {p.current !== null && p.target !== null && p.steps.length > 0
                    ? t("pillarTarget", { pillar: pillarName(p.pillar) ?? p.pillar, current: p.current, target: p.target })
                    : t("pillarNoSteps", { pillar: pillarName(p.pillar) ?? p.pillar })}
                </li>
              ))}
            </ul>
          </Card>
        </aside>
      </div>
      <ConfirmDialog
        open={askRegenerate}
        heading={t("regenerate.heading")}
        text={t("regenerate.text")}
        confirmLabel={t("regenerate.confirm")}
        cancelLabel={t("regenerate.cancel")}
        onConfirm={regenerate}
        onCancel={() => setAskRegenerate(false)}
      />
    </div>
  );
}
