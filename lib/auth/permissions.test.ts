import { describe, expect, it } from "vitest";
import { can, type Permission } from "./permissions";

describe("can", () => {
  it("lets only owners manage the team and the firm", () => {
    expect(can("owner", "team.manage")).toBe(true);
    expect(can("consultant", "team.manage")).toBe(false);
    expect(can("owner", "firm.update")).toBe(true);
    expect(can("consultant", "firm.update")).toBe(false);
  });
  it("denies by default", () => {
    expect(can(null, "clients.view")).toBe(false);
    expect(can(undefined, "clients.view")).toBe(false);
    expect(can("consultant", "no.such.permission" as Permission)).toBe(false);
    expect(can("manager" as never, "clients.view")).toBe(false);
  });
});
