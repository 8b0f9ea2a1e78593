// The panel's HTML shell: a toolbar and the diagram area. The diagram itself arrives as a message.
// Strict CSP: only the extension's own script and stylesheet (by nonce / webview origin), no remote content.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { DiagramView } from '../../common/protocol.js';

export function createNonce(): string {
    return randomBytes(16).toString('base64');
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function panelHtml(webview: vscode.Webview, extensionUri: vscode.Uri, view: DiagramView): string {
    const nonce = createNonce();
    const script = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview.js'));
    const style = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'panel.css'));
    const csp = [
        `default-src 'none'`,
        `img-src ${webview.cspSource} data: blob:`,
        `style-src ${webview.cspSource} 'nonce-${nonce}'`,
        `font-src ${webview.cspSource}`,
        `script-src 'nonce-${nonce}'`
    ].join('; ');
    const t = (s: string) => escapeHtml(s);
    const l = vscode.l10n;
    const labels = {
        zoomIn: l.t('Zoom in'), zoomOut: l.t('Zoom out'), fit: l.t('Fit to window'),
        exportSvg: l.t('Export SVG'), exportPng: l.t('Export PNG'),
        focus: l.t('Focus'), depth: l.t('Depth'), year: l.t('As of year'), all: l.t('(all)'),
        domain: l.t('Domain'), unit: l.t('Unit'), muatan: l.t('Muatan'), loading: l.t('Rendering the diagram…'),
        reset: l.t('Clear filters'), view: l.t('View'), more: l.t('More tools'),
        defaultView: view === 'architecture' ? l.t('(whole architecture)') : l.t('(whole roadmap)')
    };
    const architectureOnly = view === 'architecture';
    return `<!DOCTYPE html>
<html lang="${t(vscode.env.language)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style}">
<title>${t(view)}</title>
</head>
<body data-view="${view}" data-nonce="${nonce}">
<div class="toolbar" role="toolbar">
  <button id="zoom-out" title="${t(labels.zoomOut)}" aria-label="${t(labels.zoomOut)}">−</button>
  <button id="zoom-in" title="${t(labels.zoomIn)}" aria-label="${t(labels.zoomIn)}">+</button>
  <button id="fit" title="${t(labels.fit)}">${t(labels.fit)}</button>
  <span class="sep"></span>
  <label>${t(labels.view)} <select id="view-picker"><option value="">${t(labels.defaultView)}</option></select></label>
  ${architectureOnly ? `<label>${t(labels.domain)} <select id="filter-domains"><option value="">${t(labels.all)}</option></select></label>` : `<label>${t(labels.muatan)} <select id="filter-muatan"><option value="">${t(labels.all)}</option></select></label>`}
  <label>${t(labels.unit)} <select id="filter-units"><option value="">${t(labels.all)}</option></select></label>
  ${architectureOnly ? `<label>${t(labels.focus)} <select id="filter-focus"><option value="">${t(labels.all)}</option></select></label>
  <label>${t(labels.depth)} <input id="filter-depth" type="number" min="0" max="20" size="2"></label>
  <label>${t(labels.year)} <input id="filter-year" type="number" min="1900" max="2200" size="4"></label>` : ''}
  <button id="reset">${t(labels.reset)}</button>
  <span class="sep"></span>
  <button id="export-svg">${t(labels.exportSvg)}</button>
  <button id="export-png">${t(labels.exportPng)}</button>
  <button id="toolbar-more" class="more" title="${t(labels.more)}" aria-label="${t(labels.more)}" aria-haspopup="true" aria-expanded="false" aria-controls="toolbar-overflow" hidden>⋯</button>
</div>
<div id="toolbar-overflow" class="toolbar-overflow" role="group" aria-label="${t(labels.more)}" hidden></div>
<div id="notice" class="notice" hidden></div>
<div id="viewport" class="viewport" tabindex="0">
  <div id="stage" class="stage"></div>
  <div id="message" class="message">${t(labels.loading)}</div>
</div>
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
}
