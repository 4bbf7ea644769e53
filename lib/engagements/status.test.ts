import { describe, expect, it } from "vitest";
import { engagementStatusEnum } from "../../db/schema";
import { acceptsAnswers, canChangeStatusManually, canTransition } from "./status";

describe("engagement status", () => {
  it("allows exactly the documented transitions", () => {
    const allowed = engagementStatusEnum.enumValues.flatMap((from) =>
      engagementStatusEnum.enumValues.filter((to) => canTransition(from, to)).map((to) => `${from}->${to}`),
    );
    expect(allowed.sort()).toEqual(["closed->open", "closed->published", "draft->open", "open->closed"]);
  });
  it("leaves publishing out of the manual status changes: it goes through a report version", () => {
    const manual = engagementStatusEnum.enumValues.flatMap((from) =>
      engagementStatusEnum.enumValues.filter((to) => canChangeStatusManually(from, to)).map((to) => `${from}->${to}`),
    );
    expect(manual.sort()).toEqual(["closed->open", "draft->open", "open->closed"]);
  });
  it("accepts answers only while open", () => {
    expect(engagementStatusEnum.enumValues.filter(acceptsAnswers)).toEqual(["open"]);
  });
});
