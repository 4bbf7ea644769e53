import { describe, expect, it } from "vitest";
import { parseEnv } from "../env";

describe("e-mail settings", () => {
  it("sends from SMTP_FROM, or from no-reply at the portal's host", () => {
    expect(parseEnv({ NODE_ENV: "test", APP_URL: "https://scan.example.nl/" }).mailFrom).toBe("no-reply@scan.example.nl");
    expect(parseEnv({ NODE_ENV: "test", SMTP_FROM: " scan@adviesbureau.nl " }).mailFrom).toBe("scan@adviesbureau.nl");
    expect(() => parseEnv({ NODE_ENV: "test", SMTP_FROM: "not an address" })).toThrow(/SMTP_FROM/);
  });

  it("switches the background jobs off only when asked", () => {
    expect(parseEnv({ NODE_ENV: "test" }).OUTBOX_DISABLED).toBe(false);
    expect(parseEnv({ NODE_ENV: "test", OUTBOX_DISABLED: "1" }).OUTBOX_DISABLED).toBe(true);
    expect(parseEnv({ NODE_ENV: "test", OUTBOX_DISABLED: "false" }).OUTBOX_DISABLED).toBe(false);
    expect(() => parseEnv({ NODE_ENV: "test", OUTBOX_DISABLED: "yes" })).toThrow(/OUTBOX_DISABLED/);
  });
});
