/**
 * The pillar radar drawn with react-pdf's SVG primitives from the same lib/charts geometry as
 * the web page, so both show the same shape. Series differ by dash and marker, not only colour.
 */
import { Circle, G, Line, Path, Svg, Text as SvgText, Text, View } from "@react-pdf/renderer";
import { radarGeometry, radarSeries } from "../charts/radar";
import type { ReportContext } from "./context";
import { FONT_FAMILY } from "./fonts";
import { MUTED, RULE } from "./theme";

export interface RadarLine {
  readonly label: string;
  readonly values: readonly (number | null)[];
  readonly color: string;
  readonly dash?: string;
  readonly fill?: boolean;
}

const SIZE = 300;
const MARGIN_X = 100;

export function RadarChart({ ctx, axes, lines }: { ctx: ReportContext; axes: readonly string[]; lines: readonly RadarLine[] }) {
  const geometry = radarGeometry({ axes: axes.length, size: SIZE, padding: 48, max: 5, labelOffset: 12 });
  const width = SIZE + 2 * MARGIN_X;
  return (
    <View wrap={false} style={{ alignItems: "center", marginVertical: 6 }}>
      <Svg width={width * 0.9} height={SIZE * 0.9} viewBox={`${-MARGIN_X} 0 ${width} ${SIZE}`}>
        {geometry.rings.map((ring) => (
          <G key={ring.value}>
            <Path d={ring.path} fill="none" stroke={RULE} strokeWidth={ring.value === 5 ? 1.2 : 0.8} />
            <SvgText x={ring.label.x} y={ring.label.y} style={{ fontSize: 7, fontFamily: FONT_FAMILY }} fill={MUTED}>
              {String(ring.value)}
            </SvgText>
          </G>
        ))}
        {geometry.axes.map((axis) => (
          <G key={axis.index}>
            <Line x1={geometry.center.x} y1={geometry.center.y} x2={axis.end.x} y2={axis.end.y} stroke={RULE} strokeWidth={0.8} />
            <SvgText
              x={axis.label.x}
              y={axis.baseline === "top" ? axis.label.y + 9 : axis.baseline === "middle" ? axis.label.y + 3 : axis.label.y}
              textAnchor={axis.anchor}
              // SVG text does not inherit the page font: name it, or it falls back to Helvetica.
              style={{ fontSize: 10, fontWeight: 700, fontFamily: FONT_FAMILY }}
              fill={ctx.palette.primaryText}
            >
              {axes[axis.index] ?? ""}
            </SvgText>
          </G>
        ))}
        {lines.map((line) => {
          const shape = radarSeries(geometry, line.values);
          if (shape.path === "" && shape.points.every((p) => p === null)) return null;
          return (
            <G key={line.label}>
              {shape.path ? (
                <Path
                  d={shape.path}
                  fill={line.fill && shape.complete ? line.color : "none"}
                  fillOpacity={line.fill ? 0.15 : 0}
                  stroke={line.color}
                  strokeWidth={2}
                  strokeDasharray={line.dash}
                  strokeLinejoin="round"
                />
              ) : null}
              {shape.points.map((p, i) => (p ? <Circle key={i} cx={p.x} cy={p.y} r={line.dash ? 2 : 3} fill={line.color} /> : null))}
            </G>
          );
        })}
      </Svg>
      <View style={{ flexDirection: "row", justifyContent: "center", marginTop: 4 }}>
        {lines.map((line) => (
          <View key={line.label} style={{ flexDirection: "row", alignItems: "center", marginHorizontal: 8 }}>
            <Svg width={22} height={8}>
              <Line x1={1} y1={4} x2={21} y2={4} stroke={line.color} strokeWidth={2} strokeDasharray={line.dash} />
            </Svg>
            <Text style={{ fontSize: 8, color: MUTED, marginLeft: 4 }}>{line.label}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}
