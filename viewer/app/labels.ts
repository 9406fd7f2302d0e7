/**
 * Node labels that never overlap each other nor run unreadably across another node's disc: Sigma picks
 * candidates with its label grid (one per cell, biggest node first); this drawer puts each one
 * right of its disc, or left, below or above when that spot touches a label already drawn in the
 * same frame or another node's disc; when every free spot touches a disc (a dense overview) the
 * label goes on a white plate above them; when all four touch labels it is skipped. The boxes
 * (and the discs) are kept so tests can check them.
 */
import type { Attributes } from 'graphology-types';
import { drawDiscNodeLabel } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import type { NodeDisplayData, PartialButFor } from 'sigma/types';

/** `plate`: drawn on a white plate, because every spot around its disc touches another disc. */
export type Box = { key: string; label: string; x: number; y: number; width: number; height: number; plate?: boolean };
/** A drawn node as the viewer sees it: centre and radius in canvas pixels. */
export type Disc = { key: string; x: number; y: number; r: number };

/** Sigma's label settings: a coarse grid, few labels per cell, nothing for tiny nodes. */
export const LABEL_SETTINGS = {
  labelSize: 13,
  labelDensity: 0.6,
  labelGridCellSize: 110,
  labelRenderedSizeThreshold: 7,
} as const;

const PAD = 2;
const PLATE = 'rgba(255, 255, 255, 0.88)';
const CELL = 64;
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width + PAD && b.x < a.x + a.width + PAD && a.y < b.y + b.height + PAD && b.y < a.y + a.height + PAD;
/** The disc touches the box: its centre is closer than its radius to the box's nearest point. */
export const covers = (d: Disc, b: Box) => {
  const dx = d.x - Math.max(b.x, Math.min(d.x, b.x + b.width));
  const dy = d.y - Math.max(b.y, Math.min(d.y, b.y + b.height));
  return dx * dx + dy * dy < d.r * d.r;
};

export class LabelLayer {
  /** The boxes of the labels drawn in the last frame, in canvas pixels. */
  boxes: Box[] = [];
  /** The discs the last frame's labels were kept clear of. */
  discs: Disc[] = [];
  private grid: Map<string, Disc[]> | undefined;

  /** `discs` gives the frame's drawn nodes; it is asked once per frame, when the first label is drawn. */
  constructor(private readonly source: () => Disc[] = () => []) {}

  reset(): void {
    this.boxes = [];
    this.grid = undefined;
  }

  private discsNear(box: Box): Disc[] {
    if (!this.grid) {
      this.discs = this.source();
      this.grid = new Map();
      for (const d of this.discs)
        for (let i = Math.floor((d.x - d.r) / CELL); i <= Math.floor((d.x + d.r) / CELL); i++)
          for (let j = Math.floor((d.y - d.r) / CELL); j <= Math.floor((d.y + d.r) / CELL); j++) {
            const cell = this.grid.get(`${i},${j}`);
            if (cell) cell.push(d);
            else this.grid.set(`${i},${j}`, [d]);
          }
    }
    const near = new Set<Disc>();
    for (let i = Math.floor(box.x / CELL); i <= Math.floor((box.x + box.width) / CELL); i++)
      for (let j = Math.floor(box.y / CELL); j <= Math.floor((box.y + box.height) / CELL); j++)
        for (const d of this.grid.get(`${i},${j}`) ?? []) near.add(d);
    return [...near];
  }

  readonly draw = <N extends Attributes, E extends Attributes, G extends Attributes>(
    context: CanvasRenderingContext2D,
    data: PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'> & { key?: string },
    settings: Settings<N, E, G>,
  ): void => {
    if (!data.label) return;
    const size = settings.labelSize;
    context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
    const width = context.measureText(data.label).width;
    const height = size + 2;
    const { x, y, size: r } = data;
    // Right of the disc as Sigma puts it; if that is taken, left, below, then above.
    const spots = [
      { x: x + r + 3, y: y - size / 2 - 1 },
      { x: x - r - 3 - width, y: y - size / 2 - 1 },
      { x: x - width / 2, y: y + r + 2 },
      { x: x - width / 2, y: y - r - 2 - height },
    ];
    const boxes: Box[] = spots.map((spot) => ({
      key: data.key ?? '',
      label: data.label ?? '',
      ...spot,
      width,
      height,
    }));
    const free = boxes.filter((box) => !this.boxes.some((b) => overlaps(b, box)));
    const clear = free.find((box) => !this.discsNear(box).some((d) => d.key !== data.key && covers(d, box)));
    // In a crowd every spot may touch a disc: the label then sits on a plate above them, readable.
    const box: Box | undefined = clear ?? (free[0] && { ...free[0], plate: true });
    if (!box) return;
    this.boxes.push(box);
    if (box.plate) {
      context.fillStyle = PLATE;
      context.fillRect(box.x - 2, box.y, box.width + 4, box.height);
    }
    // Sigma's own drawing, moved so its text lands in the chosen box.
    drawDiscNodeLabel(context, { ...data, x: box.x - r - 3, y: box.y + size / 2 + 1 }, settings);
  };
}
