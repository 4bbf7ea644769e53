import { describe, expect, it } from "vitest";
import { isLocalDatabaseUrl } from "./local-url";

describe("isLocalDatabaseUrl", () => {
  it("accepts loopback hosts", () => {
    expect(isLocalDatabaseUrl("postgres://postgres@127.0.0.1:5432/test")).toBe(true);
    expect(isLocalDatabaseUrl("postgres://postgres@localhost/test")).toBe(true);
    expect(isLocalDatabaseUrl("postgres://postgres@[::1]:5432/test")).toBe(true);
    expect(isLocalDatabaseUrl("postgres:///test?host=/var/run/postgresql")).toBe(true);
  });
  it("refuses anything else", () => {
    expect(isLocalDatabaseUrl("postgres://u:p@db.example.com:5432/prod")).toBe(false);
    expect(isLocalDatabaseUrl("postgres://u:p@10.0.0.5/prod")).toBe(false);
    expect(isLocalDatabaseUrl("postgres://u:p@127.evil.com/prod")).toBe(false);
    expect(isLocalDatabaseUrl("not a url")).toBe(false);
  });
});
