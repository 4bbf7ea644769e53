import { describe, expect, it } from "vitest";
import { respondentStatus, responseRates, type TrackedRespondent } from "./tracking";

const base: TrackedRespondent = { roleGroup: "sales", invitedAt: null, startedAt: null, answeredCount: 0, submittedAt: null, linkRevokedAt: null };
const d = new Date("2026-11-01T10:00:00Z");

describe("respondent tracking", () => {
  it("derives each status from the respondent's fields", () => {
    expect(respondentStatus(base)).toBe("not_invited");
    expect(respondentStatus({ ...base, invitedAt: d })).toBe("invited");
    expect(respondentStatus({ ...base, invitedAt: d, startedAt: d })).toBe("opened");
    expect(respondentStatus({ ...base, invitedAt: d, startedAt: d, answeredCount: 7 })).toBe("in_progress");
    expect(respondentStatus({ ...base, invitedAt: d, startedAt: d, answeredCount: 7, linkRevokedAt: d })).toBe("link_revoked");
    expect(respondentStatus({ ...base, submittedAt: d, linkRevokedAt: d })).toBe("submitted");
  });

  it("computes response rates overall and per role group", () => {
    const rates = responseRates([
      { ...base, submittedAt: d },
      { ...base, invitedAt: d },
      { ...base, roleGroup: "management", submittedAt: d },
      { ...base, roleGroup: "management", submittedAt: d },
    ]);
    expect(rates.overall).toEqual({ total: 4, submitted: 3, rate: 0.75 });
    expect(rates.byRoleGroup.sales).toEqual({ total: 2, submitted: 1, rate: 0.5 });
    expect(rates.byRoleGroup.management).toEqual({ total: 2, submitted: 2, rate: 1 });
    expect(rates.byStatus).toMatchObject({ submitted: 3, invited: 1, not_invited: 0 });
    expect(responseRates([]).overall.rate).toBeNull();
  });
});
