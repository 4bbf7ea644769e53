/**
 * What the e-mails and the scan pages say must agree: one scan duration, one name per role
 * group, and no doubled full stop after a client name such as "… B.V.".
 */
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { loadMessages } from "../i18n/messages";
import { LOCALES } from "../model/types";
import { renderEmail, type ScanEmail } from "./templates";

const invitation = (locale: "nl" | "en"): ScanEmail => ({
  kind: "invitation",
  locale,
  recipientName: "Anna",
  firm: { name: "Demo Advies B.V.", primaryColor: null },
  senderName: "Kees",
  clientName: "Groen Installatietechniek B.V.",
  intro: null,
  closesAt: null,
  anonymityK: 3,
});

function strings(value: unknown, path = ""): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  return [];
}

describe.each(LOCALES)("wording (%s)", (locale) => {
  const messages = loadMessages(locale, { fresh: true });
  const t = createTranslator({ locale, messages });
  const estimate = t("scanDuration.estimate" as never);

  it("gives the scan's duration from one source, in the invitation and on the scan pages alike", () => {
    const email = renderEmail(invitation(locale));
    expect(email.text).toContain(estimate);
    expect(t("scanLanding.duration" as never, { duration: estimate } as never)).toContain(estimate);
    expect(t("scanWelcome.howTime" as never, { duration: estimate } as never)).toContain(estimate);
    // No other text names a number of minutes for filling in the scan.
    const durations = strings(messages).filter(([, s]) => /\d+\s*(minuten|minutes)/i.test(s));
    expect(durations.map(([p]) => p)).toEqual(["scanDuration.estimate"]);
  });

  it("puts no second full stop after a client or firm name that ends in one", () => {
    for (const kind of ["invitation", "reminder"] as const) {
      const email = renderEmail({ ...invitation(locale), kind });
      for (const part of [email.subject, email.text, email.html]) expect(part).not.toContain("B.V..");
    }
  });
});

it("calls the management role group by one name in every Dutch text", () => {
  const dutch = strings(loadMessages("nl", { fresh: true })).filter(([, s]) => /directie/i.test(s));
  expect(dutch).toEqual([]);
});
