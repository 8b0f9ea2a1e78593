// Colours and shapes of the diagrams: one palette per VS Code theme kind, a colour and shape per
// domain (architecture) and per muatan (roadmap). Colours are chosen to stay distinguishable for
// the common colour-vision deficiencies; shape and line style carry the meaning too, never colour alone.
import type { Domain, Muatan } from '../model/types.js';
import { DOMAIN_TITLES, MUATAN_TITLES } from '../model/labels.js';
import type { ThemeName } from '../common/view-options.js';

export type { ThemeName } from '../common/view-options.js';

export interface Palette {
    background: string;
    text: string;
    mutedText: string;
    nodeFill: string;
    border: string;
    band: string;
    bandAlt: string;
    edge: string;
    grid: string;
    error: string;
    warning: string;
    today: string;
    milestone: string;
    domain: Record<Domain, { stroke: string; fill: string }>;
    muatan: Record<Muatan, { stroke: string; fill: string }>;
}

const LIGHT: Palette = {
    background: '#ffffff', text: '#1f2328', mutedText: '#57606a', nodeFill: '#ffffff', border: '#8c959f',
    band: '#f6f8fa', bandAlt: '#eef1f4', edge: '#57606a', grid: '#d0d7de', error: '#cf222e', warning: '#9a6700',
    today: '#cf222e', milestone: '#8250df',
    domain: {
        layanan: { stroke: '#0969da', fill: '#ddf4ff' },
        proses: { stroke: '#1a7f37', fill: '#dafbe1' },
        data: { stroke: '#9a6700', fill: '#fff8c5' },
        aplikasi: { stroke: '#8250df', fill: '#fbefff' },
        infrastruktur: { stroke: '#57606a', fill: '#eaeef2' },
        keamanan: { stroke: '#cf222e', fill: '#ffebe9' },
    },
    muatan: {
        'tata-kelola': { stroke: '#0969da', fill: '#ddf4ff' },
        manajemen: { stroke: '#1a7f37', fill: '#dafbe1' },
        layanan: { stroke: '#bc4c00', fill: '#fff1e5' },
        infrastruktur: { stroke: '#57606a', fill: '#eaeef2' },
        aplikasi: { stroke: '#8250df', fill: '#fbefff' },
        keamanan: { stroke: '#cf222e', fill: '#ffebe9' },
        'audit-tik': { stroke: '#9a6700', fill: '#fff8c5' },
    },
};

const DARK: Palette = {
    background: '#1e1e1e', text: '#e6edf3', mutedText: '#9198a1', nodeFill: '#262c36', border: '#6e7681',
    band: '#22272e', bandAlt: '#2a3038', edge: '#9198a1', grid: '#3d444d', error: '#ff7b72', warning: '#d29922',
    today: '#ff7b72', milestone: '#d2a8ff',
    domain: {
        layanan: { stroke: '#58a6ff', fill: '#0c2d6b' },
        proses: { stroke: '#3fb950', fill: '#0f3d1f' },
        data: { stroke: '#d29922', fill: '#3b2e0a' },
        aplikasi: { stroke: '#bc8cff', fill: '#2e1a4f' },
        infrastruktur: { stroke: '#9198a1', fill: '#2d333b' },
        keamanan: { stroke: '#ff7b72', fill: '#4b1618' },
    },
    muatan: {
        'tata-kelola': { stroke: '#58a6ff', fill: '#0c2d6b' },
        manajemen: { stroke: '#3fb950', fill: '#0f3d1f' },
        layanan: { stroke: '#f0883e', fill: '#3d2008' },
        infrastruktur: { stroke: '#9198a1', fill: '#2d333b' },
        aplikasi: { stroke: '#bc8cff', fill: '#2e1a4f' },
        keamanan: { stroke: '#ff7b72', fill: '#4b1618' },
        'audit-tik': { stroke: '#d29922', fill: '#3b2e0a' },
    },
};

// High contrast: black background, white text, saturated strokes; architecture nodes are not tinted.
const HC_STROKE = { layanan: '#4fc1ff', proses: '#89d185', data: '#ffd700', aplikasi: '#d7a6ff', infrastruktur: '#ffffff', keamanan: '#ff6b6b' };
const HIGH_CONTRAST: Palette = {
    background: '#000000', text: '#ffffff', mutedText: '#ffffff', nodeFill: '#000000', border: '#ffffff',
    band: '#000000', bandAlt: '#0b0b0b', edge: '#ffffff', grid: '#6fc3df', error: '#ff6b6b', warning: '#ffd700',
    today: '#ff6b6b', milestone: '#d7a6ff',
    domain: Object.fromEntries(Object.entries(HC_STROKE).map(([d, s]) => [d, { stroke: s, fill: '#000000' }])) as Palette['domain'],
    // Dark tints rather than black: a roadmap bar that has started is filled, one not started is hollow
    // (black), and white text keeps a contrast above 12:1 on every tint.
    muatan: {
        'tata-kelola': { stroke: '#4fc1ff', fill: '#00283d' },
        manajemen: { stroke: '#89d185', fill: '#0e2a0c' },
        layanan: { stroke: '#ffa657', fill: '#3a1d00' },
        infrastruktur: { stroke: '#ffffff', fill: '#2b2b2b' },
        aplikasi: { stroke: '#d7a6ff', fill: '#2a1240' },
        keamanan: { stroke: '#ff6b6b', fill: '#3d0b0b' },
        'audit-tik': { stroke: '#ffd700', fill: '#2e2a00' },
    },
};

export function palette(theme: ThemeName | undefined): Palette {
    switch (theme ?? 'light') {
        case 'dark': return DARK;
        case 'high-contrast': return HIGH_CONTRAST;
        case 'light': return LIGHT;
        default: throw new DiagramOptionError(`unknown theme '${String(theme)}': use light, dark or high-contrast`);
    }
}

/** A view option that cannot be honoured (unknown focus element, bad date, ...). */
export class DiagramOptionError extends Error {}

/** Diagram labels are Indonesian, the regulation's language. */
export const DOMAIN_NAMES = Object.fromEntries(Object.entries(DOMAIN_TITLES).map(([d, t]) => [d, t.id])) as Record<Domain, string>;
export const MUATAN_NAMES = Object.fromEntries(Object.entries(MUATAN_TITLES).map(([m, t]) => [m, t.id])) as Record<Muatan, string>;

/** Outline path of a domain's node shape in a w x h box at the origin. */
export function domainShape(domain: Domain, w: number, h: number): string {
    const f = (n: number) => String(Math.round(n * 100) / 100);
    switch (domain) {
        case 'layanan': {      // pill: rounded ends
            const r = Math.min(16, h / 2);
            return `M${f(r)},0 H${f(w - r)} A${f(r)},${f(r)} 0 0 1 ${f(w)},${f(r)} V${f(h - r)} A${f(r)},${f(r)} 0 0 1 ${f(w - r)},${f(h)} H${f(r)} A${f(r)},${f(r)} 0 0 1 0,${f(h - r)} V${f(r)} A${f(r)},${f(r)} 0 0 1 ${f(r)},0 Z`;
        }
        case 'proses':         // chevron: pointed right side, notched left side
            return `M0,0 H${f(w - 12)} L${f(w)},${f(h / 2)} L${f(w - 12)},${f(h)} H0 L10,${f(h / 2)} Z`;
        case 'data':           // cylinder: curved top and bottom
            return `M0,6 A${f(w / 2)},6 0 0 1 ${f(w)},6 V${f(h - 6)} A${f(w / 2)},6 0 0 1 0,${f(h - 6)} Z M0,6 A${f(w / 2)},6 0 0 0 ${f(w)},6`;
        case 'aplikasi':       // component: box with two tabs on the left edge
            return `M8,0 H${f(w)} V${f(h)} H8 V32 H0 V24 H8 V20 H0 V12 H8 Z`;
        case 'infrastruktur':  // node: a box with depth
            return `M0,6 L6,0 H${f(w)} V${f(h - 6)} L${f(w - 6)},${f(h)} H0 Z M0,6 H${f(w - 6)} V${f(h)} M${f(w - 6)},6 L${f(w)},0`;
        case 'keamanan':       // shield-like octagon: cut corners
            return `M10,0 H${f(w - 10)} L${f(w)},10 V${f(h - 10)} L${f(w - 10)},${f(h)} H10 L0,${f(h - 10)} V10 Z`;
    }
}
