"use client";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";

/**
 * E-mail and password; when the account has two-step sign-in, the same form then asks for
 * the code (the password stays in the form and is sent again with it).
 */
export function LoginForm({ next }: { next: string }) {
  const t = useTranslations("login");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [needsCode, setNeedsCode] = useState(false);

  function message(code: string | null | undefined): string {
    if (code === "throttled") return t("throttled");
    if (code?.startsWith("slow:")) return t("throttledFor", { seconds: Number(code.slice(5)) || 1 });
    return needsCode ? t("invalidCode") : t("invalid");
  }

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const result = await signIn("credentials", {
        email: String(form.get("email") ?? ""),
        password: String(form.get("password") ?? ""),
        ...(needsCode ? { code: String(form.get("code") ?? "") } : {}),
        redirect: false,
      });
      if (result?.ok && !result.error) {
        router.replace(next);
        router.refresh();
        return;
      }
      if (result?.error === "two_factor_required") {
        setNeedsCode(true);
      } else {
        setError(message(result?.error));
      }
    } catch {
      setError(t("unavailable"));
    }
    setPending(false);
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      {error ? <FormMessage kind="error">{error}</FormMessage> : null}
      <div className={needsCode ? "hidden" : "flex flex-col gap-4"}>
        <Field label={t("email")} name="email" type="email" autoComplete="username" required />
        <Field label={t("password")} name="password" type="password" autoComplete="current-password" required />
      </div>
      {needsCode ? (
        <>
          <p className="text-sm text-slate-700" role="status">
            {t("codeIntro")}
          </p>
          <Field
            autoFocus
            label={t("code")}
            name="code"
            autoComplete="one-time-code"
            inputMode="text"
            hint={t("codeHint")}
            required
          />
        </>
      ) : null}
      <Button type="submit" disabled={pending}>
        {pending ? t("submitting") : needsCode ? t("verify") : t("submit")}
      </Button>
    </form>
  );
}
