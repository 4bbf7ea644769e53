/**
 * Radar (spider) chart geometry: pure numbers and SVG path strings, no React and no DOM, so the
 * web pages and the PDF draw the same chart. Axis 0 points straight up; axes go clockwise.
 * A value v on the scale [0, max] lies at distance radius × v / max from the centre, so level 1
 * is a small inner ring and level 5 the outer ring.
 */

export interface Point {
  readonly x: number;
  readonly y: number;
}

export type TextAnchor = "start" | "middle" | "end";

export interface RadarAxis {
  readonly index: number;
  /** Radians, clockwise from 12 o'clock. */
  readonly angle: number;
  /** The outer end of the axis line (value = max). */
  readonly end: Point;
  /** Where the axis label goes, a little outside the outer ring. */
  readonly label: Point;
  readonly anchor: TextAnchor;
  /** "top" labels sit above their point, "bottom" below, "middle" beside it. */
  readonly baseline: "top" | "middle" | "bottom";
}

export interface RadarRing {
  readonly value: number;
  /** Closed polygon path through the ring's point on every axis. */
  readonly path: string;
  /** Where the ring's value label goes (on axis 0, slightly right of it). */
  readonly label: Point;
}

export interface RadarGeometry {
  readonly width: number;
  readonly height: number;
  readonly center: Point;
  readonly radius: number;
  readonly max: number;
  readonly axes: readonly RadarAxis[];
  readonly rings: readonly RadarRing[];
}

export interface RadarOptions {
  /** Number of axes (at least 3). */
  readonly axes: number;
  /** Width and height of the square drawing area. */
  readonly size: number;
  /** Room kept free around the outer ring for the labels. */
  readonly padding?: number;
  /** Highest value of the scale (5 for maturity levels). */
  readonly max?: number;
  /** Values that get a ring (default 1 … max). */
  readonly rings?: readonly number[];
  /** Distance of the axis labels outside the outer ring. */
  readonly labelOffset?: number;
}

/** Rounds to 2 decimals so the SVG stays short and the output is stable across platforms. */
export function round2(value: number): number {
  const r = Math.round(value * 100) / 100;
  return r === 0 ? 0 : r; // no "-0"
}

const fmt = (p: Point) => `${round2(p.x)} ${round2(p.y)}`;

export function radarGeometry(options: RadarOptions): RadarGeometry {
  const { axes: count, size } = options;
  if (!Number.isInteger(count) || count < 3) throw new RangeError("a radar needs at least 3 axes");
  if (!(size > 0)) throw new RangeError("size must be positive");
  const padding = options.padding ?? size * 0.18;
  const max = options.max ?? 5;
  if (!(max > 0)) throw new RangeError("max must be positive");
  const radius = size / 2 - padding;
  if (!(radius > 0)) throw new RangeError("padding leaves no room for the chart");
  const center: Point = { x: size / 2, y: size / 2 };
  const labelOffset = options.labelOffset ?? 14;
  const axes: RadarAxis[] = [];
  for (let index = 0; index < count; index++) {
    const angle = (2 * Math.PI * index) / count;
    const dx = Math.sin(angle);
    const dy = -Math.cos(angle);
    const anchor: TextAnchor = Math.abs(dx) < 0.2 ? "middle" : dx > 0 ? "start" : "end";
    const baseline = dy < -0.5 ? "bottom" : dy > 0.5 ? "top" : "middle";
    axes.push({
      index,
      angle,
      end: { x: round2(center.x + radius * dx), y: round2(center.y + radius * dy) },
      label: { x: round2(center.x + (radius + labelOffset) * dx), y: round2(center.y + (radius + labelOffset) * dy) },
      anchor,
      baseline,
    });
  }
  const geometry: RadarGeometry = { width: size, height: size, center, radius, max, axes, rings: [] };
  const ringValues = options.rings ?? Array.from({ length: Math.floor(max) }, (_, i) => i + 1);
  const rings = ringValues.map((value) => {
    const points = axes.map((a) => radarPoint(geometry, a.index, value));
    return {
      value,
      path: closedPath(points),
      label: { x: round2(center.x + 4), y: round2(center.y - (radius * value) / max - 2) },
    };
  });
  return { ...geometry, rings };
}

/** The point of `value` on axis `index`; values are clamped to [0, max]. */
export function radarPoint(geometry: Pick<RadarGeometry, "center" | "radius" | "max" | "axes">, index: number, value: number): Point {
  const axis = geometry.axes[index];
  if (!axis) throw new RangeError(`no axis ${index}`);
  const v = Math.min(geometry.max, Math.max(0, value));
  const r = (geometry.radius * v) / geometry.max;
  return { x: round2(geometry.center.x + r * Math.sin(axis.angle)), y: round2(geometry.center.y - r * Math.cos(axis.angle)) };
}

/** "M x y L x y … Z" through the points. */
export function closedPath(points: readonly Point[]): string {
  if (points.length === 0) return "";
  return `M ${points.map(fmt).join(" L ")} Z`;
}

export interface RadarSeries {
  /** One entry per axis: the point, or `null` where the value is missing. */
  readonly points: readonly (Point | null)[];
  /**
   * A closed polygon when every value is present; otherwise only the segments between
   * neighbouring axes that both have a value (a missing value is never drawn as 0).
   * Empty when fewer than two neighbouring values exist.
   */
  readonly path: string;
  readonly complete: boolean;
}

/** The shape of one data series (one value per axis, `null` = missing). */
export function radarSeries(geometry: RadarGeometry, values: readonly (number | null | undefined)[]): RadarSeries {
  if (values.length !== geometry.axes.length) throw new RangeError(`expected ${geometry.axes.length} values, got ${values.length}`);
  const points = values.map((v, i) => (v === null || v === undefined || !Number.isFinite(v) ? null : radarPoint(geometry, i, v)));
  const complete = points.every((p) => p !== null);
  if (complete) return { points, path: closedPath(points as Point[]), complete };
  const segments: string[] = [];
  const n = points.length;
  for (let i = 0; i < n; i++) {
    const a = points[i];
    const b = points[(i + 1) % n];
    if (a && b) segments.push(`M ${fmt(a)} L ${fmt(b)}`);
  }
  return { points, path: segments.join(" "), complete };
}
