import path from "node:path";

/** Where scripts/pdf-worker-build.ts writes the bundled PDF worker (relative to the project). */
export const PDF_WORKER_FILE = path.join("dist", "pdf-worker.mjs");

/** The worker file's absolute path for the running app (Next and the scripts run from the project folder). */
export const pdfWorkerPath = () => path.resolve(/* turbopackIgnore: true */ process.cwd(), PDF_WORKER_FILE);
