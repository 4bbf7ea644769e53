/** Next.js start-up hook; the Node.js part lives in instrumentation-node.ts (Next's documented split). */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    await import("./instrumentation-node");
  }
}
