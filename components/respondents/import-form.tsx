"use client";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { startTransition, useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionResult } from "@/lib/auth/action";
import type { RoleGroup } from "@/lib/model/types";
import { importRespondents } from "@/lib/respondents/actions/import-respondents";
import { previewRespondentImport } from "@/lib/respondents/actions/preview-respondent-import";
import { decodeCsvBytes, MAX_IMPORT_BYTES } from "@/lib/respondents/csv";
import type { ImportPreview, ImportResult } from "@/lib/respondents/import";
import { ImportPreviewView } from "./import-preview";

type Outcome =
  | { kind: "preview"; text: string; result: ActionResult<ImportPreview> }
  | { kind: "import"; text: string; result: ActionResult<ImportResult> }
  | { kind: "local"; text: string; error: "file_too_large" | "unreadable" }
  | null;

type Skip = { readonly valid: number; readonly invalid: number };
type Step =
  | { kind: "preview"; text: string }
  | { kind: "import"; text: string; skip?: Skip }
  | { kind: "local"; text: string; error: "file_too_large" | "unreadable" };

const byteSize = (text: string) => new Blob([text]).size;

/**
 * Paste or upload → check (nothing saved) → fix the text and check again → import. The
 * import button exists only for a clean preview of exactly the text in the box; the server
 * checks the text once more and saves everything or nothing. A preview with bad and good rows
 * also offers to import the good rows and skip the bad ones (still one transaction).
 */
export function ImportForm({
  engagementId,
  listHref,
  roleLabels,
}: {
  engagementId: string;
  listHref: string;
  roleLabels: Readonly<Record<RoleGroup, string>>;
}) {
  const t = useTranslations("respondentImport");
  const te = useTranslations("errors");
  const [text, setText] = useState("");
  const [outcome, run, pending] = useActionState<Outcome, Step>(async (_previous, step) => {
    if (step.kind === "local") return step;
    if (byteSize(step.text) > MAX_IMPORT_BYTES) return { kind: "local", text: step.text, error: "file_too_large" };
    const input = { engagementId, text: step.text };
    if (step.kind === "preview") return { kind: "preview", text: step.text, result: await previewRespondentImport(null, input) };
    const result = await importRespondents(null, step.skip ? { ...input, skip: step.skip } : input);
    if (result.ok && result.data.saved) setText("");
    return { kind: "import", text: step.text, result };
  }, null);

  const readFile = async (file: File | undefined) => {
    if (!file) return;
    // Checked here too, so a file over the limit is never sent at all.
    if (file.size > MAX_IMPORT_BYTES) return startTransition(() => run({ kind: "local", text, error: "file_too_large" }));
    try {
      const decoded = decodeCsvBytes(new Uint8Array(await file.arrayBuffer()));
      setText(decoded);
      startTransition(() => run({ kind: "preview", text: decoded }));
    } catch {
      startTransition(() => run({ kind: "local", text, error: "unreadable" }));
    }
  };

  const savedData = outcome?.kind === "import" && outcome.result.ok && outcome.result.data.saved ? outcome.result.data : null;
  const saved = savedData?.count ?? null;
  const preview: ImportPreview | null =
    outcome?.kind === "preview" && outcome.result.ok
      ? outcome.result.data
      : outcome?.kind === "import" && outcome.result.ok && !outcome.result.data.saved
        ? outcome.result.data.preview
        : null;
  const failure = outcome && outcome.kind !== "local" && !outcome.result.ok ? outcome.result.error : null;
  const stale = preview !== null && outcome?.text !== text;
  const canImport = preview?.ok === true && preview.invalid.length === 0 && !stale;
  const skip: Skip | null =
    preview?.ok === true && preview.invalid.length > 0 && preview.validCount > 0 && !stale ? { valid: preview.validCount, invalid: preview.invalid.length } : null;

  return (
    <div className="flex flex-col gap-4">
      {saved !== null ? (
        <FormMessage kind="success">
          {t("saved", { count: saved })} {savedData && savedData.skipped > 0 ? `${t("savedSkipped", { skipped: savedData.skipped })} ` : null}
          <Link href={listHref} className="font-semibold underline">
            {t("toList")}
          </Link>
        </FormMessage>
      ) : null}
      <form
        className="flex flex-col gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          startTransition(() => run({ kind: "preview", text }));
        }}
      >
        <div className="flex flex-col gap-1">
          <label htmlFor="import-text" className="text-sm font-medium text-slate-800">
            {t("textLabel")}
          </label>
          <textarea
            id="import-text"
            name="text"
            value={text}
            onChange={(e) => setText(e.target.value)}
            rows={10}
            spellCheck={false}
            aria-describedby="import-text-hint"
            placeholder={t("placeholder")}
            className="rounded border border-slate-300 bg-white px-3 py-2 font-mono text-sm"
          />
          <p id="import-text-hint" className="text-xs text-slate-500">
            {t("textHint")}
          </p>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="import-file" className="text-sm font-medium text-slate-800">
            {t("fileLabel")}
          </label>
          <input
            id="import-file"
            type="file"
            accept=".csv,.txt,text/csv,text/plain"
            onChange={(e) => void readFile(e.target.files?.[0])}
            className="text-sm file:mr-3 file:min-h-10 file:rounded file:border file:border-slate-300 file:bg-white file:px-3 file:font-semibold"
          />
        </div>
        <div className="flex flex-wrap gap-2">
          <Button type="submit" variant={canImport ? "secondary" : "primary"} disabled={pending || text.trim() === ""}>
            {pending && outcome?.kind !== "import" ? t("checking") : preview ? t("checkAgain") : t("check")}
          </Button>
          {canImport ? (
            <Button type="button" disabled={pending} onClick={() => startTransition(() => run({ kind: "import", text }))}>
              {pending ? t("importing") : t("import", { count: preview.validCount })}
            </Button>
          ) : null}
          {skip ? (
            <Button type="button" variant="secondary" disabled={pending} onClick={() => startTransition(() => run({ kind: "import", text, skip }))}>
              {pending ? t("importing") : t("importSkipping", skip)}
            </Button>
          ) : null}
        </div>
      </form>
      <div aria-live="polite" className="flex flex-col gap-4">
        {outcome?.kind === "local" ? <FormMessage kind="error">{outcome.error === "unreadable" ? t("unreadable") : te("file_too_large")}</FormMessage> : null}
        {failure ? <FormMessage kind="error">{te(failure)}</FormMessage> : null}
        {stale ? (
          <p role="status" className="rounded border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            {t("stale")}
          </p>
        ) : null}
        {preview && !stale ? <ImportPreviewView preview={preview} roleLabels={roleLabels} /> : null}
      </div>
    </div>
  );
}
