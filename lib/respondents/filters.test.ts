import { describe, expect, it } from "vitest";
import { filterRespondents, parseRespondentFilters } from "./filters";
import type { TrackedRespondent } from "./tracking";

const at = new Date("2026-03-01T10:00:00Z");
const person = (roleGroup: TrackedRespondent["roleGroup"], over: Partial<TrackedRespondent> = {}) => ({
  roleGroup,
  invitedAt: null,
  startedAt: null,
  answeredCount: 0,
  submittedAt: null,
  linkRevokedAt: null,
  ...over,
});

describe("respondent filters", () => {
  it("reads known values and ignores anything else", () => {
    expect(parseRespondentFilters({ status: "submitted", role: "sales" })).toEqual({ status: "submitted", roleGroup: "sales" });
    expect(parseRespondentFilters({ status: ["in_progress", "x"], role: "directie" })).toEqual({ status: "in_progress", roleGroup: null });
    expect(parseRespondentFilters({ status: "__proto__" })).toEqual({ status: null, roleGroup: null });
    expect(parseRespondentFilters({})).toEqual({ status: null, roleGroup: null });
  });

  it("filters by derived status and by role group, together", () => {
    const list = [
      person("sales", { invitedAt: at, submittedAt: at, answeredCount: 25 }),
      person("sales", { invitedAt: at, startedAt: at, answeredCount: 4 }),
      person("management", { invitedAt: at, submittedAt: at, answeredCount: 25 }),
      person("sales"),
    ];
    expect(filterRespondents(list, { status: "submitted", roleGroup: null })).toEqual([list[0], list[2]]);
    expect(filterRespondents(list, { status: "submitted", roleGroup: "sales" })).toEqual([list[0]]);
    expect(filterRespondents(list, { status: null, roleGroup: "sales" })).toEqual([list[0], list[1], list[3]]);
    expect(filterRespondents(list, { status: "not_invited", roleGroup: "management" })).toEqual([]);
    expect(filterRespondents(list, { status: null, roleGroup: null })).toEqual(list);
  });
});
