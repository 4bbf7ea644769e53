import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { fillHtmlLink, fillTextLink } from "@/lib/email/link-placeholder";
import type { OutboxMessageDetail } from "@/lib/email/queries";
import { HtmlPreview } from "./html-preview";

/**
 * A stored message as the recipient gets it: the plain text as text, the HTML on request in
 * a sandboxed frame. Where the link is no longer stored, or may not be shown, a marker
 * stands in its place.
 */
export async function MessageView({ message }: { message: OutboxMessageDetail }) {
  const t = await getTranslations("outbox");
  // The message is in the recipient's language, which may differ from the page's.
  const lang = /^<!doctype html>\s*<html lang="(nl|en)">/i.exec(message.htmlBody)?.[1];
  const link = message.link ?? (message.linkState === "removed" ? t("linkMarkerRemoved") : t("linkMarkerHidden"));
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t("textPart")}</h2>
        <pre lang={lang} className="whitespace-pre-wrap break-words rounded bg-slate-50 p-3 font-sans text-sm">
          {fillTextLink(message.textBody, link)}
        </pre>
      </Card>
      <Card>
        <h2 className="mb-1 text-lg font-semibold">{t("htmlPart")}</h2>
        <p className="mb-3 text-xs text-slate-600">{t("htmlNote")}</p>
        <HtmlPreview html={fillHtmlLink(message.htmlBody, link)} title={t("htmlFrameTitle")} showLabel={t("showHtml")} hideLabel={t("hideHtml")} />
      </Card>
    </div>
  );
}
