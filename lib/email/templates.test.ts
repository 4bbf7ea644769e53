import { describe, expect, it } from "vitest";
import { countPlaceholders, fillHtmlLink, fillTextLink, LINK_PLACEHOLDER } from "./link-placeholder";
import { renderEmail, type ScanEmail } from "./templates";

const invitation: ScanEmail = {
  kind: "invitation",
  locale: "nl",
  recipientName: "Anna <script>alert(1)</script>",
  firm: { name: "Jansen & Zn <Advies>", primaryColor: "#047857" },
  senderName: 'Kees "de" Consultant',
  clientName: "Bakkerij <b>Van Dijk</b>",
  intro: "Beste team,\nwe starten de scan.\n\n<img src=x onerror=alert(1)> Tot snel! {{link}}",
  closesAt: new Date("2026-03-31T21:59:59.999Z"),
  anonymityK: 4,
};
const LINK = "https://scan.example.nl/s/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcde";

describe("e-mail templates", () => {
  it("escapes everything a person typed in the HTML part", () => {
    const { html } = renderEmail(invitation);
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<b>Van Dijk");
    expect(html).toContain("Anna &lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("Jansen &amp; Zn &lt;Advies&gt;");
    expect(html).toContain("Kees &quot;de&quot; Consultant");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });

  it("keeps the line breaks of the introduction: paragraphs and <br>", () => {
    const { html, text } = renderEmail(invitation);
    expect(html).toContain(">Beste team,<br>we starten de scan.</p>");
    expect(text).toContain("Beste team,\nwe starten de scan.\n\n<img src=x onerror=alert(1)> Tot snel!");
  });

  it("stores only the placeholder, and typed text cannot add one", () => {
    const { html, text, subject } = renderEmail(invitation);
    // The intro's "{{link}}" is neutralised: only the template's own placeholders remain.
    expect(countPlaceholders(text)).toBe(1);
    expect(countPlaceholders(html)).toBe(3); // button href, fallback href and its text
    expect(`${subject}${text}${html}`).not.toContain("https://");
    const filled = fillHtmlLink(html, LINK);
    expect(filled).toContain(`href="${LINK}"`);
    expect(filled).not.toContain(LINK_PLACEHOLDER);
    expect(fillTextLink(text, LINK)).toContain(`\n${LINK}\n`);
  });

  it("writes Dutch with the firm, sender, client, close date and privacy line", () => {
    const { subject, text, html } = renderEmail(invitation);
    expect(subject).toBe("Uitnodiging: salesscan Bakkerij <b>Van Dijk</b>");
    expect(text).toContain('Kees "de" Consultant van Jansen & Zn <Advies> nodigt je uit');
    expect(text).toContain("Vul de scan uiterlijk 31 maart 2026 in.");
    expect(text).toContain("alleen groepsresultaten van minstens 4 personen");
    expect(text).toContain("Start de scan via deze link:\n{{link}}");
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain("background:#047857");
  });

  it("writes English for an English respondent", () => {
    const { subject, text, html } = renderEmail({ ...invitation, locale: "en", recipientName: "Ann", intro: null });
    expect(subject).toBe("Invitation: sales scan Bakkerij <b>Van Dijk</b>");
    expect(text).toMatch(/^Dear Ann,/);
    expect(text).toContain("Please complete the scan by 31 March 2026.");
    expect(text).toContain("only see group results of at least 4 people");
    expect(html).toContain('<html lang="en">');
    expect(text).not.toMatch(/Beste|uitnodig/);
  });

  it("writes a short reminder with the close date and without the introduction", () => {
    const nl = renderEmail({ ...invitation, kind: "reminder", recipientName: "Anna" });
    expect(nl.subject).toBe("Herinnering: salesscan Bakkerij <b>Van Dijk</b>");
    expect(nl.text).toContain("De scan sluit op 31 maart 2026.");
    expect(nl.text).not.toContain("Beste team");
    expect(countPlaceholders(nl.text)).toBe(1);
    const en = renderEmail({ ...invitation, kind: "reminder", locale: "en", closesAt: null });
    expect(en.text).toContain("You have not yet submitted");
    expect(en.text).not.toContain("closes on");
  });

  it("never lets a firm colour break out of the style attribute", () => {
    const { html } = renderEmail({ ...invitation, firm: { name: "X", primaryColor: 'red;" onload="alert(1)' } });
    expect(html).not.toContain("onload");
    expect(html).toContain("background:#1d4ed8");
  });

  it("picks readable text on a light brand colour", () => {
    const { html } = renderEmail({ ...invitation, firm: { name: "X", primaryColor: "#fde047" } });
    expect(html).toContain("background:#fde047;color:#0f172a");
  });

  it("renders the set-password mail in both languages", () => {
    const base = { kind: "set_password", recipientName: "Nina <i>", firm: { name: "Demo Advies", primaryColor: null }, senderName: "Eva" } as const;
    const nl = renderEmail({ ...base, locale: "nl", reissued: false });
    expect(nl.subject).toBe("Je account bij Demo Advies in Salesradar");
    expect(nl.text).toContain("Eva heeft een account voor je aangemaakt");
    expect(nl.text).toContain("Stel je wachtwoord in via deze link:\n{{link}}");
    expect(nl.html).toContain("Nina &lt;i&gt;");
    const en = renderEmail({ ...base, locale: "en", reissued: true });
    expect(en.text).toContain("Eva has created a new link for you");
    expect(countPlaceholders(en.text)).toBe(1);
  });
});
