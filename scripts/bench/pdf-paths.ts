import type { BenchContext } from "./results-paths";
type TargetFn = (label: string, value: number, limit: number, unit: string, atMost: boolean) => void;
export async function benchPdf(_ctx: BenchContext, _target: TargetFn) {
  return null;
}
