/**
 * The respondent's scan on a phone: link → start → pillars → reload/resume → offline answers →
 * two tabs → KPIs → review → submit → thank-you → read-only; axe on every step; and the same
 * journey (shorter) in English. Links come from the consultant's respondents page.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { login, OWNER } from "./helpers";

const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

async function expectNoViolations(page: Page, step: string) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    `axe on ${step}`,
  ).toEqual([]);
}

/** Adds a respondent to the open demo engagement and returns the personal link shown once. */
async function createLink(page: Page, name: string, locale: "nl" | "en"): Promise<{ link: string; respondentsUrl: string }> {
  await page.goto("/engagements");
  await page.getByRole("link", { name: "Sales Maturity Scan 2026" }).first().click();
  await expect(page).toHaveURL(/\/engagements\/[0-9a-f-]{36}/);
  const respondentsUrl = `${page.url().replace(/\/$/, "")}/respondents`;
  await page.goto(respondentsUrl);
  await page.locator("#field-name").fill(name);
  await page.locator("#field-email").fill(`${name.toLowerCase().replace(/[^a-z0-9]+/g, ".")}@scan-e2e.example`);
  await page.locator("#field-roleGroup").selectOption("sales");
  await page.getByLabel("Taal van de scan").selectOption(locale);
  await page.getByRole("button", { name: "Toevoegen" }).click();
  const field = page.getByLabel(`Persoonlijke scanlink van ${name}`);
  await expect(field).toBeVisible();
  const link = await field.inputValue();
  expect(link).toMatch(/\/s\/[A-Za-z0-9_-]{40,}$/);
  return { link, respondentsUrl };
}

async function statusOnRespondentsPage(page: Page, respondentsUrl: string, name: string) {
  await page.goto(respondentsUrl);
  return page.getByRole("row").filter({ hasText: name });
}

async function phone(browser: Browser, locale = "nl-NL"): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ ...PHONE, locale });
  return { context, page: await context.newPage() };
}

/** What the server has stored for this respondent (through the scan's own endpoint and cookie). */
async function stored(page: Page): Promise<Record<string, [string, number]>> {
  const response = await page.request.get("/api/scan/answers");
  expect(response.status()).toBe(200);
  return ((await response.json()) as { answers: Record<string, [string, number]> }).answers;
}

const questions = (page: Page) => page.locator("main fieldset");

/** Picks choice `choice` (0-based) in question `index` of the page. */
async function answer(page: Page, index: number, choice: number) {
  await questions(page).nth(index).getByRole("radio").nth(choice).check();
}

/** The level values of the statements of question `index`, in the order shown. */
async function orderOf(page: Page, index: number): Promise<string> {
  const values = await questions(page)
    .nth(index)
    .getByRole("radio")
    .evaluateAll((radios) => radios.map((r) => (r as HTMLInputElement).value));
  return values.filter((v) => /^\d$/.test(v)).join("");
}

async function nameOf(page: Page, index: number) {
  return (await questions(page).nth(index).getByRole("radio").first().getAttribute("name"))!;
}

test.describe("the respondent's scan", () => {
  test("Dutch journey on a phone: start, resume, offline, two tabs, review, submit, read-only", async ({ page, browser }) => {
    test.setTimeout(240_000);
    const name = `Scan Telefoon ${Date.now()}`;
    await login(page, OWNER);
    const { link, respondentsUrl } = await createLink(page, name, "nl");

    const { context, page: p } = await phone(browser);
    // Landing: a GET changes nothing.
    await p.goto(link);
    // Respondents see the respondent-facing title (by default "Sales Maturity Scan — <client>"),
    // never the consultant's internal engagement title; the icon needs no login.
    await expect(p.getByRole("heading", { level: 1, name: "Sales Maturity Scan — Bakkerij Van Dijk B.V." })).toBeVisible();
    await expect(p.getByText("Sales Maturity Scan 2026")).toHaveCount(0);
    expect((await p.request.get("/icon.svg", { maxRedirects: 0 })).status()).toBe(200);
    await expectNoViolations(p, "landing");
    await expect((await statusOnRespondentsPage(page, respondentsUrl, name)).getByText("Geopend")).toHaveCount(0);

    // Start (POST) → /scan, without the token in the URL.
    await p.getByRole("button", { name: "Start de scan" }).click();
    await expect(p).toHaveURL(/\/scan$/);
    expect(p.url()).not.toContain(link.split("/s/")[1]!);
    await expect(p.getByRole("heading", { level: 1, name: "Welkom bij de Sales Maturity Scan" })).toBeVisible();
    await expect(p.getByTestId("privacy-statement")).toContainText("minstens 3 deelnemers");
    await expectNoViolations(p, "welcome");
    await expect((await statusOnRespondentsPage(page, respondentsUrl, name)).getByText("Geopend")).toBeVisible();

    // Pillar 1, partly by keyboard: Space picks, arrow keys move within the group.
    await p.getByRole("link", { name: "Begin met de vragen" }).click();
    await expect(p).toHaveURL(/\/scan\/pillar\/1$/);
    await expect(p.getByTestId("scan-progress")).toHaveText("Stap 1 van 7");
    await expectNoViolations(p, "pillar 1");
    expect(await p.locator("main").innerText()).not.toMatch(/Ad hoc|Reactief|Proactief|Systematisch|Innovatief|Niveau \d/);
    const first = questions(p).nth(0).getByRole("radio").first();
    await first.focus();
    await p.keyboard.press("Space");
    await p.keyboard.press("ArrowDown");
    await expect(questions(p).nth(0).getByRole("radio").nth(1)).toBeChecked();
    // Model 2026.2: six items in the sales organisation, statements shuffled per respondent and
    // item (stable on reload), jargon explained on demand, desired level without level names.
    const orders = [] as string[];
    for (let i = 0; i < 6; i++) orders.push(await orderOf(p, i));
    for (const order of orders) expect(order.split("").sort().join("")).toBe("12345");
    expect(orders.filter((o) => o !== "12345").length).toBeGreaterThan(3);
    await expect(questions(p).nth(3).getByTestId("glossary")).toContainText("Wat betekent Klantsysteem (CRM)?");
    await expect(questions(p).nth(6).getByRole("radio")).toHaveCount(5);
    for (let i = 1; i < 6; i++) await answer(p, i, (i % 5) + 0);
    await answer(p, 6, 3); // desired level
    await answer(p, 7, 4); // importance
    await p.getByLabel(/Wil je iets toelichten/).fill("Onze forecast is vooral gevoel.");
    await expect(p.getByTestId("save-status")).toHaveText("Opgeslagen");
    await expect.poll(async () => Object.keys(await stored(p)).length).toBe(9);
    await p.reload();
    for (let i = 0; i < 6; i++) expect(await orderOf(p, i)).toBe(orders[i]);
    const pillar1 = [] as string[];
    for (let i = 0; i < 8; i++) pillar1.push(await nameOf(p, i));
    // The keyboard picked the second statement shown: its level is the second digit of the order.
    const keyboardLevel = orders[0]![1]!;
    await expect((await statusOnRespondentsPage(page, respondentsUrl, name)).getByText("Bezig")).toBeVisible();

    // Pillar 2: all five items, desired and importance.
    await p.getByRole("link", { name: "Volgende" }).click();
    await expect(p).toHaveURL(/\/scan\/pillar\/2$/);
    await expect(p.getByTestId("scan-progress")).toHaveText("Stap 2 van 7");
    for (let i = 0; i < 7; i++) await answer(p, i, i % 5);
    const pillar2 = [] as string[];
    for (let i = 0; i < 7; i++) pillar2.push(await nameOf(p, i));
    await expect
      .poll(async () => {
        const s = await stored(p);
        return pillar2.filter((k) => k in s).length;
      })
      .toBe(7);
    await expectNoViolations(p, "pillar 2 answered");

    // Reload keeps them; coming back to /scan resumes at the first page with an open question.
    await p.reload();
    for (let i = 0; i < 7; i++) await expect(questions(p).nth(i).getByRole("radio").nth(i % 5)).toBeChecked();
    await p.goto("/scan");
    await expect(p).toHaveURL(/\/scan\/pillar\/3$/);

    // Offline: three answers wait in the browser and are sent when the connection returns.
    await context.setOffline(true);
    await answer(p, 0, 2);
    await answer(p, 1, 3);
    await answer(p, 2, 4);
    await expect(p.getByTestId("save-status")).toHaveText("Offline — je antwoorden worden bewaard");
    const offlineKeys = [await nameOf(p, 0), await nameOf(p, 1), await nameOf(p, 2)];
    // Statements are shuffled: the level stored is the one shown at the chosen position.
    const pillar3Orders = [await orderOf(p, 0), await orderOf(p, 1), await orderOf(p, 2)];
    await context.setOffline(false);
    await expect(p.getByTestId("save-status")).toHaveText("Opgeslagen", { timeout: 30_000 });
    await expect
      .poll(async () => {
        const s = await stored(p);
        return offlineKeys.map((k) => s[k]?.[0]);
      })
      .toEqual([pillar3Orders[0]![2], pillar3Orders[1]![3], pillar3Orders[2]![4]]);
    await p.reload();
    for (const [i, choice] of [2, 3, 4].entries()) await expect(questions(p).nth(i).getByRole("radio").nth(choice)).toBeChecked();
    await expectNoViolations(p, "pillar 3");

    // Two tabs: a newer answer in one shows in the other on focus.
    const tab2 = await context.newPage();
    await tab2.goto("/scan/pillar/3");
    await answer(p, 0, 0);
    await expect.poll(async () => (await stored(p))[offlineKeys[0]!]?.[0]).toBe(pillar3Orders[0]![0]);
    await tab2.bringToFront();
    await tab2.evaluate(() => window.dispatchEvent(new Event("focus")));
    await expect(questions(tab2).nth(0).getByRole("radio").nth(0)).toBeChecked();
    await tab2.close();
    await p.bringToFront();

    // Pillar 4: only two items (it will count as insufficient); pillar 5 left empty.
    await p.goto("/scan/pillar/4");
    await answer(p, 0, 1);
    await answer(p, 1, 5); // "Weet ik niet"
    await expect(p.getByTestId("save-status")).toHaveText("Opgeslagen");
    await p.getByRole("link", { name: "Volgende" }).click();
    await expect(p).toHaveURL(/\/scan\/pillar\/5$/);
    await p.getByRole("link", { name: "Volgende" }).click();

    // KPIs.
    await expect(p).toHaveURL(/\/scan\/kpis$/);
    await expect(p.getByTestId("scan-progress")).toHaveText("Stap 6 van 7");
    await expect(questions(p)).toHaveCount(26);
    await expect(p.getByRole("heading", { level: 2, name: "Basiscijfers" })).toBeVisible();
    await expect(p.locator("#kpi-customer_satisfaction")).toContainText("Meten en bespreken jullie dit elk kwartaal?");
    await expect(p.locator("#kpi-net_promoter_score")).toContainText("Jaarlijks");
    await answer(p, 0, 0);
    await answer(p, 1, 1);
    await answer(p, 2, 2);
    await expect(p.getByTestId("save-status")).toHaveText("Opgeslagen");
    await expectNoViolations(p, "kpis");
    await p.getByRole("link", { name: "Naar het overzicht" }).click();

    // Review: open questions per pillar, insufficient pillars named, then submit.
    await expect(p).toHaveURL(/\/scan\/review$/);
    await expect(p.getByTestId("review-organisation")).toContainText("Alles beantwoord");
    await expect(p.getByTestId("review-leadership")).toContainText("Telt als onvoldoende ingevuld");
    await expect(p.getByTestId("submit-warning")).toContainText("Salesleiderschap");
    await expect(p.getByTestId("submit-warning")).toContainText("Accountmanagement");
    await expect(p.getByTestId("review-kpis")).toContainText("3 van 26 KPI's beantwoord");
    await expectNoViolations(p, "review");
    await p.getByRole("button", { name: "Antwoorden indienen" }).click();

    await expect(p).toHaveURL(/\/scan\/thanks$/);
    await expect(p.getByRole("heading", { level: 1, name: "Bedankt voor het invullen!" })).toBeVisible();
    await expectNoViolations(p, "thanks");
    await expect((await statusOnRespondentsPage(page, respondentsUrl, name)).getByText("Ingeleverd")).toBeVisible();

    // Read-only afterwards: disabled inputs, refused saves, and the link no longer edits.
    await p.goto("/scan/pillar/1");
    await expect(p.getByTestId("read-only-notice")).toBeVisible();
    await expect(questions(p).nth(0).getByRole("radio").first()).toBeDisabled();
    await expectNoViolations(p, "read-only pillar");
    const late = await p.request.post("/api/scan/answers", {
      data: { answers: [{ key: pillar1[0], value: keyboardLevel === "5" ? "4" : "5", seq: Date.now() + 1000 }] },
      headers: { "Sec-Fetch-Site": "same-origin" },
    });
    expect(late.status()).toBe(409);
    expect((await stored(p))[pillar1[0]!]?.[0]).toBe(keyboardLevel);
    await p.goto(link);
    await expect(p.getByTestId("landing-submitted")).toBeVisible();
    await expect(p.getByRole("button", { name: "Start de scan" })).toHaveCount(0);
    await expectNoViolations(p, "landing after submit");
    await context.close();
  });

  test("English journey: language choice is remembered, answer, review, submit", async ({ page, browser }) => {
    test.setTimeout(180_000);
    const name = `Scan English ${Date.now()}`;
    await login(page, OWNER);
    const { link } = await createLink(page, name, "nl");

    const { context, page: p } = await phone(browser, "en-GB");
    await p.goto(link);
    await p.getByRole("button", { name: "Start de scan" }).click();
    await expect(p).toHaveURL(/\/scan$/);
    await p.getByRole("button", { name: "English" }).click();
    await expect(p.getByRole("heading", { level: 1, name: "Welcome to the Sales Maturity Scan" })).toBeVisible();
    await expect(p.locator("html")).toHaveAttribute("lang", "en");
    await expectNoViolations(p, "welcome (en)");
    await p.reload();
    await expect(p.getByRole("heading", { level: 1, name: "Welcome to the Sales Maturity Scan" })).toBeVisible();

    await p.getByRole("link", { name: "Start with the questions" }).click();
    await expect(p.getByTestId("scan-progress")).toHaveText("Step 1 of 7");
    await expect(p.getByRole("heading", { level: 1, name: "Sales organisation" })).toBeVisible();
    for (let i = 0; i < 5; i++) await answer(p, i, 4 - i);
    await expect(p.getByTestId("save-status")).toHaveText("Saved");
    await expectNoViolations(p, "pillar 1 (en)");
    await p.goto("/scan/kpis");
    await expect(p.getByRole("heading", { level: 1, name: "Which KPIs do you use?" })).toBeVisible();
    await expectNoViolations(p, "kpis (en)");
    await p.goto("/scan/review");
    await expect(p.getByTestId("submit-warning")).toContainText("Marketing");
    await expectNoViolations(p, "review (en)");
    await p.getByRole("button", { name: "Submit answers" }).click();
    await expect(p.getByRole("heading", { level: 1, name: "Thank you for taking part!" })).toBeVisible();
    await expectNoViolations(p, "thanks (en)");
    await p.goto(link);
    await expect(p.getByRole("heading", { level: 1, name: "You have already submitted the scan" })).toBeVisible();
    await context.close();
  });

  test("unknown and revoked links look the same, and scan pages without a session say so", async ({ page, browser }) => {
    const name = `Scan Ingetrokken ${Date.now()}`;
    await login(page, OWNER);
    const { link, respondentsUrl } = await createLink(page, name, "nl");
    const { context, page: p } = await phone(browser);
    // Started before the revocation: the session ends with it.
    await p.goto(link);
    await p.getByRole("button", { name: "Start de scan" }).click();
    await expect(p).toHaveURL(/\/scan$/);
    await page.goto(respondentsUrl);
    await page.getByRole("button", { name: `Links van ${name} intrekken` }).click();
    await expect(page.getByText("De links werken niet meer.")).toBeVisible();

    await p.goto("/scan/pillar/1");
    await expect(p.getByTestId("scan-gate-invalid")).toBeVisible();
    await p.goto(link);
    await expect(p.getByTestId("scan-gate-invalid")).toBeVisible();
    const revoked = await p.locator("main").innerText();
    await p.goto(`/s/${"x".repeat(43)}`);
    await expect(p.getByTestId("scan-gate-invalid")).toBeVisible();
    expect(await p.locator("main").innerText()).toBe(revoked);
    await expectNoViolations(p, "invalid link");
    const save = await p.request.post("/api/scan/answers", { data: { answers: [{ key: "item:x", value: "1", seq: 1 }] } });
    expect(save.status()).toBe(401);
    await context.close();
  });
});
