"use client";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { startTransition, useActionState, useState } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import { CopyLink } from "@/components/ui/copy-link";
import { FormMessage } from "@/components/ui/form-message";
import { createRespondentLink } from "@/lib/respondents/actions/create-respondent-link";
import { reissueRespondentLink } from "@/lib/respondents/actions/reissue-respondent-link";
import { removeRespondent } from "@/lib/respondents/actions/remove-respondent";
import { revokeRespondentLinks } from "@/lib/respondents/actions/revoke-respondent-links";

type Intent = "create" | "reissue" | "revoke" | "remove";

const ACTIONS = {
  create: createRespondentLink,
  reissue: reissueRespondentLink,
  revoke: revokeRespondentLinks,
  remove: removeRespondent,
} as const;

type Outcome = { intent: Intent; result: Awaited<ReturnType<(typeof ACTIONS)[Intent]>> } | null;

interface Props {
  readonly engagementId: string;
  readonly respondentId: string;
  readonly name: string;
  /** Links that still work; none means "create link" instead of reissue/revoke. */
  readonly activeLinks: number;
  /** Adding, editing and new links only while the engagement accepts respondents. */
  readonly editable: boolean;
}

/** Edit, link actions (a new link is shown once) and erasure with a confirmation step. */
export function RespondentRowActions({ engagementId, respondentId, name, activeLinks, editable }: Props) {
  const t = useTranslations("respondents.actions");
  const te = useTranslations("errors");
  const [confirming, setConfirming] = useState(false);
  const [outcome, run, pending] = useActionState<Outcome, Intent>(
    async (_previous, intent) => ({ intent, result: await ACTIONS[intent](null, { engagementId, respondentId }) }),
    null,
  );
  const start = (intent: Intent) => startTransition(() => run(intent));
  const link = outcome?.result.ok && "link" in outcome.result.data ? outcome.result.data.link : null;
  return (
    <div className="flex min-w-56 flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        {editable ? (
          <Link
            href={`/engagements/${engagementId}/respondents/${respondentId}/edit`}
            className={buttonClass("secondary")}
            aria-label={t("editLabel", { name })}
          >
            {t("edit")}
          </Link>
        ) : null}
        {editable && activeLinks === 0 ? (
          <Button variant="secondary" type="button" disabled={pending} onClick={() => start("create")} aria-label={t("createLabel", { name })}>
            {t("create")}
          </Button>
        ) : null}
        {editable && activeLinks > 0 ? (
          <Button variant="secondary" type="button" disabled={pending} onClick={() => start("reissue")} aria-label={t("reissueLabel", { name })}>
            {t("reissue")}
          </Button>
        ) : null}
        {activeLinks > 0 ? (
          <Button variant="secondary" type="button" disabled={pending} onClick={() => start("revoke")} aria-label={t("revokeLabel", { name })}>
            {t("revoke")}
          </Button>
        ) : null}
        {!confirming ? (
          <Button variant="danger" type="button" disabled={pending} onClick={() => setConfirming(true)} aria-label={t("removeLabel", { name })}>
            {t("remove")}
          </Button>
        ) : null}
      </div>
      {confirming ? (
        <div role="group" aria-label={t("removeLabel", { name })} className="flex flex-col gap-2 rounded border border-red-200 bg-red-50 p-2">
          <p className="text-sm text-red-900">{t("removeWarning", { name })}</p>
          <div className="flex flex-wrap gap-2">
            <Button variant="danger" type="button" disabled={pending} onClick={() => start("remove")} autoFocus>
              {t("confirmRemove")}
            </Button>
            <Button variant="secondary" type="button" onClick={() => setConfirming(false)}>
              {t("cancel")}
            </Button>
          </div>
        </div>
      ) : null}
      {outcome?.result.ok && outcome.intent === "revoke" ? <FormMessage kind="success">{t("revoked")}</FormMessage> : null}
      {link ? (
        <div className="flex flex-col gap-1">
          <CopyLink link={link} label={t("linkLabel", { name })} />
          <p className="text-xs text-slate-600">{outcome?.intent === "reissue" ? t("reissued") : t("linkOnce")}</p>
        </div>
      ) : null}
      {outcome && !outcome.result.ok ? <FormMessage kind="error">{te(outcome.result.error)}</FormMessage> : null}
    </div>
  );
}
