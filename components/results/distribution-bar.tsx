import { stackedBar } from "@/lib/charts/bars";
import type { ItemDistribution } from "@/lib/scoring/safe-figures";

type Segment = "l1" | "l2" | "l3" | "l4" | "l5" | "dk" | "na";

/** Level colours (red → green) with don't know / not applicable in greys; also used in legends. */
export const SEGMENT_COLORS: Record<Segment, string> = {
  l1: "#dc2626",
  l2: "#f97316",
  l3: "#eab308",
  l4: "#84cc16",
  l5: "#16a34a",
  dk: "#94a3b8",
  na: "#cbd5e1",
};

export function distributionCounts(d: ItemDistribution): { key: Segment; value: number }[] {
  return [
    { key: "l1", value: d.levels[1] },
    { key: "l2", value: d.levels[2] },
    { key: "l3", value: d.levels[3] },
    { key: "l4", value: d.levels[4] },
    { key: "l5", value: d.levels[5] },
    { key: "dk", value: d.dontKnow },
    { key: "na", value: d.notApplicable },
  ];
}

/** A stacked bar of one item's answers (geometry from lib/charts); the label says the counts in words. */
export function DistributionBar({ distribution, label, width = 180, height = 16 }: { distribution: ItemDistribution; label: string; width?: number; height?: number }) {
  const segments = stackedBar(distributionCounts(distribution), width);
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      preserveAspectRatio="none"
      role="img"
      aria-label={label}
      className="block w-full"
      style={{ maxWidth: width, height }}
    >
      <title>{label}</title>
      <rect x={0} y={0} width={width} height={height} fill="#f1f5f9" />
      {segments.map((s) =>
        s.width > 0 ? <rect key={s.key} x={s.x} y={0} width={s.width} height={height} fill={SEGMENT_COLORS[s.key]} stroke="#fff" strokeWidth={1} vectorEffect="non-scaling-stroke" /> : null,
      )}
    </svg>
  );
}
