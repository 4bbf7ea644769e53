import { describe, expect, it } from "vitest";
import { horizontalBar, linearScale, stackedBar, ticks } from "./bars";
import { closedPath, radarGeometry, radarPoint, radarSeries } from "./radar";

describe("radar geometry", () => {
  const g = radarGeometry({ axes: 5, size: 200, padding: 50 });

  it("centres the chart and puts axis 0 straight up", () => {
    expect(g.center).toEqual({ x: 100, y: 100 });
    expect(g.radius).toBe(50);
    expect(g.axes).toHaveLength(5);
    expect(g.axes[0]?.end).toEqual({ x: 100, y: 50 });
    expect(g.axes[0]?.anchor).toBe("middle");
    expect(g.axes[0]?.baseline).toBe("bottom");
    // Axis 1 is to the right (clockwise), axis 4 to the left.
    expect(g.axes[1]?.anchor).toBe("start");
    expect(g.axes[4]?.anchor).toBe("end");
    expect(g.axes[2]?.baseline).toBe("top");
  });

  it("maps values linearly from the centre (0) to the outer ring (max)", () => {
    expect(radarPoint(g, 0, 5)).toEqual({ x: 100, y: 50 });
    expect(radarPoint(g, 0, 2.5)).toEqual({ x: 100, y: 75 });
    expect(radarPoint(g, 0, 0)).toEqual({ x: 100, y: 100 });
    // Clamped to the scale.
    expect(radarPoint(g, 0, 9)).toEqual({ x: 100, y: 50 });
    expect(radarPoint(g, 0, -1)).toEqual({ x: 100, y: 100 });
    // Axis 1 at 72° clockwise: x = 100 + 50·sin 72°, y = 100 − 50·cos 72°.
    const p = radarPoint(g, 1, 5);
    expect(p.x).toBeCloseTo(100 + 50 * Math.sin((2 * Math.PI) / 5), 1);
    expect(p.y).toBeCloseTo(100 - 50 * Math.cos((2 * Math.PI) / 5), 1);
  });

  it("has one ring per level, each a closed polygon through every axis", () => {
    expect(g.rings.map((r) => r.value)).toEqual([1, 2, 3, 4, 5]);
    const outer = g.rings[4]!;
    expect(outer.path.startsWith("M 100 50 L ")).toBe(true);
    expect(outer.path.endsWith(" Z")).toBe(true);
    expect(outer.path.split(" L ")).toHaveLength(5);
  });

  it("draws a complete series as a closed polygon", () => {
    const s = radarSeries(g, [5, 5, 5, 5, 5]);
    expect(s.complete).toBe(true);
    expect(s.path).toBe(g.rings[4]!.path);
  });

  it("never draws a missing value as 0: only segments between present neighbours", () => {
    const s = radarSeries(g, [5, null, 5, 5, 5]);
    expect(s.complete).toBe(false);
    expect(s.points[1]).toBeNull();
    // Segments 2→3, 3→4, 4→0 only (0→1 and 1→2 touch the missing value).
    expect(s.path.match(/M /g)).toHaveLength(3);
    expect(s.path).not.toContain("Z");
    expect(radarSeries(g, [null, null, null, null, null]).path).toBe("");
    expect(radarSeries(g, [Number.NaN, 3, null, null, null]).points[0]).toBeNull();
  });

  it("rejects bad input", () => {
    expect(() => radarGeometry({ axes: 2, size: 100 })).toThrow(RangeError);
    expect(() => radarGeometry({ axes: 5, size: 100, padding: 60 })).toThrow(RangeError);
    expect(() => radarSeries(g, [1, 2, 3])).toThrow(RangeError);
    expect(() => radarPoint(g, 7, 1)).toThrow(RangeError);
    expect(closedPath([])).toBe("");
  });

  it("is deterministic and short (two decimals)", () => {
    const a = radarSeries(g, [3.1666666, 2.5, 4.25, 1, 2]);
    expect(a.path).toBe(radarSeries(radarGeometry({ axes: 5, size: 200, padding: 50 }), [3.1666666, 2.5, 4.25, 1, 2]).path);
    expect(a.path).not.toMatch(/\d\.\d{3}/);
  });
});

describe("bar geometry", () => {
  it("scales linearly and clamps", () => {
    const s = linearScale([1, 5], [0, 200]);
    expect(s(1)).toBe(0);
    expect(s(3)).toBe(100);
    expect(s(5)).toBe(200);
    expect(s(7)).toBe(200);
    expect(s(0)).toBe(0);
    expect(() => linearScale([1, 1], [0, 1])).toThrow(RangeError);
  });

  it("draws a mean on the 1–5 scale from the start of the scale; null stays null", () => {
    expect(horizontalBar(3, { min: 1, max: 5, width: 200 })).toEqual({ x: 0, width: 100, end: 100 });
    expect(horizontalBar(3.25, { min: 1, max: 5, width: 200, x: 10 })).toEqual({ x: 10, width: 112.5, end: 122.5 });
    expect(horizontalBar(null, { min: 1, max: 5, width: 200 })).toBeNull();
    expect(horizontalBar(Number.NaN, { min: 1, max: 5, width: 200 })).toBeNull();
  });

  it("stacks counts so the widths add up to the full width", () => {
    const seg = stackedBar(
      [
        { key: "a", value: 1 },
        { key: "b", value: 1 },
        { key: "c", value: 1 },
        { key: "d", value: 0 },
      ],
      100,
    );
    expect(seg.map((s) => s.width)).toEqual([33.33, 33.33, 33.34, 0]);
    expect(seg.map((s) => s.x)).toEqual([0, 33.33, 66.66, 100]);
    expect(seg[0]?.share).toBeCloseTo(1 / 3);
    expect(seg.reduce((sum, s) => sum + s.width, 0)).toBeCloseTo(100, 6);
  });

  it("gives zero widths (not NaN) when every count is 0, and refuses negative counts", () => {
    const seg = stackedBar([{ key: "a", value: 0 }, { key: "b", value: 0 }], 100);
    expect(seg.map((s) => [s.width, s.share])).toEqual([
      [0, 0],
      [0, 0],
    ]);
    expect(() => stackedBar([{ key: "a", value: -1 }], 100)).toThrow(RangeError);
  });

  it("makes ticks", () => {
    expect(ticks(1, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(ticks(0, 1, 0.25)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(() => ticks(0, 1, 0)).toThrow(RangeError);
  });
});
