import { describe, expect, it } from "vitest";
import { inFlightCount, once } from "./in-flight";

describe("once", () => {
  it("shares one run between concurrent callers of the same key and forgets it afterwards", async () => {
    let runs = 0;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const work = async () => {
      runs++;
      await gate;
      return runs;
    };
    const a = once("k", work);
    const b = once("k", work);
    const c = once("other", async () => "c");
    expect(inFlightCount()).toBe(2);
    release();
    expect(await Promise.all([a, b, c])).toEqual([1, 1, "c"]);
    expect(runs).toBe(1);
    expect(inFlightCount()).toBe(0);
    expect(await once("k", work)).toBe(2);
  });

  it("a failed run is not kept: the next caller tries again", async () => {
    await expect(once("f", async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await once("f", async () => "ok")).toBe("ok");
  });
});
