import { horizontalBar, linearScale } from "@/lib/charts/bars";

export interface PillarBar {
  readonly key: string;
  readonly label: string;
  readonly mean: number | null;
  readonly meanText: string;
  readonly desired: number | null;
  /** Read by screen readers instead of the drawing, e.g. "gemiddelde 3,2; gewenst 4,0". */
  readonly description: string;
}

const WIDTH = 220;
const HEIGHT = 14;

/** Pillar means as bars on the 1–5 scale with a tick at the desired level (geometry from lib/charts). */
export function PillarBars({ bars, desiredLabel }: { bars: readonly PillarBar[]; desiredLabel: string }) {
  const x = linearScale([1, 5], [0, WIDTH]);
  return (
    <div className="mt-4">
      <ul className="flex flex-col gap-1.5">
        {bars.map((b) => {
          const bar = horizontalBar(b.mean, { min: 1, max: 5, width: WIDTH });
          return (
            <li key={b.key} className="grid grid-cols-[10.5rem_auto_2.5rem] items-center gap-2 text-sm">
              <span className="truncate" title={b.label}>
                {b.label}
              </span>
              <svg width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={b.description}>
                <rect x={0} y={0} width={WIDTH} height={HEIGHT} fill="#e2e8f0" />
                {[2, 3, 4].map((v) => (
                  <line key={v} x1={x(v)} x2={x(v)} y1={0} y2={HEIGHT} stroke="#fff" strokeWidth={1} />
                ))}
                {bar ? <rect x={bar.x} y={2} width={bar.width} height={HEIGHT - 4} fill="#1d4ed8" /> : null}
                {b.desired !== null ? <rect x={x(b.desired) - 1.5} y={0} width={3} height={HEIGHT} fill="#b45309" /> : null}
              </svg>
              <span className="text-right font-medium tabular-nums">{b.meanText}</span>
            </li>
          );
        })}
      </ul>
      <p className="mt-2 flex items-center gap-1.5 text-xs text-slate-600">
        <span aria-hidden="true" className="inline-block h-3 w-[3px] bg-amber-700" />
        {desiredLabel}
      </p>
    </div>
  );
}
