import { NextIntlClientProvider } from "next-intl";
import { createElement, type ComponentProps } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { readMessages } from "@/lib/i18n/messages";
import type { RespondentListItem } from "@/lib/respondents/queries";
import { roleLabelsFor } from "@/lib/respondents/view";
import { RespondentsTable } from "./respondents-table";

const at = new Date("2026-03-01T10:00:00Z");
const base: RespondentListItem = {
  id: "00000000-0000-4000-8000-000000000001",
  firmId: "f",
  engagementId: "e",
  name: "Anna",
  email: "anna@klant.example",
  roleGroup: "sales",
  team: null,
  locale: "nl",
  linkRevokedAt: null,
  invitedAt: null,
  lastRemindedAt: null,
  startedAt: null,
  answeredCount: 0,
  submittedAt: null,
  createdAt: at,
  updatedAt: at,
  activeLinks: 0,
  latestEmail: null,
};

function render(rows: RespondentListItem[], locale: "nl" | "en" = "nl") {
  return renderToStaticMarkup(
    createElement(
      NextIntlClientProvider,
      // children are passed as createElement's third argument
      { locale, messages: readMessages(locale), timeZone: "Europe/Amsterdam" } as ComponentProps<typeof NextIntlClientProvider>,
      createElement(RespondentsTable, { rows, roleLabels: roleLabelsFor("2026.1", locale), itemCount: 25 }),
    ),
  );
}

describe("the tracking table", () => {
  it("renders names, teams and errors as escaped text, formulas verbatim", () => {
    const html = render([
      {
        ...base,
        name: '<img src=x onerror="alert(1)">',
        team: "<script>alert(2)</script>",
        latestEmail: { kind: "invitation", status: "failed", lastError: "<b>550</b>", at },
      },
      { ...base, id: "00000000-0000-4000-8000-000000000002", name: '=HYPERLINK("http://evil.example","klik")', email: "b@klant.example" },
    ]);
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<b>550");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(html).toContain("&lt;script&gt;alert(2)&lt;/script&gt;");
    expect(html).toContain("=HYPERLINK(&quot;http://evil.example&quot;,&quot;klik&quot;)");
  });

  it("shows the role group label, status with progress and the latest e-mail status in the reader's language", () => {
    const row = { ...base, roleGroup: "customer_service" as const, invitedAt: at, startedAt: at, answeredCount: 7 };
    const sent = { ...row, latestEmail: { kind: "reminder" as const, status: "sent" as const, lastError: null, at } };
    const nl = render([sent]);
    expect(nl).toContain("Klantenservice");
    expect(nl).toContain("7 van 25 beantwoord");
    expect(nl).toContain("Herinnering: verzonden");
    const en = render([sent], "en");
    expect(en).toContain("Customer service");
    expect(en).toContain("7 of 25 answered");
    expect(en).toContain("Reminder: sent");
    expect(render([{ ...base, linkRevokedAt: at, invitedAt: at }], "en")).toContain("Link revoked");
  });
});
