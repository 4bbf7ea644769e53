import { describe, expect, it } from "vitest";
import { addRespondentSchema, updateRespondentSchema } from "./schemas";

const base = { engagementId: "e", name: "Anna", email: "anna@x.nl", roleGroup: "sales", locale: "nl" };
const firstErrors = (input: Record<string, unknown>) => {
  const parsed = addRespondentSchema.strict().safeParse(input);
  if (parsed.success) return {};
  const out: Record<string, string> = {};
  for (const issue of parsed.error.issues) out[issue.path.join(".")] ??= issue.message;
  return out;
};

describe("respondent form schemas", () => {
  it("normalises what it accepts", () => {
    const parsed = addRespondentSchema.parse({ ...base, name: "  Anna \n de  Vries ", email: " Anna@X.NL ", team: "   " });
    expect(parsed).toMatchObject({ name: "Anna de Vries", email: "anna@x.nl", team: null });
    expect(addRespondentSchema.parse({ ...base, team: " Noord " }).team).toBe("Noord");
    expect(addRespondentSchema.parse(base).team).toBeNull();
  });

  it("keeps HTML and formula characters as plain text", () => {
    expect(addRespondentSchema.parse({ ...base, name: "<b>=1+1</b>" }).name).toBe("<b>=1+1</b>");
  });

  it("answers with translatable codes", () => {
    expect(firstErrors({ ...base, name: " " })).toEqual({ name: "required" });
    expect(firstErrors({ ...base, name: "x".repeat(121) })).toEqual({ name: "too_long" });
    expect(firstErrors({ ...base, email: "" })).toEqual({ email: "required" });
    expect(firstErrors({ ...base, email: "geen-adres" })).toEqual({ email: "invalid_email" });
    expect(firstErrors({ ...base, email: `${"x".repeat(250)}@x.nl` })).toEqual({ email: "too_long" });
    expect(firstErrors({ ...base, roleGroup: "directie" })).toEqual({ roleGroup: "required" });
    expect(firstErrors({ ...base, locale: "fr" })).toEqual({ locale: "required" });
    expect(firstErrors({ ...base, team: "x".repeat(121) })).toEqual({ team: "too_long" });
  });

  it("is strict about unknown fields once wrapped by firmAction", () => {
    expect(updateRespondentSchema.strict().safeParse({ ...base, respondentId: "r", firmId: "other" }).success).toBe(false);
  });
});
