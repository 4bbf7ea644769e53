import { expect, test } from "@playwright/test";
import { CONSULTANT, DEMO_PASSWORD, login, logout, OTHER_FIRM, OWNER } from "./helpers";

test.describe("signing in", () => {
  test("the demo owner logs in, sees the demo clients' engagements, and logs out", async ({ page }) => {
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/login/);
    await login(page, OWNER);
    const table = page.getByRole("table");
    await expect(table.getByRole("link", { name: "Sales Maturity Scan 2026" })).toBeVisible();
    await expect(table.getByRole("link", { name: "Bakkerij Van Dijk B.V." })).toBeVisible();
    await expect(table.getByRole("link", { name: "TechnoFlex Software" })).toBeVisible();
    await expect(page.getByText("Noord", { exact: false })).toHaveCount(0);
    await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Klanten" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Groen Installatietechniek" })).toBeVisible();
    await logout(page);
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/login/);
  });

  test("a wrong password shows the message, the same as an unknown e-mail", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("E-mailadres").fill(CONSULTANT);
    await page.getByLabel("Wachtwoord").fill("helemaal-fout");
    await page.getByRole("button", { name: "Inloggen" }).click();
    const message = page.getByText("Het e-mailadres of wachtwoord klopt niet.");
    await expect(message).toBeVisible();
    await page.getByLabel("E-mailadres").fill("niemand@example.nl");
    await page.getByRole("button", { name: "Inloggen" }).click();
    await expect(message).toBeVisible();
    await expect(page).toHaveURL(/\/login/);
  });
});

test("the consultant switches to English and back, and the choice is kept on the account", async ({ page, browser }) => {
  await login(page, CONSULTANT);
  await page.getByRole("group", { name: "Taal" }).getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("navigation", { name: "Main menu" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Engagements" })).toBeVisible();

  // Another browser, same account: English comes from the account, not from a cookie.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await otherPage.goto("/login");
  await otherPage.getByLabel("E-mailadres").fill(CONSULTANT);
  await otherPage.getByLabel("Wachtwoord").fill(DEMO_PASSWORD);
  await otherPage.getByRole("button", { name: "Inloggen" }).click();
  await expect(otherPage.getByRole("navigation", { name: "Main menu" })).toBeVisible();
  await other.close();

  await page.getByRole("group", { name: "Language" }).getByRole("button", { name: "Nederlands" }).click();
  await expect(page.getByRole("navigation", { name: "Hoofdmenu" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
});

test("the owner adds a consultant whose set-password link works once and only once", async ({ page, browser }) => {
  await login(page, OWNER);
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Team" }).click();
  const email = `nieuw-${Date.now()}@demo-advies.nl`;
  await page.getByLabel("Naam").fill("Nina Nieuw");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByRole("button", { name: "Toevoegen" }).click();
  const linkField = page.getByLabel("Eenmalige link om een wachtwoord in te stellen");
  await expect(linkField).toBeVisible();
  const link = await linkField.inputValue();
  expect(link).toMatch(/\/set-password\/[A-Za-z0-9_-]{43}$/);
  await expect(page.getByRole("list", { name: "Teamleden" }).getByText("Nina Nieuw")).toBeVisible();

  const newcomer = await (await browser.newContext()).newPage();
  await newcomer.goto(link);
  await expect(newcomer.getByRole("heading", { name: "Wachtwoord instellen" })).toBeVisible();
  // A GET changes nothing: loading the page twice still shows the form.
  await newcomer.reload();
  await newcomer.getByLabel("Nieuw wachtwoord").fill("kort");
  await newcomer.getByLabel("Herhaal wachtwoord").fill("kort");
  await newcomer.getByRole("button", { name: "Wachtwoord instellen" }).click();
  await expect(newcomer.getByText("Het wachtwoord moet minstens 10 tekens hebben.")).toBeVisible();
  await newcomer.getByLabel("Nieuw wachtwoord").fill("nina-haar-wachtwoord");
  await newcomer.getByLabel("Herhaal wachtwoord").fill("nina-haar-wachtwoord");
  await newcomer.getByRole("button", { name: "Wachtwoord instellen" }).click();
  await expect(newcomer.getByText("Je wachtwoord is ingesteld.")).toBeVisible();

  await newcomer.goto(link);
  await expect(newcomer.getByRole("heading", { name: "Deze link is niet (meer) geldig" })).toBeVisible();

  await login(newcomer, email, "nina-haar-wachtwoord");
  await expect(newcomer.getByTestId("current-user")).toContainText("Nina Nieuw (consultant)");
  // A consultant sees the team but cannot manage it.
  await newcomer.goto("/team");
  await expect(newcomer.getByRole("button", { name: "Toevoegen" })).toHaveCount(0);
  await expect(newcomer.getByRole("button", { name: /Verwijderen/ })).toHaveCount(0);
});

test("a consultant of another firm gets the not-found page for firm A's client", async ({ page }) => {
  await login(page, OWNER);
  await page.goto("/clients");
  await page.getByRole("link", { name: "Bakkerij Van Dijk B.V." }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Bakkerij Van Dijk B.V." })).toBeVisible();
  const clientUrl = page.url();
  const engagementHref = await page.getByRole("link", { name: "Sales Maturity Scan 2026" }).getAttribute("href");
  await logout(page);

  await login(page, OTHER_FIRM);
  const response = await page.goto(clientUrl);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Pagina niet gevonden" })).toBeVisible();
  await expect(page.getByText("Bakkerij")).toHaveCount(0);
  const engagement = await page.goto(engagementHref!);
  expect(engagement?.status()).toBe(404);
  const garbage = await page.goto("/clients/not-a-uuid");
  expect(garbage?.status()).toBe(404);
});

test("every response carries the security headers; health says ok without secrets", async ({ request }) => {
  const page = await request.get("/login");
  const headers = page.headers();
  expect(headers["content-security-policy"]).toMatch(/frame-ancestors 'none'/);
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-/);
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("same-origin");
  // Pages whose URL carries a personal token never leak it through the Referer header.
  const scanLink = await request.get("/s/not-a-real-token-but-long-enough-123");
  expect(scanLink.headers()["referrer-policy"]).toBe("no-referrer");
  expect(headers["strict-transport-security"]).toContain("max-age=");
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toEqual({ status: "ok", database: "ok" });
});
