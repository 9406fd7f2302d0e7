/**
 * Node labels that never overlap: Sigma picks candidates with its label grid (one per cell,
 * biggest node first); this drawer then skips any label whose box would touch one already drawn
 * in the same frame, and keeps the boxes so tests can check them.
 */
import type { Attributes } from 'graphology-types';
import { drawDiscNodeLabel } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import type { NodeDisplayData, PartialButFor } from 'sigma/types';

export type Box = { label: string; x: number; y: number; width: number; height: number };

/** Sigma's label settings: a coarse grid, few labels per cell, nothing for tiny nodes. */
export const LABEL_SETTINGS = {
  labelSize: 13,
  labelDensity: 0.6,
  labelGridCellSize: 110,
  labelRenderedSizeThreshold: 7,
} as const;

const PAD = 2;
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width + PAD && b.x < a.x + a.width + PAD && a.y < b.y + b.height + PAD && b.y < a.y + a.height + PAD;

export class LabelLayer {
  /** The boxes of the labels drawn in the last frame, in canvas pixels. */
  boxes: Box[] = [];

  reset(): void {
    this.boxes = [];
  }

  readonly draw = <N extends Attributes, E extends Attributes, G extends Attributes>(
    context: CanvasRenderingContext2D,
    data: PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'>,
    settings: Settings<N, E, G>,
  ): void => {
    if (!data.label) return;
    const size = settings.labelSize;
    context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
    const box: Box = {
      label: data.label,
      x: data.x + data.size + 3,
      y: data.y - size / 2 - 1,
      width: context.measureText(data.label).width,
      height: size + 2,
    };
    if (this.boxes.some((b) => overlaps(b, box))) return;
    this.boxes.push(box);
    drawDiscNodeLabel(context, data, settings);
  };
}
