import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { CONSULTANT, DEMO_PASSWORD, login } from "./helpers";

const MANAGER = "manager@groen.example";

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** Managers use the same login page and land on the client portal. */
async function loginToPortal(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel(/E-mailadres|E-mail address/).fill(email);
  await page.getByLabel(/^(Wachtwoord|Password)$/).fill(password);
  await page.getByRole("button", { name: /^(Inloggen|Log in)$/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Rapporten" })).toBeVisible();
  await expect(page).toHaveURL(/\/portal$/);
}

test("the demo manager sees the published report with its roadmap, downloads the PDF, and finds no consultant page", async ({ page }) => {
  test.setTimeout(120_000);
  // Anonymous visitors of the portal are sent to the login page.
  await page.goto("/portal");
  await expect(page).toHaveURL(/\/login/);
  await loginToPortal(page, MANAGER);
  await expectNoSeriousViolations(page);
  const reports = page.getByRole("list", { name: "Gepubliceerde rapporten" });
  await expect(reports.getByRole("link")).toHaveCount(1);
  await reports.getByRole("link", { name: "Scan salesteam Q4" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Scan salesteam Q4" })).toBeVisible();
  const engagementId = new URL(page.url()).pathname.split("/").at(-1)!;
  await expect(page.getByTestId("overall-mean")).toHaveText(/^\d,\d$/);
  await expect(page.getByTestId("radar")).toBeVisible();
  await expect(page.getByTestId("portal-pillar-table").getByRole("row")).toHaveCount(6);
  const roadmap = page.getByTestId("portal-roadmap");
  await expect(roadmap.getByRole("heading", { name: "Roadmap" })).toBeVisible();
  await expect(roadmap.getByRole("heading", { name: "Maand 0–3" })).toBeVisible();
  // No respondent's name anywhere in the portal.
  await expect(page.getByText("Henk Groen")).toHaveCount(0);
  await expectNoSeriousViolations(page);

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Rapport downloaden (pdf)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^salesradar-[a-z0-9-]+\.pdf$/);
  const pdf = await readFile((await download.path())!);
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");

  // The language is the manager's own, kept on the account.
  await page.getByRole("group", { name: "Taal" }).getByRole("button", { name: "English" }).click();
  await expect(page.getByTestId("portal-roadmap").getByRole("heading", { name: "Months 0–3" })).toBeVisible();
  await page.getByRole("group", { name: "Language" }).getByRole("button", { name: "Nederlands" }).click();
  await expect(page.getByTestId("portal-roadmap").getByRole("heading", { name: "Maand 0–3" })).toBeVisible();

  // Consultant pages and routes, and portal URLs of nothing, are not found for a manager.
  for (const url of [`/engagements/${engagementId}/results`, "/dashboard", `/clients`, "/portal/engagements/not-a-uuid", "/portal/engagements/0b6e6a5e-1c1f-4c55-9d1e-1b1e3c3c0a01"]) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(404);
    await expect(page.getByRole("heading", { name: "Pagina niet gevonden" })).toBeVisible();
  }
  for (const url of [`/engagements/${engagementId}/results/export/answers`, `/api/engagements/${engagementId}/report`]) {
    const response = await page.request.get(url);
    expect(response.status(), url).toBe(404);
    expect(await response.text()).not.toContain("Henk Groen");
  }
});

test("a consultant invites a manager, who sets a password and sees the report; revoking ends access on the next request", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  const email = `directeur-${stamp}@groen.example`;
  const name = `Dirk Directeur ${stamp}`;
  await login(page, CONSULTANT);
  await page.goto("/clients");
  await page.getByRole("link", { name: "Groen Installatietechniek" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Groen Installatietechniek" })).toBeVisible();
  const clientUrl = page.url();
  await page.getByLabel("Naam", { exact: true }).fill(name);
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByRole("button", { name: "Uitnodigen" }).click();
  await expect(page.getByText(`${name} is uitgenodigd.`)).toBeVisible();
  const managers = page.getByRole("list", { name: "Managers van deze klant" });
  await expect(managers.getByRole("listitem").filter({ hasText: name })).toContainText("Uitgenodigd");

  // The invitation waits in the Outbox (no SMTP in the e2e run), with its link.
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Outbox" }).click();
  await page.getByRole("link", { name: `Bericht aan ${email} bekijken` }).click();
  await expect(page.getByText("nodigt je uit voor het klantportaal van Groen Installatietechniek").first()).toBeVisible();
  const link = await page.getByRole("textbox", { name: /Persoonlijke link/ }).inputValue();
  expect(link).toMatch(/\/set-password\/[A-Za-z0-9_-]{43}$/);

  const managerContext = await browser.newContext();
  const manager = await managerContext.newPage();
  await manager.goto(link);
  await expect(manager.getByRole("heading", { name: "Wachtwoord instellen" })).toBeVisible();
  await manager.getByLabel("Nieuw wachtwoord").fill("directeur-wachtwoord");
  await manager.getByLabel("Herhaal wachtwoord").fill("directeur-wachtwoord");
  await manager.getByRole("button", { name: "Wachtwoord instellen" }).click();
  await expect(manager.getByText("Je wachtwoord is ingesteld.")).toBeVisible();
  await loginToPortal(manager, email, "directeur-wachtwoord");
  await manager.getByRole("link", { name: "Scan salesteam Q4" }).click();
  await expect(manager.getByTestId("portal-roadmap")).toBeVisible();
  const reportUrl = manager.url();

  // Now active; the consultant revokes the access.
  await page.goto(clientUrl);
  const row = managers.getByRole("listitem").filter({ hasText: name });
  await expect(row).toContainText("Actief");
  await row.getByRole("button", { name: `Toegang van ${name} intrekken` }).click();
  await row.getByRole("button", { name: `Ja, trek de toegang van ${name} in` }).click();
  await expect(row).toContainText("Ingetrokken");

  // The manager's very next request has no access any more.
  await manager.goto(reportUrl);
  await expect(manager).toHaveURL(/\/login/);
  await expect(manager.getByText("dit account geeft (nu) geen toegang", { exact: false })).toBeVisible();
  await manager.goto("/portal");
  await expect(manager).toHaveURL(/\/login/);
  await managerContext.close();
});
