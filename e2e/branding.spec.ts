import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { solidPng } from "../lib/branding/testing/images";
import { CONSULTANT, login, logout, OWNER } from "./helpers";

// Files built in memory (real PNG bytes; a text file named .png), so no binary fixtures to trust.
const LOGO = { name: "logo.png", mimeType: "image/png", buffer: solidPng(160, 48, "#0a5c36") };
const NOT_AN_IMAGE = { name: "not-an-image.png", mimeType: "image/png", buffer: Buffer.from("Dit is gewoon tekst, geen plaatje.\n") };

const brandingSection = (page: Page) => page.getByRole("region", { name: "Huisstijl" });

// The second test looks at the branding the first one stored.
test.describe.configure({ mode: "serial" });

async function loadedWidth(page: Page, selector: string): Promise<number | false> {
  return page.locator(selector).evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth);
}

test("the owner brands the firm: logo, colours with a contrast warning, contact line", async ({ page }) => {
  await login(page, OWNER);
  await page.goto("/settings");
  const section = brandingSection(page);
  await expect(section.getByRole("heading", { name: "Huisstijl" })).toBeVisible();

  // A text file dressed up as a PNG is refused with a translated message; nothing is stored.
  await section.getByLabel("Logobestand").setInputFiles(NOT_AN_IMAGE);
  await section.getByRole("button", { name: "Logo uploaden" }).click();
  await expect(section.getByRole("alert")).toHaveText(/geen geldige PNG- of JPEG-afbeelding/);
  await expect(section.getByText("Nog geen logo.")).toBeVisible();

  // A real PNG is stored, previewed and shown in the header.
  await section.getByLabel("Logobestand").setInputFiles(LOGO);
  await section.getByRole("button", { name: "Logo uploaden" }).click();
  await expect(section.getByRole("status").filter({ hasText: "Het logo is opgeslagen." })).toBeVisible();
  await expect(section.getByRole("img", { name: "Logo van Demo Advies" })).toBeVisible();
  await expect(section.getByText("PNG, 160 × 48 pixels")).toBeVisible();
  const headerLogo = page.getByRole("banner").getByTestId("header-firm-logo");
  await expect(headerLogo).toBeVisible();
  expect(await headerLogo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(160);

  // The logo route serves the bytes as an image that cannot be sniffed into anything else.
  const src = await headerLogo.getAttribute("src");
  const response = await page.request.get(src!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect(response.headers()["etag"]).toMatch(/^"[0-9a-f]{32}"$/);

  // A light primary colour warns (white text on it would be unreadable) but does not block.
  const primary = section.getByLabel("Hoofdkleur", { exact: true });
  await primary.fill("#FFEB3B");
  await expect(section.getByTestId("primaryColor-contrast")).toHaveText(/Let op: witte tekst op deze kleur/);
  await primary.fill("#777");
  await expect(section.getByTestId("primaryColor-contrast")).toHaveText(/4,47:1/);
  await primary.fill("#0A5C36");
  await expect(section.getByTestId("primaryColor-contrast")).toHaveText(/voldoet aan WCAG AA/);
  await section.getByLabel("Accentkleur", { exact: true }).fill("#c2410c");
  await section.getByLabel("Contactregel").fill("Demo Advies · Keizersgracht 1, Amsterdam · 020 123 4567");
  await section.getByLabel("Standaardtaal van het rapport").selectOption("en");
  await section.getByRole("button", { name: "Huisstijl opslaan" }).click();
  await expect(section.getByRole("status").filter({ hasText: "De huisstijl is opgeslagen." })).toBeVisible();
  await expect(primary).toHaveValue("#0a5c36");

  // Stored normalised; the header's bar takes the new colour.
  await page.reload();
  await expect(brandingSection(page).getByLabel("Hoofdkleur", { exact: true })).toHaveValue("#0a5c36");
  await expect(brandingSection(page).getByLabel("Standaardtaal van het rapport")).toHaveValue("en");
  await expect(page.getByRole("banner")).toHaveCSS("border-top-color", "rgb(10, 92, 54)");
  // Buttons (white text) take the firm's colour, which passes contrast.
  await expect(brandingSection(page).getByRole("button", { name: "Huisstijl opslaan" })).toHaveCSS("background-color", "rgb(10, 92, 54)");
  await expect(page.getByRole("banner").getByTestId("header-firm-logo")).toBeVisible();

  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  await logout(page);

  // A consultant sees the branding but cannot change it.
  await login(page, CONSULTANT);
  await page.goto("/settings");
  await expect(brandingSection(page).getByText("Alleen de eigenaar van het bureau kan de huisstijl wijzigen.")).toBeVisible();
  await expect(brandingSection(page).getByRole("img", { name: "Logo van Demo Advies" })).toBeVisible();
  await expect(brandingSection(page).getByRole("button", { name: "Logo uploaden" })).toHaveCount(0);
  await expect(page.getByRole("banner").getByTestId("header-firm-logo")).toBeVisible();
});

test("the respondent sees the firm's logo, name and colour on the link's landing page and in the scan", async ({ page, browser }) => {
  await login(page, OWNER);
  const name = `Branding Respondent ${Date.now()}`;
  await page.goto("/engagements");
  await page.getByRole("link", { name: "Sales Maturity Scan 2026" }).first().click();
  await expect(page).toHaveURL(/\/engagements\/[0-9a-f-]{36}/);
  await page.goto(`${page.url().replace(/\/$/, "")}/respondents`);
  await page.locator("#field-name").fill(name);
  await page.locator("#field-email").fill(`branding.${Date.now()}@scan-e2e.example`);
  await page.locator("#field-roleGroup").selectOption("sales");
  await page.getByRole("button", { name: "Toevoegen" }).click();
  const link = await page.getByLabel(`Persoonlijke scanlink van ${name}`).inputValue();

  // A fresh browser: no portal session, like a respondent.
  const context = await browser.newContext();
  const p = await context.newPage();
  await p.goto(link);
  const banner = p.getByRole("banner");
  await expect(banner.getByText("Demo Advies")).toBeVisible();
  await expect(banner).toHaveCSS("border-top-color", "rgb(10, 92, 54)");
  await expect(banner.locator('img[src^="/api/firms/"]')).toBeVisible();
  // The image may still be on its way when the page is there: wait for it to load.
  await expect.poll(() => loadedWidth(p, 'header img[src^="/api/firms/"]')).toBe(160);

  await p.getByRole("button", { name: "Start de scan" }).click();
  await expect(p).toHaveURL(/\/scan$/);
  await expect.poll(() => loadedWidth(p, "header img")).toBe(160);
  await context.close();
});
