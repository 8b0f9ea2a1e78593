// How an SVG reads at "Fit to window" in the panel, computed from the SVG text alone (not from what the
// renderer believes): its size from the root element, the smallest font-size anywhere in it, and the
// scale at which the webview fits it into a 1600 x 1000 panel (16 px margins, as webview fit() does).
import { PANEL_HEIGHT, PANEL_MARGIN, PANEL_WIDTH } from '../../src/diagram/legibility.js';

export interface Fit {
    width: number;
    height: number;
    minFont: number;
    /** The smallest text on screen at fit, in px. */
    minPx: number;
    /** Longest side over shortest side. */
    aspect: number;
}

export function fitOf(svg: string): Fit {
    const root = /<svg\b[^>]*>/.exec(svg)![0];
    const width = Number(/\swidth="([\d.]+)"/.exec(root)![1]);
    const height = Number(/\sheight="([\d.]+)"/.exec(root)![1]);
    const sizes = [...svg.matchAll(/font-size\s*[:=]\s*"?\s*([\d.]+)/g)].map(m => Number(m[1]));
    const minFont = Math.min(...sizes);
    const scale = Math.min((PANEL_WIDTH - 2 * PANEL_MARGIN) / width, (PANEL_HEIGHT - 2 * PANEL_MARGIN) / height);
    return { width, height, minFont, minPx: minFont * scale, aspect: Math.max(width / height, height / width) };
}

/** Ids of the groups a click on the SVG can drill into (nodes and breadcrumb). */
export function drillTargets(svg: string): string[] {
    return [...new Set([...svg.matchAll(/<g class="node group"[^>]*?data-drill="([^"]*)"/g)].map(m => m[1]))];
}

/** Ids of the element nodes in the SVG that are not context (outside the group shown). */
export function elementNodes(svg: string): string[] {
    return [...svg.matchAll(/<g class="node" data-id="([^"]+)"([^>]*)>/g)].filter(m => !m[2].includes('data-context')).map(m => m[1]);
}
