import { describe, expect, it } from "vitest";
import { renderEmail } from "../email/templates";
import { emailFirm } from "./email";

const firmRow = { id: "0b5c1a6e-8a43-4c8e-9d1b-6f2f3e4a5b6c", name: "Demo & Co", primaryColor: "#ffeb3b", logoVersion: "abc123", footerText: "Demo Advies · 020 123 4567 · <info@demo.nl>" };

const mail = (firm: ReturnType<typeof emailFirm>) =>
  renderEmail({ kind: "set_password", locale: "nl", recipientName: "Nina", firm, senderName: "Eva", reissued: false });

describe("e-mails carry the firm's branding", () => {
  it("show the logo by absolute URL with the firm's name as alt text, and the contact line, escaped", () => {
    const firm = emailFirm(firmRow, "https://portal.example.nl/");
    expect(firm.logoUrl).toBe(`https://portal.example.nl/api/firms/${firmRow.id}/logo?v=abc123`);
    const { html, text } = mail(firm);
    expect(html).toContain(`<img src="https://portal.example.nl/api/firms/${firmRow.id}/logo?v=abc123" alt="Demo &amp; Co"`);
    expect(html).toContain("Demo Advies · 020 123 4567 · &lt;info@demo.nl&gt;");
    // Without images the band still names the firm, in a readable text colour on the (light) brand colour.
    expect(html).toMatch(/background:#ffeb3b;color:#0f172a;[^>]*>Demo &amp; Co</);
    expect(text).toContain("Demo Advies · 020 123 4567 · <info@demo.nl>");
    expect(text).not.toContain("/logo");
  });

  it("leave the logo out when the firm has none or the URL is not plain http(s)", () => {
    const none = mail(emailFirm({ ...firmRow, logoVersion: null, footerText: null }, "https://portal.example.nl"));
    expect(none.html).not.toContain("<img");
    expect(none.text).not.toContain("020 123");
    const hostile = mail({ ...emailFirm(firmRow, "https://x.nl"), logoUrl: 'javascript:alert(1)" onerror="x' });
    expect(hostile.html).not.toContain("<img");
  });
});
