/**
 * Viewer first interactive paint, through the viewer's own hook (viewer/bench.ts). Loaded
 * lazily so that a checkout without the viewer, or a machine without Chromium, still gets
 * every other figure and a reason here instead.
 */
export type ViewerResult =
  | { available: true; nodes: number; edges: number; layoutMs: number; payloadBytes: number; firstPaintMs: number }
  | { available: false; nodes: number; edges: number; reason: string };

type Hook = (o: { nodes: number; edges: number }) => Promise<{
  nodes: number;
  edges: number;
  layoutMs: number;
  payloadBytes: number;
  firstPaintMs: number;
}>;

export async function benchViewer(nodes: number, edges: number): Promise<ViewerResult> {
  let measure: Hook;
  try {
    const hook: { measureFirstPaint?: Hook } = await import('../viewer/bench.js');
    if (!hook.measureFirstPaint) throw new Error('viewer/bench.ts exports no measureFirstPaint');
    measure = hook.measureFirstPaint;
  } catch (error) {
    return { available: false, nodes, edges, reason: `viewer benchmark hook not available: ${describe(error)}` };
  }
  try {
    return { available: true, ...(await measure({ nodes, edges })) };
  } catch (error) {
    return { available: false, nodes, edges, reason: describe(error) };
  }
}

const describe = (e: unknown) => (e instanceof Error ? (e.message.split('\n')[0] ?? e.message) : String(e));
