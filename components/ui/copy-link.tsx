"use client";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";

/** A one-time link shown once, with a copy button. */
export function CopyLink({ link, label }: { link: string; label: string }) {
  const t = useTranslations("common");
  const [copied, setCopied] = useState(false);
  const id = useId();
  return (
    <div className="flex flex-col gap-2">
      <label className="text-sm font-medium" htmlFor={id}>
        {label}
      </label>
      <div className="flex gap-2">
        <input id={id} readOnly value={link} className="min-h-10 flex-1 rounded border border-slate-300 bg-slate-50 px-3 font-mono text-xs" onFocus={(e) => e.currentTarget.select()} />
        <button
          type="button"
          className="rounded border border-slate-300 px-3 text-sm font-semibold hover:bg-slate-100"
          onClick={async () => {
            await navigator.clipboard?.writeText(link).catch(() => undefined);
            setCopied(true);
          }}
        >
          {copied ? t("copied") : t("copy")}
        </button>
      </div>
    </div>
  );
}
