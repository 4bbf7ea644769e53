/** Pure chart geometry shared by the results pages and the PDF (no React, no DOM). */
export { closedPath, radarGeometry, radarPoint, radarSeries, round2 } from "./radar";
export type { Point, RadarAxis, RadarGeometry, RadarOptions, RadarRing, RadarSeries, TextAnchor } from "./radar";
export { horizontalBar, linearScale, stackedBar, ticks } from "./bars";
export type { HorizontalBar, Scale, StackSegment } from "./bars";
