"use client";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { LOCALES, type Locale } from "@/lib/model/types";
import { previewHref, reportHref, type ReportVersionParam } from "@/lib/reports/urls";

interface Props {
  readonly engagementId: string;
  readonly latestVersion: number | null;
  readonly defaultLocale: Locale;
  /** Unsaved edits are not in the draft PDF: say so. */
  readonly dirty: boolean;
}

const fileNameOf = (disposition: string | null) => /filename="([^"]+)"/.exec(disposition ?? "")?.[1] ?? "report.pdf";

/**
 * The PDF download: fetched as a blob, so the button can show progress and cannot start a
 * second render while one is running. Errors get a translated message.
 */
export function ReportDownload({ engagementId, latestVersion, defaultLocale, dirty }: Props) {
  const t = useTranslations("roadmap.download");
  const tl = useTranslations("language");
  const [locale, setLocale] = useState<Locale>(defaultLocale);
  const [busy, setBusy] = useState<ReportVersionParam | null>(null);
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);
  const running = useRef(false);

  const download = async (version: ReportVersionParam) => {
    if (running.current) return;
    running.current = true;
    setBusy(version);
    setMessage(null);
    try {
      const response = await fetch(reportHref(engagementId, { version, locale }), { credentials: "same-origin", cache: "no-store" });
      if (!response.ok) {
        setMessage({ kind: "error", text: response.status === 404 ? t("notFound") : response.status === 503 ? t("busy") : t("failed") });
        return;
      }
      const blob = await response.blob();
      const url = URL.createObjectURL(blob);
      const link = document.createElement("a");
      link.href = url;
      link.download = fileNameOf(response.headers.get("Content-Disposition"));
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setMessage({ kind: "success", text: t("ready") });
    } catch {
      setMessage({ kind: "error", text: t("failed") });
    } finally {
      running.current = false;
      setBusy(null);
    }
  };

  const versions: ReportVersionParam[] = latestVersion === null ? ["draft"] : ["draft", latestVersion];
  return (
    <div className="flex flex-col gap-3" data-testid="report-download">
      <div className="flex flex-col gap-1">
        <label htmlFor="report-locale" className="text-sm font-medium text-slate-800">
          {t("language")}
        </label>
        <select id="report-locale" value={locale} onChange={(e) => setLocale(e.target.value as Locale)} className="min-h-10 max-w-xs rounded border border-slate-300 bg-white px-3 py-2">
          {LOCALES.map((l) => (
            <option key={l} value={l}>
              {tl(l)}
            </option>
          ))}
        </select>
      </div>
      <ul className="flex flex-col gap-2">
        {versions.map((version) => (
          <li key={String(version)} className="flex flex-wrap items-center gap-3">
            <Button type="button" variant={version === "draft" ? "secondary" : "primary"} disabled={busy !== null} aria-busy={busy === version} onClick={() => download(version)}>
              {busy === version ? t("pending") : version === "draft" ? t("draft") : t("published", { version })}
            </Button>
            <a href={previewHref(engagementId, version, locale)} className="text-sm font-semibold text-blue-700 hover:underline">
              {t("preview")}
            </a>
          </li>
        ))}
      </ul>
      <p className="text-xs text-slate-600">{t("draftNote")}</p>
      <div aria-live="polite">{busy !== null ? <p className="text-sm text-slate-700">{t("pending")}</p> : null}</div>
      {message ? <FormMessage kind={message.kind}>{message.text}</FormMessage> : null}
      {dirty ? <p className="text-sm text-amber-800">{t("unsaved")}</p> : null}
    </div>
  );
}
