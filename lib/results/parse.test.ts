import { describe, expect, it } from "vitest";
import { getModel } from "../model";
import { referenceResponses } from "../scoring/testing/reference-engagement";
import { fixtureModel } from "../scoring/testing/fixture-model";
import { answersFromResponse, responseFromAnswers } from "./parse";
import { allParams, benchmarkFilterParam, groupDimensionParam, pageParam, respondentIdsParam, roleGroupParam, saveRatingSchema, weightingParam } from "./schemas";

const model = getModel("2026.1");
const who = { id: "r1", roleGroup: "sales" as const, team: "Noord" };

describe("responseFromAnswers", () => {
  it("turns stored keys and values into the scoring input", () => {
    const { response, ignored } = responseFromAnswers(model, who, {
      "item:organisation.crm": "4",
      "item:organisation.forecasting": "dont_know",
      "item:marketing.offer": "not_applicable",
      "desired:coaching": "5",
      "importance:coaching": "2",
      "kpi:revenue_per_rep": "yes",
      "kpi:forecast_accuracy": "dont_know",
      "comment:leadership": "  Meer sturing ",
      "comment:accounts": "   ",
    });
    expect(ignored).toBe(0);
    expect(response).toEqual({
      respondentId: "r1",
      roleGroup: "sales",
      team: "Noord",
      items: { "organisation.crm": 4, "organisation.forecasting": "dont_know", "marketing.offer": "not_applicable" },
      desired: { coaching: 5 },
      importance: { coaching: 2 },
      kpis: { revenue_per_rep: "yes", forecast_accuracy: "dont_know" },
      comments: { leadership: "  Meer sturing " },
    });
  });

  it("leaves out (and counts) what does not fit the model, and never adds an empty comments object", () => {
    const { response, ignored } = responseFromAnswers(model, who, {
      "item:organisation.crm": "6",
      "item:organisation.unknown": "3",
      "desired:sales": "3",
      "importance:coaching": "dont_know",
      "kpi:k1_1": "yes",
      "kpi:revenue_per_rep": "maybe",
      "comment:nowhere": "x",
      "item:marketing.offer": "constructor",
      "desired:coaching": "__proto__",
      weird: "1",
    });
    expect(ignored).toBe(10);
    expect(response).toEqual({ respondentId: "r1", roleGroup: "sales", team: "Noord", items: {}, desired: {}, importance: {}, kpis: {} });
    expect(responseFromAnswers(model, who, null).response.items).toEqual({});
  });

  it("round-trips every reference response", () => {
    for (const r of referenceResponses) {
      const stored = Object.fromEntries(answersFromResponse(r).map((a) => [a.key, a.value]));
      const back = responseFromAnswers(fixtureModel, { id: r.respondentId, roleGroup: r.roleGroup, team: r.team ?? null }, stored).response;
      expect(back).toEqual({ ...r, team: r.team ?? null, ...(r.comments ? {} : { comments: undefined }) });
    }
  });
});

describe("URL parameters", () => {
  it("weighting falls back to the engagement's setting", () => {
    expect(weightingParam("respondent", "role_group")).toBe("respondent");
    expect(weightingParam(["role_group", "respondent"], "respondent")).toBe("role_group");
    expect(weightingParam("<script>", "respondent")).toBe("respondent");
    expect(weightingParam(undefined, "role_group")).toBe("role_group");
  });

  it("role group filter and page number", () => {
    expect(roleGroupParam("sales")).toBe("sales");
    expect(roleGroupParam("admins")).toBeNull();
    expect(pageParam("3")).toBe(3);
    expect(pageParam("0")).toBe(1);
    expect(pageParam("-2")).toBe(1);
    expect(pageParam("1e9")).toBe(1);
    expect(pageParam(undefined)).toBe(1);
  });

  it("group dimension", () => {
    expect(groupDimensionParam("team")).toBe("team");
    expect(groupDimensionParam("x")).toBe("role_group");
  });

  it("respondent ids: uuids only, at most six, de-duplicated; otherwise null", () => {
    const a = "0b6e6a5e-1c1f-4c55-9d1e-1b1e3c3c0a01";
    const b = "0B6E6A5E-1C1F-4C55-9D1E-1B1E3C3C0A02";
    expect(respondentIdsParam([a, b, a])).toEqual([a, b.toLowerCase()]);
    expect(respondentIdsParam(`${a},${b}`)).toEqual([a, b.toLowerCase()]);
    expect(respondentIdsParam(undefined)).toEqual([]);
    expect(respondentIdsParam([a, "1; drop table"])).toBeNull();
    expect(respondentIdsParam(Array.from({ length: 7 }, (_, i) => a.replace(/1$/, String(i))))).toBeNull();
    expect(allParams([" x ,", "y"])).toEqual(["x", "y"]);
  });

  it("benchmark filters only from the fixed lists", () => {
    expect(benchmarkFilterParam({ industry: "retail", size: "51-250" })).toEqual({ industry: "retail", sizeBand: "51-250" });
    expect(benchmarkFilterParam({ industry: "nope", size: ["x"] })).toEqual({ industry: null, sizeBand: null });
  });

  it("the rating form trims the note and reads an empty level as removal", () => {
    const id = "0b6e6a5e-1c1f-4c55-9d1e-1b1e3c3c0a01";
    expect(saveRatingSchema.parse({ engagementId: id, pillar: "coaching", level: "3", note: "  ok  " })).toEqual({
      engagementId: id,
      pillar: "coaching",
      level: 3,
      note: "ok",
    });
    expect(saveRatingSchema.parse({ engagementId: id, pillar: "coaching", level: "" })).toMatchObject({ level: null, note: null });
    expect(saveRatingSchema.safeParse({ engagementId: id, pillar: "coaching", level: "3", note: "a\u0000b" }).success).toBe(false);
  });
});
