"use client";
import { useTranslations } from "next-intl";
import { startTransition } from "react";
import type { ActionResult } from "@/lib/auth/action";
import type { ErrorCode } from "@/lib/errors";
import type { Saved } from "@/lib/engagements/field-error";

/**
 * Reads a form action's result: the error to show above the form, each field's translated
 * error (the engagement rules' own codes first, then the portal's shared ones), and the saved
 * data when it worked.
 */
export function useFormResult<T extends object>(state: ActionResult<Saved<T>> | null) {
  const tf = useTranslations("fieldErrors");
  const tn = useTranslations("engagementForm.fieldErrors");
  const refused = state?.ok && !state.data.saved ? state.data : null;
  const fieldErrors: Record<string, string[]> | undefined = state && !state.ok ? state.fieldErrors : refused ? { [refused.field]: [refused.reason] } : undefined;
  const error: ErrorCode | null = state && !state.ok ? state.error : refused ? "invalid_input" : null;
  const saved = state?.ok && state.data.saved ? state.data : null;
  const fieldError = (field: string): string | undefined => {
    const code = fieldErrors?.[field]?.[0];
    if (!code) return undefined;
    if (tn.has(code)) return tn(code);
    return tf.has(code) ? tf(code) : tf("invalid");
  };
  return { error, saved, fieldError };
}

/**
 * onSubmit for a form whose `action` is a useActionState dispatch: submits through a
 * transition so React does not reset the fields afterwards (a refused save keeps what was
 * typed). Without JavaScript the form still posts to the action.
 */
export function submitKeepingValues(dispatch: (data: FormData) => void) {
  return (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => dispatch(data));
  };
}
