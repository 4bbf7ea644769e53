import type { NextRequest } from "next/server";
import { getDb } from "@/db";
import { isSameOrigin, NO_STORE, readBoundedText, seeOther, sessionOf } from "@/lib/scan/http";
import { safeScanPath } from "@/lib/scan/origin";
import { setRespondentLocale } from "@/lib/scan/queries";
import { localeFormSchema } from "@/lib/scan/schemas";
import { failSoft } from "@/lib/unavailable";

/** The respondent's language choice (a plain form): stored on the respondent, back to the same page. */
async function handlePOST(request: NextRequest) {
  if (!isSameOrigin(request)) return new Response("Forbidden", { status: 403, headers: NO_STORE });
  const body = await readBoundedText(request, 2048);
  if (!body.ok) return new Response("Payload too large", { status: 413, headers: NO_STORE });
  const form = Object.fromEntries(new URLSearchParams(body.text));
  const parsed = localeFormSchema.safeParse(form);
  const next = safeScanPath(form.next);
  if (!parsed.success) return seeOther(next);
  const ctx = await sessionOf(request);
  if (!ctx) return seeOther("/scan");
  await setRespondentLocale(await getDb(), ctx.respondent.id, parsed.data.locale);
  return seeOther(next);
}

export const POST = failSoft(handlePOST);
