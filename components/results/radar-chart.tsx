"use client";
import { useState } from "react";
import { radarGeometry, radarSeries } from "@/lib/charts/radar";
import type { RadarSeriesKey } from "@/lib/results/schemas";

export interface RadarSeriesInput {
  readonly key: RadarSeriesKey;
  readonly label: string;
  readonly values: readonly (number | null)[];
}

/** Colour, dash pattern and marker per series, so they differ by more than colour alone. */
const STYLE: Record<RadarSeriesKey, { color: string; dash?: string; fill: boolean; marker: "circle" | "square" | "diamond" | "none" }> = {
  current: { color: "#1d4ed8", fill: true, marker: "circle" },
  desired: { color: "#b45309", dash: "6 4", fill: false, marker: "none" },
  rating: { color: "#7e22ce", fill: false, marker: "diamond" },
  previous: { color: "#475569", dash: "2 3", fill: false, marker: "square" },
  benchmark: { color: "#047857", dash: "10 3 2 3", fill: false, marker: "none" },
};

const SIZE = 420;
/** Extra room left and right of the square for long pillar names. */
const MARGIN_X = 125;

function Marker({ kind, x, y, color }: { kind: "circle" | "square" | "diamond" | "none"; x: number; y: number; color: string }) {
  if (kind === "circle") return <circle cx={x} cy={y} r={3.5} fill={color} />;
  if (kind === "square") return <rect x={x - 3} y={y - 3} width={6} height={6} fill={color} />;
  if (kind === "diamond") return <path d={`M ${x} ${y - 5} L ${x + 5} ${y} L ${x} ${y + 5} L ${x - 5} ${y} Z`} fill={color} />;
  return null;
}

function Swatch({ k }: { k: RadarSeriesKey }) {
  const s = STYLE[k];
  return (
    <svg width="28" height="12" aria-hidden="true" className="shrink-0">
      <line x1="1" y1="6" x2="27" y2="6" stroke={s.color} strokeWidth="2.5" strokeDasharray={s.dash} />
      <Marker kind={s.marker} x={14} y={6} color={s.color} />
    </svg>
  );
}

/**
 * The radar of the five pillars (scale 1–5) with a switch per series. Geometry from lib/charts
 * (shared with the PDF). The figures are also in the data table next to it, for screen readers.
 */
export function RadarChart({
  axes,
  series,
  legend,
  label,
}: {
  axes: readonly string[];
  series: readonly RadarSeriesInput[];
  legend: string;
  label: string;
}) {
  const [hidden, setHidden] = useState<ReadonlySet<RadarSeriesKey>>(new Set());
  const geometry = radarGeometry({ axes: axes.length, size: SIZE, padding: 56, max: 5 });
  const visible = series.filter((s) => !hidden.has(s.key));
  const toggle = (key: RadarSeriesKey) =>
    setHidden((prev) => {
      const next = new Set(prev);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  return (
    <div className="flex flex-col gap-4 md:flex-row md:items-start">
      <svg
        viewBox={`${-MARGIN_X} 0 ${geometry.width + 2 * MARGIN_X} ${geometry.height}`}
        role="img"
        aria-label={label}
        className="mx-auto w-full max-w-2xl min-w-0 flex-1"
        data-testid="radar"
      >
        {geometry.rings.map((ring) => (
          <g key={ring.value}>
            <path d={ring.path} fill="none" stroke="#cbd5e1" strokeWidth={ring.value === 5 ? 1.5 : 1} />
            <text x={ring.label.x} y={ring.label.y} fontSize="10" fill="#64748b">
              {ring.value}
            </text>
          </g>
        ))}
        {geometry.axes.map((axis) => (
          <g key={axis.index}>
            <line x1={geometry.center.x} y1={geometry.center.y} x2={axis.end.x} y2={axis.end.y} stroke="#cbd5e1" />
            <text
              x={axis.label.x}
              y={axis.label.y}
              textAnchor={axis.anchor}
              dominantBaseline={axis.baseline === "bottom" ? "auto" : axis.baseline === "top" ? "hanging" : "middle"}
              fontSize="13"
              fill="#334155"
            >
              {axes[axis.index]}
            </text>
          </g>
        ))}
        {visible.map((s) => {
          const shape = radarSeries(geometry, s.values);
          const style = STYLE[s.key];
          return (
            <g key={s.key} data-series={s.key}>
              <path
                d={shape.path}
                fill={style.fill && shape.complete ? style.color : "none"}
                fillOpacity={style.fill ? 0.15 : 0}
                stroke={style.color}
                strokeWidth={2.5}
                strokeDasharray={style.dash}
                strokeLinejoin="round"
              />
              {shape.points.map((p, i) => (p ? <Marker key={i} kind={style.marker} x={p.x} y={p.y} color={style.color} /> : null))}
            </g>
          );
        })}
      </svg>
      <fieldset className="min-w-52">
        <legend className="mb-2 text-sm font-semibold text-slate-800">{legend}</legend>
        <ul className="flex flex-col gap-1.5">
          {series.map((s) => (
            <li key={s.key}>
              <label className="flex cursor-pointer items-center gap-2 text-sm">
                <input type="checkbox" checked={!hidden.has(s.key)} onChange={() => toggle(s.key)} className="size-4" />
                <Swatch k={s.key} />
                <span>{s.label}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </div>
  );
}
