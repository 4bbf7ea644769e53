import { describe, expect, it } from "vitest";
import { clientInputSchema, likePattern, parseClientListParams } from "./schemas";

describe("client form", () => {
  it("trims, empties optional fields to null and keeps line breaks in notes", () => {
    expect(clientInputSchema.strict().parse({ name: " Acme ", industry: "retail", sizeBand: "", country: " ", notes: "a\r\nb " })).toEqual({
      name: "Acme",
      industry: "retail",
      sizeBand: null,
      country: null,
      notes: "a\nb",
    });
  });

  it("accepts only the fixed industries and size bands", () => {
    const r = clientInputSchema.safeParse({ name: "Acme", industry: "mining", sizeBand: "2-3", country: "", notes: "" });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["industry", "required"],
      ["sizeBand", "invalid"],
    ]);
  });

  it("requires a name and limits lengths", () => {
    const r = clientInputSchema.safeParse({ name: "  ", industry: "retail", notes: "x".repeat(5001) });
    expect(r.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["name", "required"],
      ["notes", "too_long"],
    ]);
  });
});

describe("client list params", () => {
  it("default to active clients by name", () => {
    expect(parseClientListParams({})).toEqual({ q: "", sort: "name", archived: "active" });
  });
  it("take known values and ignore unknown ones", () => {
    expect(parseClientListParams({ q: " bak ", sort: "newest", archived: "all" })).toEqual({ q: "bak", sort: "newest", archived: "all" });
    expect(parseClientListParams({ q: ["a", "b"], sort: "drop table", archived: "yes" })).toEqual({ q: "a", sort: "name", archived: "active" });
    expect(parseClientListParams({ q: "x".repeat(500) }).q).toHaveLength(100);
  });
  it("escape LIKE wildcards", () => {
    expect(likePattern("50%_a\\b")).toBe("%50\\%\\_a\\\\b%");
  });
});
