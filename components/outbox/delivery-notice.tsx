import { getTranslations } from "next-intl/server";
import { MAX_ATTEMPTS } from "@/lib/email/backoff";

/** Says plainly whether the portal sends e-mail itself or only keeps it in the Outbox. */
export async function DeliveryNotice({ smtpConfigured }: { smtpConfigured: boolean }) {
  const t = await getTranslations("outbox");
  return smtpConfigured ? (
    <p className="mb-4 rounded border border-slate-200 bg-white px-3 py-2 text-sm text-slate-700">{t("smtpOn", { max: MAX_ATTEMPTS })}</p>
  ) : (
    <p className="mb-4 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="outbox-smtp-off">
      {t("smtpOff")}
    </p>
  );
}
