import { describe, expect, it } from "vitest";
import { seal, sealedWithOldKey, unseal } from "./sealed";

const OLD = "old-secret-old-secret-old-secret-0123";
const NEW = "new-secret-new-secret-new-secret-4567";

describe("sealed secrets", () => {
  it("round-trips and never contains the plain text", () => {
    const link = "https://scan.example.nl/s/abcdefghijklmnopqrstuvwxyz0123456789";
    const sealed = seal(link, "outbox-link", [NEW]);
    expect(sealed).not.toContain("abcdefghijklmnop");
    expect(unseal(sealed, "outbox-link", [NEW])).toBe(link);
    expect(seal(link, "outbox-link", [NEW])).not.toBe(sealed); // fresh IV each time
  });

  it("refuses another purpose, another key and an altered value", () => {
    const sealed = seal("secret", "outbox-link", [NEW]);
    expect(unseal(sealed, "totp", [NEW])).toBeNull();
    expect(unseal(sealed, "outbox-link", [OLD])).toBeNull();
    const parts = sealed.split(".");
    const body = Buffer.from(parts[3]!, "base64url");
    body[0] = body[0]! ^ 1;
    expect(unseal([...parts.slice(0, 3), body.toString("base64url")].join("."), "outbox-link", [NEW])).toBeNull();
    expect(unseal("https://plain.example/s/token", "outbox-link", [NEW])).toBeNull();
  });

  it("opens values of the previous key during a rotation and says they are old", () => {
    const before = seal("secret", "outbox-link", [OLD]);
    expect(unseal(before, "outbox-link", [NEW, OLD])).toBe("secret");
    expect(sealedWithOldKey(before, "outbox-link", [NEW, OLD])).toBe(true);
    expect(sealedWithOldKey(seal("x", "outbox-link", [NEW, OLD]), "outbox-link", [NEW, OLD])).toBe(false);
  });
});
