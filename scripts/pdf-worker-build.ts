/**
 * Bundles the PDF renderer (lib/pdf/worker.ts) into dist/pdf-worker.mjs for the render pool's
 * worker threads (the worker is not part of Next's bundle: worker threads load a file of their
 * own). React and react-pdf stay external, so the worker uses the same installed packages as the
 * app. Called by next.config.ts whenever Next builds or starts in development, so the worker
 * always matches the code it was built with, and by `npm run build:pdf-worker` and the tests.
 */
import { build } from "esbuild";
import { PDF_WORKER_FILE } from "../lib/reports/render-pool-file";

export async function buildPdfWorker(): Promise<void> {
  await build({
    entryPoints: ["lib/pdf/worker.ts"],
    outfile: PDF_WORKER_FILE,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    jsx: "automatic",
    packages: "external",
    logLevel: "warning",
  });
}
