"use client";
import { useTranslations } from "next-intl";
import type { ErrorCode } from "@/lib/errors";

/** An action's error code in the roadmap's words, else the portal's general wording. */
export function useErrorText(): (code: ErrorCode) => string {
  const t = useTranslations("roadmap.errors");
  const general = useTranslations("errors");
  return (code) => (t.has(code) ? t(code) : general(code));
}
