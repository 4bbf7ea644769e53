"use client";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/auth/action";

/** A form action's translated error for one field (the portal's shared field-error codes). */
export function useFieldError(state: ActionResult<unknown> | null) {
  const tf = useTranslations("fieldErrors");
  return (name: string): string | undefined => {
    const code = state && !state.ok ? state.fieldErrors?.[name]?.[0] : undefined;
    return code ? (tf.has(code) ? tf(code) : tf("invalid")) : undefined;
  };
}
