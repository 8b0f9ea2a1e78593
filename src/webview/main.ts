// Browser code of the diagram panels: shows the SVG the extension sends, pans and zooms it (kept across
// updates), reports clicks on nodes, applies the toolbar's filters and rasterises the view for PNG export.
import type { DiagramChoices, DiagramFilters, DiagramResponse, NamedViewSummary, ToWebview, ViewTransform } from '../common/protocol.js';
import { parsePanelState } from '../common/protocol.js';
import type { Domain, Muatan } from '../common/vocabulary.js';

interface VsCodeApi {
    postMessage(message: unknown): void;
    getState(): unknown;
    setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const view = document.body.dataset.view === 'roadmap' ? 'roadmap' : 'architecture';
const nonce = document.body.dataset.nonce ?? '';
const viewport = document.getElementById('viewport') as HTMLDivElement;
const stage = document.getElementById('stage') as HTMLDivElement;
const messageBox = document.getElementById('message') as HTMLDivElement;
const notice = document.getElementById('notice') as HTMLDivElement;

const restored = parsePanelState(vscode.getState());
let filters: DiagramFilters = restored?.filters ?? {};
let transform: ViewTransform | undefined = restored?.transform;
/** The user zoomed or panned: their view is kept; otherwise the diagram is fitted to the panel on every change. */
let zoomed = restored?.zoomed === true && transform !== undefined;
let highlighted: string | undefined;
let lastResponse: DiagramResponse | undefined;
let namedViews: NamedViewSummary[] = [];

function saveState(): void {
    vscode.setState({ view, filters, transform, zoomed });
}

// ------------------------------------------------------------------ pan and zoom
function applyTransform(): void {
    if (!transform) return;
    stage.style.transform = `translate(${transform.x}px, ${transform.y}px) scale(${transform.scale})`;
    saveState();
}

function svgSize(): { width: number; height: number } | undefined {
    const svg = stage.querySelector('svg');
    if (!svg) return undefined;
    const box = svg.viewBox?.baseVal;
    const width = parseFloat(svg.getAttribute('width') ?? '') || box?.width || svg.getBoundingClientRect().width;
    const height = parseFloat(svg.getAttribute('height') ?? '') || box?.height || svg.getBoundingClientRect().height;
    return width > 0 && height > 0 ? { width, height } : undefined;
}

function fit(): void {
    zoomed = false;
    const size = svgSize();
    // A hidden panel has no size yet: it is fitted when it gets one (the resize observer below).
    if (!size || viewport.clientWidth === 0 || viewport.clientHeight === 0) return;
    const margin = 16;
    const scale = Math.min((viewport.clientWidth - 2 * margin) / size.width, (viewport.clientHeight - 2 * margin) / size.height, 2);
    const s = scale > 0 && Number.isFinite(scale) ? scale : 1;
    transform = { x: (viewport.clientWidth - size.width * s) / 2, y: margin, scale: s };
    applyTransform();
}

function zoomAt(factor: number, cx = viewport.clientWidth / 2, cy = viewport.clientHeight / 2): void {
    zoomed = true;
    const t = transform ?? { x: 0, y: 0, scale: 1 };
    const scale = Math.min(8, Math.max(0.05, t.scale * factor));
    const k = scale / t.scale;
    transform = { x: cx - (cx - t.x) * k, y: cy - (cy - t.y) * k, scale };
    applyTransform();
}

viewport.addEventListener('wheel', e => {
    e.preventDefault();
    const rect = viewport.getBoundingClientRect();
    zoomAt(e.deltaY < 0 ? 1.1 : 1 / 1.1, e.clientX - rect.left, e.clientY - rect.top);
}, { passive: false });

let drag: { x: number; y: number; moved: boolean } | undefined;
viewport.addEventListener('pointerdown', e => {
    if (e.button !== 0) return;
    drag = { x: e.clientX, y: e.clientY, moved: false };
});
window.addEventListener('pointermove', e => {
    if (!drag) return;
    const dx = e.clientX - drag.x, dy = e.clientY - drag.y;
    if (!drag.moved && Math.abs(dx) + Math.abs(dy) < 4) return;
    if (!drag.moved) viewport.setPointerCapture?.(e.pointerId);
    drag.moved = true;
    zoomed = true;
    const t = transform ?? { x: 0, y: 0, scale: 1 };
    transform = { ...t, x: t.x + dx, y: t.y + dy };
    drag.x = e.clientX;
    drag.y = e.clientY;
    applyTransform();
});
window.addEventListener('pointerup', () => {
    if (drag?.moved) {
        suppressClick = true;
        setTimeout(() => { suppressClick = false; }, 0);
    }
    drag = undefined;
});
let suppressClick = false;

viewport.addEventListener('keydown', e => {
    if (e.key === '+' || e.key === '=') zoomAt(1.2);
    else if (e.key === '-') zoomAt(1 / 1.2);
    else if (e.key === '0') fit();
    else if (e.key === 'Backspace' || (e.key === 'Escape' && overflowMenu?.hidden !== false)) {
        // Up one level of the drill-down: the breadcrumb's last step (Escape closes an open toolbar menu instead).
        const crumbs = stage.querySelectorAll('.crumb[data-drill]');
        const up = crumbs[crumbs.length - 1]?.getAttribute('data-drill');
        if (up !== null && up !== undefined) drillTo(up);
    }
});
document.getElementById('zoom-in')?.addEventListener('click', () => zoomAt(1.2));
document.getElementById('zoom-out')?.addEventListener('click', () => zoomAt(1 / 1.2));
document.getElementById('fit')?.addEventListener('click', fit);

// ------------------------------------------------------------------ clicks and highlight
function nodeOf(target: EventTarget | null): Element | undefined {
    return (target instanceof Element ? target.closest('[data-id]') : null) ?? undefined;
}

stage.addEventListener('click', e => {
    if (suppressClick) return;
    // A group of the architecture overview (or a step of its breadcrumb) opens that level of the
    // drill-down; an element reveals its definition.
    const group = (e.target instanceof Element ? e.target.closest('[data-drill]') : null)?.getAttribute('data-drill');
    if (group !== null && group !== undefined) { drillTo(group); return; }
    const id = nodeOf(e.target)?.getAttribute('data-id');
    if (id) vscode.postMessage({ type: 'reveal', id });
});

/** Shows a group of the drill-down ('' for the overview); the level that arrives is fitted to the panel. */
let fitNextRender = false;
function drillTo(group: string): void {
    const next: DiagramFilters = { ...filters, drill: group };
    if (!group) delete next.drill;
    filters = next;
    fitNextRender = true;
    saveState();
    vscode.postMessage({ type: 'filters', filters });
}

function cssEscape(id: string): string {
    return typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(id) : id.replace(/["\\]/g, '\\$&');
}

function highlight(id: string | undefined): void {
    highlighted = id;
    for (const el of stage.querySelectorAll('.spbe-highlight')) el.classList.remove('spbe-highlight');
    const nodes = id ? [...stage.querySelectorAll(`[data-id="${cssEscape(id)}"]`)] : [];
    for (const el of nodes) el.classList.add('spbe-highlight');
    vscode.postMessage({ type: 'highlighted', id: nodes.length > 0 ? id : undefined });
    emphasise();
}

// ------------------------------------------------------------------ emphasis
// The element under the pointer, else the one under the editor's cursor, else the view's focus, stands
// out (a halo); its relations and the elements at their other ends stay as they are, everything else is
// dimmed a little. Only the panel does this: exported diagrams are drawn as they are.
let hovered: string | undefined;

function emphasise(): void {
    const svg = stage.querySelector('svg');
    if (!svg) return;
    for (const el of svg.querySelectorAll('.spbe-on, .spbe-near')) el.classList.remove('spbe-on', 'spbe-near');
    const id = [hovered, highlighted, filters.focus].find(c => c !== undefined && svg.querySelector(`[data-id="${cssEscape(c)}"]`));
    svg.classList.toggle('spbe-emphasis', id !== undefined);
    if (id === undefined) return;
    const key = cssEscape(id);
    for (const el of svg.querySelectorAll(`[data-id="${key}"]`)) el.classList.add('spbe-on');
    for (const rel of svg.querySelectorAll(`[data-from="${key}"], [data-to="${key}"]`)) {
        rel.classList.add('spbe-near');
        const other = rel.getAttribute('data-from') === id ? rel.getAttribute('data-to') : rel.getAttribute('data-from');
        if (other) for (const el of svg.querySelectorAll(`[data-id="${cssEscape(other)}"]`)) el.classList.add('spbe-near');
    }
}

stage.addEventListener('pointerover', e => {
    if (drag) return;   // panning: the pointer crosses elements without pointing at them
    const id = nodeOf(e.target)?.getAttribute('data-id') ?? undefined;
    // Relations (arrows, edges) have ids too, but hovering one should not hide the rest.
    const isRelation = nodeOf(e.target)?.hasAttribute('data-from');
    const next = isRelation ? hovered : id;
    if (next !== hovered) { hovered = next; emphasise(); }
});
stage.addEventListener('pointerleave', () => { if (hovered !== undefined) { hovered = undefined; emphasise(); } });

// ------------------------------------------------------------------ toolbar
// At narrow widths the toolbar does not wrap onto more rows: what does not fit moves, from the end,
// into a menu behind a "more" button. Zoom and fit always stay.
const toolbar = document.querySelector('.toolbar') as HTMLDivElement | null;
const moreButton = document.getElementById('toolbar-more') as HTMLButtonElement | null;
const overflowMenu = document.getElementById('toolbar-overflow') as HTMLDivElement | null;
const toolbarItems = toolbar ? [...toolbar.children].filter(el => el !== moreButton) as HTMLElement[] : [];
const PINNED = new Set(['zoom-out', 'zoom-in', 'fit']);

function layoutToolbar(): void {
    if (!toolbar || !moreButton || !overflowMenu) return;
    for (const el of toolbarItems) toolbar.insertBefore(el, moreButton);
    moreButton.hidden = true;
    if (toolbar.scrollWidth <= toolbar.clientWidth) {
        overflowMenu.hidden = true;
        moreButton.setAttribute('aria-expanded', 'false');
        return;
    }
    moreButton.hidden = false;
    const movable = toolbarItems.filter(el => !PINNED.has(el.id));
    while (toolbar.scrollWidth > toolbar.clientWidth && movable.length > 0) overflowMenu.prepend(movable.pop()!);
    // A separator left at the end of the toolbar separates nothing.
    while (movable.length > 0 && movable[movable.length - 1].classList.contains('sep')) overflowMenu.prepend(movable.pop()!);
}

moreButton?.addEventListener('click', () => {
    if (!overflowMenu) return;
    overflowMenu.hidden = !overflowMenu.hidden;
    moreButton.setAttribute('aria-expanded', String(!overflowMenu.hidden));
});
document.addEventListener('pointerdown', e => {
    if (!overflowMenu || overflowMenu.hidden || !(e.target instanceof Node)) return;
    if (!overflowMenu.contains(e.target) && !moreButton?.contains(e.target)) {
        overflowMenu.hidden = true;
        moreButton?.setAttribute('aria-expanded', 'false');
    }
});
document.addEventListener('keydown', e => {
    if (e.key === 'Escape' && overflowMenu && !overflowMenu.hidden) {
        overflowMenu.hidden = true;
        moreButton?.setAttribute('aria-expanded', 'false');
        moreButton?.focus();
    }
});

// ------------------------------------------------------------------ toolbar filters
function fillSelect(id: string, options: { id: string; name: string }[], selected: string | undefined): void {
    const select = document.getElementById(id) as HTMLSelectElement | null;
    if (!select) return;
    const first = select.options[0];
    select.replaceChildren(first);
    for (const option of options) {
        const el = document.createElement('option');
        el.value = option.id;
        el.textContent = option.name === option.id ? option.id : `${option.name} (${option.id})`;
        select.append(el);
    }
    select.value = selected && options.some(o => o.id === selected) ? selected : '';
}

/** The view picker: the named views of the model (title and id; the description as a tooltip). */
function fillViewPicker(): void {
    fillSelect('view-picker', namedViews.map(v => ({ id: v.id, name: v.title })), filters.view);
    const select = document.getElementById('view-picker') as HTMLSelectElement | null;
    for (const option of select ? [...select.options] : []) {
        const view = namedViews.find(v => v.id === option.value);
        if (view?.description) option.title = view.description;
    }
}

function fillToolbar(choices: DiagramChoices): void {
    fillViewPicker();
    const named = (ids: string[]) => ids.map(id => ({ id, name: id }));
    fillSelect('filter-domains', named(choices.domains), filters.domains?.[0]);
    fillSelect('filter-muatan', named(choices.muatan), filters.muatan?.[0]);
    fillSelect('filter-units', choices.units, filters.units?.[0]);
    fillSelect('filter-focus', choices.elements, filters.focus);
    const depth = document.getElementById('filter-depth') as HTMLInputElement | null;
    if (depth) depth.value = filters.depth !== undefined ? String(filters.depth) : '';
    const year = document.getElementById('filter-year') as HTMLInputElement | null;
    if (year) {
        year.value = filters.year !== undefined ? String(filters.year) : '';
        if (choices.period) { year.min = String(choices.period.start - 5); year.max = String(choices.period.end + 5); }
    }
}

function readToolbar(): DiagramFilters {
    const value = (id: string) => (document.getElementById(id) as HTMLInputElement | HTMLSelectElement | null)?.value ?? '';
    const next: DiagramFilters = {};
    const list = (id: string) => value(id) ? [value(id)] : undefined;
    const domains = list('filter-domains'), units = list('filter-units'), muatan = list('filter-muatan');
    // The lists offer only the server's choices; the extension checks the message anyway (parseWebviewMessage).
    if (domains) next.domains = domains as Domain[];
    if (units) next.units = units;
    if (muatan) next.muatan = muatan as Muatan[];
    if (value('filter-focus')) next.focus = value('filter-focus');
    const depth = parseInt(value('filter-depth'), 10);
    if (Number.isFinite(depth) && depth >= 0) next.depth = depth;
    const year = parseInt(value('filter-year'), 10);
    if (Number.isFinite(year)) next.year = year;
    if (value('view-picker')) next.view = value('view-picker');
    return next;
}

// Another view starts from its own selection: the other filters are cleared.
document.getElementById('view-picker')?.addEventListener('change', () => {
    const view = (document.getElementById('view-picker') as HTMLSelectElement).value;
    filters = view ? { view } : {};
    if (lastResponse) fillToolbar(lastResponse.choices);
    saveState();
    vscode.postMessage({ type: 'filters', filters });
});

for (const id of ['filter-domains', 'filter-muatan', 'filter-units', 'filter-focus', 'filter-depth', 'filter-year']) {
    document.getElementById(id)?.addEventListener('change', () => {
        filters = readToolbar();
        saveState();
        vscode.postMessage({ type: 'filters', filters });
    });
}
document.getElementById('reset')?.addEventListener('click', () => {
    filters = {};
    if (lastResponse) fillToolbar(lastResponse.choices);
    saveState();
    vscode.postMessage({ type: 'filters', filters });
});
document.getElementById('export-svg')?.addEventListener('click', () => vscode.postMessage({ type: 'export', format: 'svg' }));
document.getElementById('export-png')?.addEventListener('click', () => vscode.postMessage({ type: 'export', format: 'png' }));

// ------------------------------------------------------------------ rendering
/** Parses the SVG text into a detached element; scripts and event-handler attributes are dropped. */
function toSvgElement(svgText: string): SVGSVGElement | undefined {
    const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
    const root = doc.documentElement;
    if (root.nodeName !== 'svg' || doc.querySelector('parsererror')) return undefined;
    for (const el of root.querySelectorAll('script, foreignObject')) el.remove();
    for (const el of [root, ...root.querySelectorAll('*')]) {
        for (const attr of [...el.attributes]) if (/^on/i.test(attr.name)) el.removeAttribute(attr.name);
    }
    // The SVG's own <style> is allowed by the panel's CSP through its nonce.
    for (const style of root.querySelectorAll('style')) style.setAttribute('nonce', nonce);
    return document.importNode(root, true) as unknown as SVGSVGElement;
}

function render(version: number, response: DiagramResponse, nextFilters: DiagramFilters): void {
    lastResponse = response;
    filters = nextFilters;
    fillToolbar(response.choices);
    layoutToolbar();
    notice.hidden = !response.notice;
    notice.textContent = response.notice ?? '';
    const svg = response.svg ? toSvgElement(response.svg) : undefined;
    if (!svg) {
        stage.replaceChildren();
        messageBox.hidden = false;
        messageBox.textContent = response.error ?? 'The diagram could not be shown.';
        messageBox.classList.add('error');
    } else {
        messageBox.hidden = true;
        messageBox.classList.remove('error');
        stage.replaceChildren(svg);
        // Fitted unless the user zoomed or panned (then their view is kept across updates and reloads);
        // a new level of the drill-down is always fitted.
        if (!zoomed || fitNextRender) fit();
        else applyTransform();
        fitNextRender = false;
        highlight(highlighted);
    }
    saveState();
    const ids = [...new Set([...stage.querySelectorAll('[data-id]')].map(el => el.getAttribute('data-id') ?? ''))].filter(Boolean);
    vscode.postMessage({ type: 'rendered', version, ids, transform: transform ?? { x: 0, y: 0, scale: 1 }, zoomed });
}

async function rasterize(requestId: number): Promise<void> {
    try {
        const size = svgSize();
        const svg = stage.querySelector('svg');
        if (!svg || !size) throw new Error('no diagram');
        const scale = 2;
        const text = new XMLSerializer().serializeToString(svg);
        const image = new Image();
        const loaded = new Promise<void>((resolve, reject) => { image.onload = () => resolve(); image.onerror = () => reject(new Error('the SVG could not be loaded as an image')); });
        image.src = 'data:image/svg+xml;base64,' + btoa(unescape(encodeURIComponent(text)));
        await loaded;
        const canvas = document.createElement('canvas');
        canvas.width = Math.ceil(size.width * scale);
        canvas.height = Math.ceil(size.height * scale);
        const ctx = canvas.getContext('2d');
        if (!ctx) throw new Error('no canvas');
        ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
        vscode.postMessage({ type: 'rasterized', requestId, dataUrl: canvas.toDataURL('image/png') });
    } catch (err) {
        vscode.postMessage({ type: 'rasterized', requestId, error: String((err as Error)?.message ?? err) });
    }
}

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
    const message = event.data;
    if (typeof message !== 'object' || message === null) return;
    switch (message.type) {
        case 'render': render(message.version, message.response, message.filters); break;
        case 'views': namedViews = Array.isArray(message.views) ? message.views : []; fillViewPicker(); break;
        case 'highlight': if (message.id !== highlighted) highlight(message.id); break;
        case 'rasterize': void rasterize(message.requestId); break;
        case 'test:zoom': if (typeof message.factor === 'number' && message.factor > 0) zoomAt(message.factor); break;
        case 'test:click': {
            const el = stage.querySelector(`[data-id="${cssEscape(message.id)}"]`);
            el?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));
            break;
        }
    }
});

// A resized panel (a split editor, a window made smaller, a panel shown again) keeps the diagram fitted.
new ResizeObserver(() => {
    if (!zoomed) fit();
    layoutToolbar();
}).observe(viewport);
if (transform && zoomed) applyTransform();
layoutToolbar();
vscode.postMessage({ type: 'ready' });
