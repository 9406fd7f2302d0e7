/**
 * What the label tests check on a drawn view: label boxes (as Sigma drew them) that touch each
 * other, and labels that a node's disc runs across. Shared by the browser and examples tests, so
 * both judge a layout by the same geometry.
 */
export type LabelBox = {
  key: string;
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
  plate?: boolean;
};
export type NodeDisc = { key: string; x: number; y: number; r: number };

/** Every pair of label boxes that touch, as "a / b". */
export function overlappingLabels(boxes: LabelBox[]): string[] {
  return boxes.flatMap((a, i) =>
    boxes
      .slice(i + 1)
      .filter((b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height)
      .map((b) => `${a.label} / ${b.label}`),
  );
}

/**
 * Labels whose box a disc other than their own node's touches (the disc's nearest point is inside
 * the box), as "label over key". With `platesAllowed`, a label drawn on its white plate may cross
 * discs and is not listed.
 */
export function labelsOverDiscs(boxes: LabelBox[], discs: NodeDisc[], platesAllowed: boolean): string[] {
  return boxes
    .filter((b) => !(platesAllowed && b.plate))
    .flatMap((b) =>
      discs
        .filter((d) => d.key !== b.key)
        .filter((d) => {
          const dx = d.x - Math.max(b.x, Math.min(d.x, b.x + b.width));
          const dy = d.y - Math.max(b.y, Math.min(d.y, b.y + b.height));
          return dx * dx + dy * dy < d.r * d.r;
        })
        .map((d) => `${b.label} over ${d.key}`),
    );
}
