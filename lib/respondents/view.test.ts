import { describe, expect, it } from "vitest";
import { CURRENT_MODEL_VERSION } from "../model";
import { itemCountFor, roleLabelsFor, roleOptionsFor } from "./view";

describe("respondent page helpers", () => {
  it("label role groups with the model's texts in the reader's language", () => {
    expect(roleLabelsFor(CURRENT_MODEL_VERSION, "nl")).toMatchObject({ sales: "Verkoop", customer_service: "Klantenservice" });
    expect(roleLabelsFor(CURRENT_MODEL_VERSION, "en")).toMatchObject({ sales: "Sales", account_management: "Account management" });
    expect(roleOptionsFor(CURRENT_MODEL_VERSION, "nl").map((o) => o.value)).toEqual([
      "management",
      "sales",
      "marketing",
      "account_management",
      "customer_service",
      "other",
    ]);
  });

  it("count the items of the model version", () => {
    expect(itemCountFor("2026.1")).toBe(25);
  });
});
