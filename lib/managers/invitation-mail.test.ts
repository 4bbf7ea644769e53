import { describe, expect, it } from "vitest";
import { renderManagerInvitation } from "./invitation-mail";

const firm = {
  name: "Demo Advies",
  primaryColor: "#0f766e",
  logoUrl: "https://portal.example.nl/api/firms/7d0c4c56-3f7b-4d38-9f0e-2c1b7a1f5e11/logo?v=abc123",
  footerText: "Demo Advies · Keizersgracht 1, Amsterdam · 020 123 45 67",
};

describe("the manager invitation e-mail", () => {
  it("carries the firm's logo and contact line, in the manager's language", () => {
    const nl = renderManagerInvitation({ locale: "nl", recipientName: "Gerda", clientName: "Groen", firm, senderName: "Sanne", hasAccount: false });
    expect(nl.html).toContain(firm.logoUrl);
    expect(nl.html).toContain("Keizersgracht 1");
    expect(nl.text).toContain("Keizersgracht 1");
    expect(nl.text).toContain("{{link}}");
    const en = renderManagerInvitation({ locale: "en", recipientName: "Gerda", clientName: "Groen", firm, senderName: "Sanne", hasAccount: false });
    expect(en.subject).not.toBe(nl.subject);
  });

  it("reads fine without a logo or contact line, and escapes the client's name", () => {
    const mail = renderManagerInvitation({
      locale: "nl",
      recipientName: "Gerda",
      clientName: "<b>Groen</b>",
      firm: { ...firm, logoUrl: null, footerText: null },
      senderName: "Sanne",
      hasAccount: true,
    });
    expect(mail.html).not.toContain("<img");
    expect(mail.html).not.toContain("<b>Groen</b>");
    expect(mail.html).toContain("&lt;b&gt;Groen&lt;/b&gt;");
  });
});
