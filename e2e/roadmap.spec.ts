import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { normalise, pdfPageTexts } from "../tests/support/pdf-text";
import { CONSULTANT, login } from "./helpers";

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

async function openRoadmap(page: Page) {
  await page.goto("/engagements");
  await page.getByRole("link", { name: "Scan salesteam Q4" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Scan salesteam Q4" })).toBeVisible();
  await page.getByRole("navigation", { name: "Onderdelen van dit traject" }).getByRole("link", { name: "Roadmap" }).click();
  await expect(page).toHaveURL(/\/roadmap$/);
}

const items = (page: Page, phase?: string) => (phase ? page.getByTestId(`phase-${phase}`) : page).getByTestId("roadmap-item");

test("the consultant drafts, edits, publishes and downloads the roadmap", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const stamp = Date.now().toString(36);
  const editedTitle = `Eigen titel ${stamp}`;
  const customTitle = `Prijsworkshop ${stamp}`;

  await login(page, CONSULTANT);
  await openRoadmap(page);
  // The demo seed may already have published this engagement with a generated roadmap: then
  // regenerate (with confirmation) instead of generating the first draft.
  const generate = page.getByRole("button", { name: "Concept-roadmap maken" });
  const regenerate = page.getByRole("button", { name: "Opnieuw genereren" });
  await expect(generate.or(regenerate)).toBeVisible();
  const published = /Gepubliceerde versie (\d+)/.exec((await page.getByTestId("publication-state").textContent().catch(() => null)) ?? "");
  const nextVersion = published ? Number(published[1]) + 1 : 1;
  if (await generate.isVisible()) {
    await generate.click();
  } else {
    await regenerate.click();
    const dialog = page.getByRole("dialog", { name: "Roadmap opnieuw genereren?" });
    await expect(dialog).toBeVisible();
    await dialog.getByRole("button", { name: "Ja, opnieuw genereren" }).click();
    await expect(page.getByText("Roadmap opnieuw gegenereerd.")).toBeVisible();
  }
  await expect(items(page).first()).toBeVisible();
  expect(await items(page).count()).toBeGreaterThan(2);
  await expect(page.getByTestId("save-state")).toHaveText("Alle wijzigingen zijn opgeslagen");
  await expectNoSeriousViolations(page);

  // Edit the first action's title: the item's heading follows.
  const first = items(page).first();
  await first.getByLabel("Titel", { exact: true }).fill(editedTitle);
  await expect(first.getByRole("heading", { level: 4 })).toHaveText(editedTitle);
  await expect(page.getByTestId("save-state")).toHaveText("Niet-opgeslagen wijzigingen");

  // Move another action to the last phase.
  const second = items(page).nth(1);
  const movedTitle = (await second.getByRole("heading", { level: 4 }).textContent())!.trim();
  await second.getByLabel("Fase", { exact: true }).selectOption({ label: "Fase 4: na 12 maanden" });
  await expect(items(page, "12+").getByRole("heading", { level: 4, name: movedTitle, exact: true })).toBeVisible();

  // Reorder with the buttons: the moved action is last in its phase; one up when it has a neighbour.
  const lastPhase = items(page, "12+");
  const count = await lastPhase.count();
  if (count > 1) {
    await lastPhase.last().getByRole("button", { name: `${movedTitle} omhoog verplaatsen` }).click();
    await expect(lastPhase.nth(count - 2).getByRole("heading", { level: 4 })).toHaveText(movedTitle);
  } else {
    await expect(lastPhase.last().getByRole("button", { name: `${movedTitle} omhoog verplaatsen` })).toBeDisabled();
  }

  // Add an own action in phase 2.
  const add = page.getByRole("group", { name: "Eigen actie toevoegen" });
  await add.getByLabel("Titel", { exact: true }).fill(customTitle);
  await add.getByLabel("Beschrijving (optioneel)").fill("Met het managementteam de prijsopbouw doornemen.");
  await add.getByLabel("Fase").selectOption({ label: "Fase 2: 3–6 maanden" });
  await add.getByRole("button", { name: "Actie toevoegen" }).click();
  await expect(items(page, "3-6").getByRole("heading", { level: 4, name: customTitle })).toBeVisible();

  // Summary and a finding, then save.
  await page.getByLabel("Samenvatting", { exact: true }).fill(`Samenvatting ${stamp}: het salesteam groeit vooral door coaching.`);
  await page.getByRole("button", { name: "Bevinding toevoegen" }).click();
  await page.getByLabel("Bevinding 1", { exact: true }).fill("Forecasting is nog niet systematisch.");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Roadmap opgeslagen." })).toBeVisible();
  await expect(page.getByTestId("save-state")).toHaveText("Alle wijzigingen zijn opgeslagen");

  // Saved for real: a fresh load shows the edits.
  await page.reload();
  await expect(items(page).getByRole("heading", { level: 4, name: editedTitle })).toBeVisible();
  await expect(items(page, "3-6").getByRole("heading", { level: 4, name: customTitle })).toBeVisible();
  await expect(page.getByTestId("publication-state")).toHaveText(nextVersion === 1 ? /Nog niet gepubliceerd/ : /niet-gepubliceerde wijzigingen/);

  // Publish (with confirmation): the next version.
  await page.getByTestId("publish-panel").getByRole("button", { name: /^(Publiceren|Nieuwe versie publiceren)$/ }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Ja, publiceren" }).click();
  await expect(page.getByText(`Versie ${nextVersion} is gepubliceerd.`)).toBeVisible();
  await expect(page.getByTestId("publication-state")).toHaveText(new RegExp(`Gepubliceerde versie ${nextVersion} op .+Het concept is gelijk aan de gepubliceerde versie`));
  await expect(page.getByRole("main").getByText("Gepubliceerd", { exact: true })).toBeVisible();

  // Download the published PDF: the file is a PDF with the edited texts.
  const downloadButton = page.getByRole("button", { name: `PDF van versie ${nextVersion} downloaden` });
  const downloading = page.waitForEvent("download", { timeout: 90_000 });
  await downloadButton.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^[A-Za-z0-9._-]+\.pdf$/);
  const bytes = await readFile((await download.path())!);
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const text = normalise((await pdfPageTexts(new Uint8Array(bytes))).join(" "));
  expect(text).toContain(editedTitle);
  expect(text).toContain(customTitle);
  await expect(page.getByText("De PDF is gedownload.")).toBeVisible();

  // A later edit is a new draft: the page says so, the published version stays.
  await page.getByLabel("Samenvatting", { exact: true }).fill(`Bijgewerkte samenvatting ${stamp}`);
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByTestId("publication-state")).toHaveText(new RegExp(`Gepubliceerde versie ${nextVersion} op .+niet-gepubliceerde wijzigingen`));

  // Preview: the inline PDF in a same-origin frame. A frame the browser refuses to show ends on
  // Chromium's error page (chrome-error://…) instead of the report's URL.
  const framed = page.waitForResponse((r) => r.url().includes("disposition=inline"), { timeout: 90_000 });
  await page.getByTestId("report-download").getByRole("link", { name: "Voorbeeld bekijken" }).first().click();
  const frame = page.getByTestId("report-preview");
  await expect(frame).toBeVisible();
  expect((await framed).status()).toBe(200);
  const childUrl = () => page.frames().find((f) => f.parentFrame() === page.mainFrame())?.url() ?? "";
  await page.waitForTimeout(1_000);
  await expect.poll(childUrl).toContain("disposition=inline");
  const src = (await frame.getAttribute("src"))!;
  expect(src).toContain("disposition=inline");
  const inline = await page.request.get(src);
  expect(inline.status()).toBe(200);
  expect(inline.headers()["content-type"]).toBe("application/pdf");
  expect(inline.headers()["content-disposition"]).toMatch(/^inline; filename="/);
  expect(inline.headers()["cache-control"]).toBe("no-store");
  expect(inline.headers()["x-frame-options"]).toBe("SAMEORIGIN");
  expect(inline.headers()["content-security-policy"]).toBe("frame-ancestors 'self'");

  // Someone without a session gets a plain 404.
  const anonymous = await browser.newContext();
  expect((await anonymous.request.get(new URL(src, page.url()).toString())).status()).toBe(404);
  await anonymous.close();
});

test("a stale save is refused and keeps the consultant's text", async ({ page, context }) => {
  await login(page, CONSULTANT);
  await openRoadmap(page);
  await expect(items(page).first()).toBeVisible();
  const other = await context.newPage();
  await openRoadmap(other);
  await other.getByLabel("Samenvatting", { exact: true }).fill("Van de andere consultant");
  await other.getByRole("button", { name: "Opslaan" }).click();
  await expect(other.getByTestId("save-state")).toHaveText("Alle wijzigingen zijn opgeslagen");

  await page.getByLabel("Samenvatting", { exact: true }).fill("Mijn eigen tekst");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Een andere consultant heeft de roadmap intussen gewijzigd." })).toBeVisible();
  await expect(page.getByLabel("Samenvatting", { exact: true })).toHaveValue("Mijn eigen tekst");
  // Leaving through an in-app link with unsaved text asks first; declining stays put.
  let asked = "";
  page.once("dialog", (dialog) => {
    asked = dialog.message();
    void dialog.dismiss();
  });
  await page.getByRole("navigation", { name: "Onderdelen van dit traject" }).getByRole("link", { name: "Overzicht" }).click();
  await expect.poll(() => asked).toContain("niet-opgeslagen wijzigingen");
  await expect(page).toHaveURL(/\/roadmap$/);
  await expect(page.getByLabel("Samenvatting", { exact: true })).toHaveValue("Mijn eigen tekst");
  await page.getByRole("button", { name: /Nieuwste versie laden/ }).click();
  await expect(page.getByLabel("Samenvatting", { exact: true })).toHaveValue("Van de andere consultant");
});

test("the report language defaults to the consultant's interface language and is in the file name", async ({ page }) => {
  test.setTimeout(180_000);
  await login(page, CONSULTANT);
  await page.getByRole("group", { name: "Taal" }).getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("navigation", { name: "Main menu" })).toBeVisible();
  try {
    await page.goto("/engagements");
    await page.getByRole("link", { name: "Scan salesteam Q4" }).first().click();
    await page.getByRole("navigation", { name: "Parts of this engagement" }).getByRole("link", { name: "Roadmap" }).click();
    // The firm's report language is Dutch; the English-speaking consultant gets English by default.
    await expect(page.getByLabel("Report language")).toHaveValue("en");
    const fileOf = async () => {
      const downloading = page.waitForEvent("download", { timeout: 90_000 });
      await page.getByRole("button", { name: /^Download PDF of version \d+$/ }).first().click();
      return (await downloading).suggestedFilename();
    };
    const english = await fileOf();
    expect(english).toMatch(/^salesradar-[a-z0-9-]+-v\d+-en\.pdf$/);
    await page.getByLabel("Report language").selectOption("nl");
    const dutch = await fileOf();
    expect(dutch).toBe(english.replace(/-en\.pdf$/, "-nl.pdf"));
  } finally {
    await page.getByRole("group", { name: "Language" }).getByRole("button", { name: "Nederlands" }).click();
    await expect(page.getByRole("navigation", { name: "Hoofdmenu" })).toBeVisible();
  }
});
