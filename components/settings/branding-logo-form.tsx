"use client";
import { useLocale, useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { removeLogo } from "@/lib/branding/actions/remove-logo";
import { uploadLogo } from "@/lib/branding/actions/upload-logo";
import { MAX_LOGO_BYTES } from "@/lib/branding/logo";
import { BrandingLogoPreview, type LogoPreview } from "./branding-logo-preview";

/**
 * Upload (its own action: a file, checked by content on the server) and removal of the logo.
 * A file over 1 MB is refused here already, so it is never sent.
 */
export function BrandingLogoForm({ firmId, firmName, logo }: { firmId: string; firmName: string; logo: LogoPreview | null }) {
  const t = useTranslations("branding");
  const te = useTranslations("errors");
  const locale = useLocale();
  const [uploadState, upload, uploading] = useActionState(uploadLogo, null);
  const [removeState, remove, removing] = useActionState(removeLogo, null);
  const [tooLarge, setTooLarge] = useState(false);

  const uploadError = (() => {
    if (tooLarge) return t("errors.logo_too_large");
    if (!uploadState || uploadState.ok) return null;
    const code = uploadState.fieldErrors?.logo?.[0];
    if (code) return t.has(`errors.${code}`) ? t(`errors.${code}`) : te("invalid_image");
    return te(uploadState.error);
  })();

  return (
    <div className="flex flex-col gap-3">
      <h3 className="text-base font-semibold">{t("logoHeading")}</h3>
      <BrandingLogoPreview firmId={firmId} firmName={firmName} logo={logo} locale={locale} />
      {uploadState?.ok && !tooLarge ? <FormMessage kind="success">{t("uploaded")}</FormMessage> : null}
      {removeState?.ok ? <FormMessage kind="success">{t("removed")}</FormMessage> : null}
      {uploadError ? <FormMessage kind="error">{uploadError}</FormMessage> : null}
      {removeState && !removeState.ok ? <FormMessage kind="error">{te(removeState.error)}</FormMessage> : null}
      <form
        action={upload}
        className="flex flex-col gap-2 sm:max-w-md"
        onSubmit={(event) => {
          const file = new FormData(event.currentTarget).get("logo");
          const oversized = file instanceof File && file.size > MAX_LOGO_BYTES;
          setTooLarge(oversized);
          if (oversized) event.preventDefault();
        }}
      >
        <label htmlFor="field-logo" className="text-sm font-medium text-slate-800">
          {t("logoFile")}
        </label>
        <input
          id="field-logo"
          name="logo"
          type="file"
          accept="image/png,image/jpeg"
          required
          aria-describedby="field-logo-hint"
          aria-invalid={uploadError ? true : undefined}
          className="text-sm file:mr-3 file:rounded file:border file:border-slate-300 file:bg-white file:px-3 file:py-2 file:text-sm file:font-semibold"
        />
        <p id="field-logo-hint" className="text-xs text-slate-500">
          {t("logoHelp")}
        </p>
        <div>
          <Button type="submit" disabled={uploading}>
            {uploading ? t("uploading") : t("upload")}
          </Button>
        </div>
      </form>
      {logo ? (
        <form action={remove}>
          <Button type="submit" variant="danger" disabled={removing}>
            {removing ? t("removing") : t("remove")}
          </Button>
        </form>
      ) : null}
    </div>
  );
}
