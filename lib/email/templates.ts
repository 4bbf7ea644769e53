/**
 * The texts of the portal's e-mails, in the recipient's language (nl or en). Pure apart from
 * reading the message catalogue: the result holds the {{link}} placeholder, never a link.
 */
import { createTranslator } from "next-intl";
import { CLOSE_DATE_TIME_ZONE } from "../engagements/close-date";
import { loadMessages } from "../i18n/messages";
import { withoutDoubledFullStops } from "../i18n/wording";
import type { Locale } from "../model/types";
import { renderHtml, renderText, type Block } from "./layout";

export interface RenderedEmail {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

interface Common {
  readonly locale: Locale;
  readonly recipientName: string;
  readonly firm: {
    readonly name: string;
    readonly primaryColor: string | null;
    /** Absolute URL of the firm's public logo, or null/absent. */
    readonly logoUrl?: string | null;
    /** The firm's contact line, or null/absent. */
    readonly footerText?: string | null;
  };
  /** The consultant who sends it; null for automatic messages of someone no longer around. */
  readonly senderName: string | null;
}

export interface ScanEmail extends Common {
  readonly kind: "invitation" | "reminder";
  readonly clientName: string;
  /** The consultant's own introduction (plain text). */
  readonly intro: string | null;
  readonly closesAt: Date | null;
  readonly anonymityK: number;
}

export interface SetPasswordEmail extends Common {
  /** set_password: a first password (new or reissued link); password_reset: a new one for an existing account. */
  readonly kind: "set_password" | "password_reset";
  readonly reissued: boolean;
}

export type EmailContent = ScanEmail | SetPasswordEmail;

/** The close date as people write it: "31 maart 2026" / "31 March 2026", in the firms' zone. */
export function formatCloseDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "nl" ? "nl-NL" : "en-GB", { dateStyle: "long", timeZone: CLOSE_DATE_TIME_ZONE }).format(date);
}

type Translate = (key: string, values?: Record<string, string | number>) => string;
// The catalogue is loaded at run time (untyped), so the translator is used with plain string keys.
const makeTranslator = createTranslator as unknown as (config: { locale: Locale; messages: unknown; namespace: string }) => Translate;

/** The e-mail's translator; a name ending in a full stop ("… B.V.") gets no second one. */
export function emailTranslator(locale: Locale, namespace: string): Translate {
  const t = makeTranslator({ locale, messages: loadMessages(locale), namespace });
  return (key, values) => withoutDoubledFullStops(t(key, values), values);
}

const translator = (locale: Locale) => emailTranslator(locale, "email");

function scanEmail(data: ScanEmail): RenderedEmail {
  const t = translator(data.locale);
  const k = data.kind;
  const names = { firm: data.firm.name, client: data.clientName };
  const blocks: Block[] = [{ kind: "paragraph", text: t("greeting", { name: data.recipientName }) }];
  if (k === "invitation") {
    blocks.push({ kind: "paragraph", text: t("invitation.lead", { ...names, sender: data.senderName ?? data.firm.name }) });
    if (data.intro?.trim()) blocks.push({ kind: "personal", text: data.intro });
    blocks.push({ kind: "paragraph", text: t("invitation.howItWorks", { duration: emailTranslator(data.locale, "scanDuration")("estimate") }) });
  } else {
    blocks.push({ kind: "paragraph", text: t("reminder.lead", names) });
  }
  if (data.closesAt) blocks.push({ kind: "paragraph", text: t(`${k}.deadline`, { date: formatCloseDate(data.closesAt, data.locale) }) });
  blocks.push({ kind: "button", label: t(`${k}.button`), textLabel: t(`${k}.buttonText`), fallback: t("linkFallback"), note: t("personalLink") });
  blocks.push({ kind: "signoff", lines: [t("signoff"), ...(data.senderName ? [data.senderName] : []), data.firm.name] });
  const frame = {
    locale: data.locale,
    subject: t(`${k}.subject`, names),
    firmName: data.firm.name,
    primaryColor: data.firm.primaryColor,
    logoUrl: data.firm.logoUrl,
    contactLine: data.firm.footerText,
    blocks,
    footer: [t("privacy", { ...names, k: data.anonymityK }), t("footer", names)],
  };
  return { subject: frame.subject, text: renderText(frame), html: renderHtml(frame) };
}

function setPasswordEmail(data: SetPasswordEmail): RenderedEmail {
  const t = translator(data.locale);
  const values = { firm: data.firm.name, sender: data.senderName ?? data.firm.name };
  const ns = data.kind === "password_reset" ? "passwordReset" : "setPassword";
  const lead = data.kind === "set_password" && data.reissued ? "setPassword.leadReissued" : `${ns}.lead`;
  const blocks: Block[] = [
    { kind: "paragraph", text: t("greeting", { name: data.recipientName }) },
    { kind: "paragraph", text: t(lead, values) },
    { kind: "paragraph", text: t(`${ns}.instruction`) },
    { kind: "button", label: t(`${ns}.button`), textLabel: t(`${ns}.buttonText`), fallback: t("linkFallback"), note: t("personalLink") },
    { kind: "paragraph", text: t(`${ns}.ignore`) },
    { kind: "signoff", lines: [t("signoff"), ...(data.senderName ? [data.senderName] : []), data.firm.name] },
  ];
  const frame = {
    locale: data.locale,
    subject: t(`${ns}.subject`, values),
    firmName: data.firm.name,
    primaryColor: data.firm.primaryColor,
    logoUrl: data.firm.logoUrl,
    contactLine: data.firm.footerText,
    blocks,
    footer: [t("footer", values)],
  };
  return { subject: frame.subject, text: renderText(frame), html: renderHtml(frame) };
}

export function renderEmail(data: EmailContent): RenderedEmail {
  switch (data.kind) {
    case "set_password":
    case "password_reset":
      return setPasswordEmail(data);
    default:
      return scanEmail(data);
  }
}
