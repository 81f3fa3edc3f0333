/** Where to put a floating panel next to a passage, inside the viewport. */

export interface PassageRect {
  top: number;
  bottom: number;
  left: number;
}

const MARGIN = 8;

/** Below the passage when it fits, above it otherwise; clamped to the viewport. */
export function panelPosition(
  anchor: PassageRect,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): { top: number; left: number } {
  const below = anchor.bottom + MARGIN;
  const above = anchor.top - MARGIN - size.height;
  let top = below + size.height <= viewport.height - MARGIN || above < MARGIN ? below : above;
  top = Math.max(
    MARGIN,
    Math.min(top, viewport.height - MARGIN - Math.min(size.height, viewport.height - 2 * MARGIN)),
  );
  const left = Math.max(MARGIN, Math.min(anchor.left, viewport.width - size.width - MARGIN));
  return { top, left };
}
