import { useTranslations } from "next-intl";
import type { LatestEmail } from "@/lib/respondents/queries";

/** The latest outbox message to a respondent: kind and delivery status, with the error when it failed. */
export function EmailStatus({ email }: { email: LatestEmail | null }) {
  const t = useTranslations("respondents.email");
  if (!email) return <span className="text-slate-500">{t("none")}</span>;
  const kind = email.kind === "reminder" ? t("reminder") : t("invitation");
  return (
    <span className="flex flex-col gap-0.5">
      <span className={email.status === "failed" ? "font-semibold text-red-800" : undefined}>
        {t("line", { kind, status: t(`statuses.${email.status}`) })}
      </span>
      {email.status === "failed" && email.lastError ? <span className="max-w-64 text-xs break-words text-red-800">{email.lastError}</span> : null}
    </span>
  );
}
