// When a diagram reads at "Fit to window": the panel it is judged in (a VS Code editor group on a
// laptop, 1600 x 1000 px, less the panel's own 16 px margins) and the smallest text allowed on screen.
// The architecture view opens groups only as far as its text stays at least MIN_TEXT_PX at fit.

export const PANEL_WIDTH = 1600;
export const PANEL_HEIGHT = 1000;
/** The webview's margin around the diagram at fit (media/panel.css, webview fit()). */
export const PANEL_MARGIN = 16;
export const MIN_TEXT_PX = 8;
/** The smallest font size any diagram text uses. */
export const MIN_FONT_SIZE = 10;
/** Longest side : shortest side of any architecture view at most. */
export const MAX_ASPECT = 3;

/** The scale at which a drawing of `width` x `height` fits the panel (inside its margins). */
export function fitScale(width: number, height: number): number {
    return Math.min((PANEL_WIDTH - 2 * PANEL_MARGIN) / width, (PANEL_HEIGHT - 2 * PANEL_MARGIN) / height);
}

/** Whether text of `minFont` px in a drawing of that size is at least MIN_TEXT_PX on screen at fit, and its shape within MAX_ASPECT. */
export function readsAtFit(width: number, height: number, minFont = MIN_FONT_SIZE): boolean {
    return minFont * fitScale(width, height) >= MIN_TEXT_PX && Math.max(width / height, height / width) <= MAX_ASPECT;
}
