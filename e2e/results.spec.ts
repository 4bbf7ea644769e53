import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { CONSULTANT, login, OTHER_FIRM } from "./helpers";

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

async function openDemoResults(page: Page) {
  await page.goto("/engagements");
  await page.getByRole("link", { name: "Scan salesteam Q4" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Scan salesteam Q4" })).toBeVisible();
  await page.getByRole("navigation", { name: "Onderdelen van dit traject" }).getByRole("link", { name: "Resultaten" }).click();
  await expect(page.getByRole("heading", { name: "Totale volwassenheid" })).toBeVisible();
}

const resultsNav = (page: Page) => page.getByRole("navigation", { name: "Onderdelen van de resultaten" });

test("the consultant prepares the workshop from the demo's closed engagement", async ({ page }) => {
  await login(page, CONSULTANT);
  await openDemoResults(page);
  await expect(page.getByText("20 van 22 ingeleverd")).toBeVisible();
  await expect(page.getByTestId("overall-mean")).toHaveText(/^\d,\d$/);
  await expect(page.getByTestId("radar")).toBeVisible();
  await expect(page.getByTestId("radar-table").getByRole("row")).toHaveCount(6);
  await expectNoSeriousViolations(page);

  // Weighting: switch to "each respondent counts equally" and back; the URL carries the choice.
  const weighting = page.getByRole("group", { name: "Weging" });
  await weighting.getByRole("link", { name: /Elke respondent telt even zwaar/ }).click();
  await expect(page).toHaveURL(/weighting=respondent/);
  await expect(weighting.getByRole("link", { name: /Elke respondent telt even zwaar/ })).toHaveAttribute("aria-current", "true");
  await resultsNav(page).getByRole("link", { name: "Groepen" }).click();
  await expect(page).toHaveURL(/\/results\/groups\?weighting=respondent/);
  await expect(page.getByTestId("groups-table")).toBeVisible();
  await expect(page.getByTestId("perception-table")).toBeVisible();
  await expectNoSeriousViolations(page);
  await page.getByRole("link", { name: "Alle cijfers van Verkoop" }).click();
  await expect(page.getByTestId("group-detail").getByRole("heading", { name: /^Verkoop: alle cijfers per pijler \(n = 7\)$/ })).toBeVisible();
  await expect(page.getByTestId("group-detail").getByTestId("pillar-table").getByRole("row")).toHaveCount(6);
  await page.getByRole("group", { name: "Weging" }).getByRole("link", { name: /Elke rolgroep telt even zwaar/ }).click();
  await expect(page).not.toHaveURL(/weighting=/);

  // Open an item from the "to discuss" list: the five statements with their counts.
  await resultsNav(page).getByRole("link", { name: "Thema's" }).click();
  const discuss = page.getByTestId("discuss-table");
  await expect(discuss).toBeVisible();
  const first = discuss.getByRole("link").first();
  const theme = (await first.textContent())!.trim();
  await first.click();
  await expect(page.getByTestId("item-title")).toHaveText(theme);
  const statements = page.getByTestId("statements-table");
  await expect(statements.getByRole("row")).toHaveCount(1 + 5 + 3);
  await expect(statements.getByRole("rowheader", { name: /Ad hoc/ })).toBeVisible();
  await expectNoSeriousViolations(page);

  // Compare two respondents side by side.
  await resultsNav(page).getByRole("link", { name: "Respondenten" }).click();
  await expect(page.getByTestId("heatmap")).toBeVisible();
  await expectNoSeriousViolations(page);
  await page.getByRole("checkbox", { name: "Henk Groen vergelijken" }).check();
  await page.getByRole("checkbox", { name: "Rik Hoekstra vergelijken" }).check();
  await page.getByRole("button", { name: "Vergelijk de gekozen respondenten" }).click();
  await expect(page.getByRole("heading", { name: "Respondenten vergelijken" })).toBeVisible();
  const compare = page.getByTestId("compare");
  await expect(compare.getByRole("columnheader", { name: /Henk Groen/ }).first()).toBeVisible();
  await expect(compare.getByRole("columnheader", { name: /Rik Hoekstra/ }).first()).toBeVisible();

  // Record a rating: it appears on the radar and in its table, beside the respondents' figures.
  await resultsNav(page).getByRole("link", { name: "Eigen beoordeling" }).click();
  const form = page.getByRole("form", { name: "Eigen beoordeling" });
  const marketingRating = form.getByRole("group", { name: "Marketing" });
  await marketingRating.getByLabel("Jouw niveau").selectOption("2");
  await marketingRating.getByLabel("Toelichting").fill("Leads worden niet opgevolgd; gezien in drie gesprekken.");
  await form.getByRole("button", { name: "Alle beoordelingen opslaan" }).click();
  await expect(form.getByText("Alle beoordelingen zijn opgeslagen.")).toBeVisible();
  await resultsNav(page).getByRole("link", { name: "Overzicht" }).click();
  await expect(page.locator('[data-testid="radar"] [data-series="rating"]')).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "Eigen beoordeling" })).toBeChecked();
  const marketing = page.getByTestId("radar-table").getByRole("row", { name: /^Marketing/ });
  await expect(marketing).toContainText("Niveau 2");
  await expect(marketing.getByRole("cell").nth(2)).toHaveText("2");
  // The switch hides and shows the series.
  await page.getByRole("checkbox", { name: "Eigen beoordeling" }).uncheck();
  await expect(page.locator('[data-testid="radar"] [data-series="rating"]')).toHaveCount(0);
  await page.getByRole("checkbox", { name: "Eigen beoordeling" }).check();

  // Download the raw answers: a Dutch-Excel CSV.
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Ruwe antwoorden (CSV)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("scan-salesteam-q4-antwoorden.csv");
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csv = bytes.toString("utf8");
  expect(csv).toMatch(/^\uFEFFNaam;Rolgroep;Team;Ingeleverd op;/);
  expect(csv.split("\r\n").filter((l) => l !== "")).toHaveLength(21);
  expect(csv).toContain("Henk Groen;");
});

test("an engagement without submitted scans explains itself on every results page, never NaN", async ({ page }) => {
  await login(page, CONSULTANT);
  await page.goto("/engagements");
  await page.getByRole("link", { name: "Nulmeting commerciële organisatie" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Nulmeting commerciële organisatie" })).toBeVisible();
  const engagement = new URL(page.url()).pathname;
  for (const sub of ["", "/pillars", "/groups", "/items", "/items/organisation.crm", "/kpis", "/trend"]) {
    await page.goto(`${engagement}/results${sub}`);
    await expect(page.getByRole("heading", { name: "Nog geen ingeleverde scans" })).toBeVisible();
    await expect(page.getByText("NaN")).toHaveCount(0);
  }
  await page.goto(`${engagement}/results/respondents`);
  await expect(page.getByText("Nog geen ingeleverde scans.")).toBeVisible();
  await page.goto(`${engagement}/results/rating`);
  await expect(page.getByRole("form", { name: "Eigen beoordeling" }).getByRole("group", { name: "Marketing" })).toBeVisible();
  await expect(page.getByText("Nog geen score van de respondenten.").first()).toBeVisible();
  await expectNoSeriousViolations(page);
});

test("the consultant rates all five pillars in one form, saves once and finds all five after a reload", async ({ page }) => {
  await login(page, CONSULTANT);
  await page.goto("/engagements");
  await page.getByRole("link", { name: "Nulmeting commerciële organisatie" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Nulmeting commerciële organisatie" })).toBeVisible();
  await page.goto(`${new URL(page.url()).pathname}/results/rating`);
  const form = page.getByRole("form", { name: "Eigen beoordeling" });
  const pillars = [
    ["Salesorganisatie", "4"],
    ["Marketing", "2"],
    ["Salescoaching", "3"],
    ["Salesleiderschap", "5"],
    ["Accountmanagement", "1"],
  ] as const;
  await expect(form.getByText("Alles is opgeslagen")).toBeVisible();
  for (const [name, level] of pillars) {
    const group = form.getByRole("group", { name });
    await group.getByLabel("Jouw niveau").selectOption(level);
    await group.getByLabel("Toelichting").fill(`Gezien bij ${name}`);
  }
  await expect(form.getByText("Niet-opgeslagen wijzigingen")).toBeVisible();
  // Leaving through an in-app link while unsaved asks first; declining keeps the input.
  let asked = "";
  page.once("dialog", (dialog) => {
    asked = dialog.message();
    void dialog.dismiss();
  });
  await resultsNav(page).getByRole("link", { name: "Overzicht" }).click();
  expect(asked).toBe("Je hebt niet-opgeslagen beoordelingen. Toch deze pagina verlaten?");
  await expect(page).toHaveURL(/\/results\/rating$/);
  await expect(form.getByRole("group", { name: "Salesleiderschap" }).getByLabel("Jouw niveau")).toHaveValue("5");

  await form.getByRole("button", { name: "Alle beoordelingen opslaan" }).click();
  await expect(form.getByText("Alle beoordelingen zijn opgeslagen.")).toBeVisible();
  await expect(form.getByText("Alles is opgeslagen")).toBeVisible();
  await page.reload();
  for (const [name, level] of pillars) {
    const group = page.getByRole("form", { name: "Eigen beoordeling" }).getByRole("group", { name });
    await expect(group.getByLabel("Jouw niveau")).toHaveValue(level);
    await expect(group.getByLabel("Toelichting")).toHaveValue(`Gezien bij ${name}`);
    await expect(group.getByText(/Laatst opgeslagen door/)).toBeVisible();
  }
  await expectNoSeriousViolations(page);
});

test("the results and their CSV files are not found for a consultant of another firm", async ({ page }) => {
  await login(page, CONSULTANT);
  await openDemoResults(page);
  const results = new URL(page.url()).pathname;
  const urls = [
    results,
    `${results}/pillars`,
    `${results}/groups?by=team`,
    `${results}/items`,
    `${results}/items/organisation.crm`,
    `${results}/respondents`,
    `${results}/kpis`,
    `${results}/trend`,
    `${results}/rating`,
  ];
  // Bad parameters of the owning firm's own URLs: unknown item, malformed or unknown respondent ids.
  const unknown = "0b6e6a5e-1c1f-4c55-9d1e-1b1e3c3c0a01";
  for (const url of [`${results}/items/organisation.nope`, `${results}/groups?group=Nope`, `${results}/respondents/compare?r=nope&r=${unknown}`, `${results}/respondents/compare?r=${unknown}&r=${unknown.replace(/1$/, "2")}`]) {
    expect((await page.goto(url))?.status(), url).toBe(404);
  }
  // A bad filter or weighting value falls back to the default instead of failing.
  expect((await page.goto(`${results}/groups?by=nope&weighting=%3Cscript%3E`))?.status()).toBe(200);
  await expect(page.getByTestId("groups-table")).toBeVisible();
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page).toHaveURL(/\/login/);
  await login(page, OTHER_FIRM);
  for (const url of urls) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(404);
    await expect(page.getByRole("heading", { name: "Pagina niet gevonden" })).toBeVisible();
    await expect(page.getByText("Groen Installatietechniek")).toHaveCount(0);
  }
  for (const kind of ["answers", "aggregates"]) {
    const response = await page.request.get(`${results}/export/${kind}`);
    expect(response.status()).toBe(404);
    expect(await response.text()).not.toContain("Henk Groen");
  }
});

test("model 2026.2 beside 2026.1: the open demo scan marks KPI basics and has the customer-contact item; the 2026.1 engagement does not", async ({ page }) => {
  await login(page, CONSULTANT);
  await page.goto("/engagements");
  await page.getByRole("link", { name: "Sales Maturity Scan 2026" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Sales Maturity Scan 2026" })).toBeVisible();
  const current = new URL(page.url()).pathname;
  await page.goto(`${current}/results/kpis`);
  await expect(page.getByText("Basiscijfers (niveau 1: Ad hoc)")).toBeVisible();
  await expect(page.getByText(/tellen niet mee als bewijs voor het niveau van een pijler/)).toBeVisible();
  await expect(page.getByText(/in het ritme dat bij de KPI hoort/)).toBeVisible();
  await expectNoSeriousViolations(page);
  await page.goto(`${current}/results/items/organisation.customer_contact`);
  await expect(page.getByTestId("item-title")).toHaveText("Klantcontact en service");
  await expect(page.getByTestId("statements-table").getByRole("rowheader", { name: /Ad hoc/ })).toBeVisible();

  await openDemoResults(page);
  await resultsNav(page).getByRole("link", { name: "KPI's" }).click();
  await expect(page.getByText(/minstens maandelijks/)).toBeVisible();
  await expect(page.getByText("Basiscijfers (niveau 1: Ad hoc)")).toHaveCount(0);
});

test("the weighting toggle moves the desired level and the priority with the current score", async ({ page }) => {
  await login(page, CONSULTANT);
  await openDemoResults(page);
  await resultsNav(page).getByRole("link", { name: "Pijlers" }).click();
  // Cells after the row header: mean, level, SD, r_wg, discuss, don't know, answered, desired, gap, importance, priority.
  const marketing = () => page.getByTestId("pillar-table").locator('tr[data-pillar="marketing"]').getByRole("cell");
  const figures = async () => ({ desired: await marketing().nth(7).innerText(), priority: await marketing().nth(10).innerText() });
  const byRoleGroup = await figures();
  await page.getByRole("group", { name: "Weging" }).getByRole("link", { name: /Elke respondent telt even zwaar/ }).click();
  await expect(page).toHaveURL(/weighting=respondent/);
  await expect(marketing().nth(7)).not.toHaveText(byRoleGroup.desired);
  const byRespondent = await figures();
  expect(byRespondent.priority).not.toBe(byRoleGroup.priority);
});
