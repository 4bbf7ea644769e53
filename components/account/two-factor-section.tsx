"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useFieldError } from "@/components/ui/use-field-error";
import { confirmTwoFactor } from "@/lib/account/actions/confirm-two-factor";
import { disableTwoFactor } from "@/lib/account/actions/disable-two-factor";
import { replaceRecoveryCodes } from "@/lib/account/actions/replace-recovery-codes";
import { startTwoFactor } from "@/lib/account/actions/start-two-factor";
import type { ActionResult } from "@/lib/auth/action";

interface Props {
  readonly enabled: boolean;
  readonly firmRequires: boolean;
  readonly recoveryCodesLeft: number;
  /** While enrolling: the QR code (data URL, rendered on the server) and the secret. */
  readonly enrolment: { readonly qr: string; readonly secret: string } | null;
}

function ErrorOf({ state }: { state: ActionResult<unknown> | null }) {
  const te = useTranslations("errors");
  return state && !state.ok && state.error !== "invalid_input" ? <FormMessage kind="error">{te(state.error)}</FormMessage> : null;
}

function RecoveryCodes({ codes }: { codes: readonly string[] }) {
  const t = useTranslations("account");
  return (
    <div className="flex flex-col gap-2 rounded border border-amber-300 bg-amber-50 p-3">
      <h3 className="font-semibold">{t("recoveryHeading")}</h3>
      <p className="text-sm">{t("recoveryIntro")}</p>
      <ul aria-label={t("recoveryLabel")} className="grid grid-cols-2 gap-1 font-mono text-sm sm:grid-cols-5">
        {codes.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
    </div>
  );
}

/** A form that asks for one code (TOTP or recovery code) and runs an action with it. */
function CodeForm({ action, state, pending, label, busyLabel }: { action: (data: FormData) => void; state: ActionResult<unknown> | null; pending: boolean; label: string; busyLabel: string }) {
  const t = useTranslations("account");
  const fieldError = useFieldError(state);
  return (
    <form action={action} className="flex flex-col gap-3 sm:max-w-xs">
      <ErrorOf state={state} />
      <Field label={t("code")} name="code" autoComplete="one-time-code" required error={fieldError("code")} />
      <div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? busyLabel : label}
        </Button>
      </div>
    </form>
  );
}

export function TwoFactorSection({ enabled, firmRequires, recoveryCodesLeft, enrolment }: Props) {
  const t = useTranslations("account");
  const [startState, start, starting] = useActionState(startTwoFactor, null);
  const [confirmState, confirm, confirming] = useActionState(confirmTwoFactor, null);
  const [codesState, newCodes, makingCodes] = useActionState(replaceRecoveryCodes, null);
  const [offState, off, switchingOff] = useActionState(disableTwoFactor, null);
  const fresh = confirmState?.ok ? confirmState.data.recoveryCodes : codesState?.ok ? codesState.data.recoveryCodes : null;

  return (
    <section aria-labelledby="two-factor-heading" className="flex flex-col gap-4">
      <div>
        <h2 id="two-factor-heading" className="mb-1 text-lg font-semibold">
          {t("twoFactorHeading")}
        </h2>
        <p className="text-sm text-slate-600">{t("twoFactorIntro")}</p>
      </div>
      <p data-testid="two-factor-status">{enabled ? t("statusOn", { count: recoveryCodesLeft }) : t("statusOff")}</p>
      {enabled && firmRequires ? <p className="text-sm text-slate-600">{t("firmRequires")}</p> : null}
      {confirmState?.ok ? <FormMessage kind="success">{t("enabled")}</FormMessage> : null}
      {offState?.ok ? <FormMessage kind="success">{t("disabled")}</FormMessage> : null}
      {fresh ? <RecoveryCodes codes={fresh} /> : null}

      {!enabled && !enrolment ? (
        <form action={start}>
          <ErrorOf state={startState} />
          <Button type="submit" disabled={starting}>
            {starting ? t("starting") : t("start")}
          </Button>
        </form>
      ) : null}

      {!enabled && enrolment ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <div className="flex flex-col gap-2">
            <h3 className="font-semibold">{t("scanHeading")}</h3>
            {/* eslint-disable-next-line @next/next/no-img-element -- a data URL rendered on our server */}
            <img src={enrolment.qr} alt={t("qrAlt")} width={200} height={200} className="rounded border border-slate-200 bg-white" />
            <p className="text-sm">{t("secretLabel")}</p>
            <code className="break-all rounded bg-slate-100 px-2 py-1 text-sm" data-testid="totp-secret">
              {enrolment.secret}
            </code>
          </div>
          <div className="flex flex-col gap-2">
            <h3 className="font-semibold">{t("confirmHeading")}</h3>
            <CodeForm action={confirm} state={confirmState} pending={confirming} label={t("confirm")} busyLabel={t("confirming")} />
          </div>
        </div>
      ) : null}

      {enabled && !offState?.ok ? (
        <div className="grid gap-6 sm:grid-cols-2">
          <div className="flex flex-col gap-2">
            <h3 className="font-semibold">{t("newCodesHeading")}</h3>
            <p className="text-sm text-slate-600">{t("newCodesIntro")}</p>
            <CodeForm action={newCodes} state={codesState} pending={makingCodes} label={t("newCodes")} busyLabel={t("confirming")} />
          </div>
          {firmRequires ? null : (
            <div className="flex flex-col gap-2">
              <h3 className="font-semibold">{t("disableHeading")}</h3>
              <p className="text-sm text-slate-600">{t("disableIntro")}</p>
              <CodeForm action={off} state={offState} pending={switchingOff} label={t("disable")} busyLabel={t("confirming")} />
            </div>
          )}
        </div>
      ) : null}
    </section>
  );
}
