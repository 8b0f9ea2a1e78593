// The diagram panels' HTML: the Content-Security-Policy allows no inline script without the nonce, no
// eval, and no remote resource; every script element carries the nonce; the nonce changes per panel.
// (The panel's messages are checked in protocol.test.ts; here `vscode` is replaced by the little of it
// that panelHtml uses.)
import { describe, expect, test, vi } from 'vitest';

vi.mock('vscode', () => {
    const joinPath = (base: { path: string }, ...parts: string[]) => ({ path: [base.path, ...parts].join('/'), toString() { return this.path; } });
    return {
        Uri: { joinPath },
        l10n: { t: (s: string) => s },
        env: { language: 'en"><script>alert(1)</script>' },
    };
});

const webview = {
    cspSource: 'https://webview.example',
    asWebviewUri: (uri: { path: string }) => `https://webview.example${uri.path}`,
};

async function html(view: 'architecture' | 'roadmap'): Promise<string> {
    const { panelHtml } = await import('../../src/extension/panels/html.js');
    return panelHtml(webview as never, { path: '/ext' } as never, view);
}

function csp(page: string): Map<string, string[]> {
    const content = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)?.[1];
    expect(content).toBeDefined();
    return new Map(content!.split(';').map(d => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
}

describe('diagram panel HTML', () => {
    test.each(['architecture', 'roadmap'] as const)('%s: the CSP allows only the nonce-bearing script and the webview origin', async view => {
        const page = await html(view);
        const policy = csp(page);
        expect(policy.get('default-src')).toEqual(["'none'"]);
        const scripts = policy.get('script-src')!;
        expect(scripts).toHaveLength(1);
        expect(scripts[0]).toMatch(/^'nonce-[A-Za-z0-9+/=]{16,}'$/);
        for (const [name, values] of policy) {
            for (const v of values) {
                expect(v, `${name} ${v}`).not.toMatch(/unsafe-inline|unsafe-eval|^\*$|^https?:$|^http:/);
                // Only the webview's own origin, data:/blob: images, and nonces; no other host.
                expect([webview.cspSource, 'data:', 'blob:', "'none'", "'self'"].includes(v) || /^'nonce-/.test(v), `${name} ${v}`).toBe(true);
            }
        }
        const nonce = scripts[0].slice("'nonce-".length, -1);
        const tags = [...page.matchAll(/<script\b[^>]*>/g)].map(m => m[0]);
        expect(tags.length).toBeGreaterThan(0);
        for (const tag of tags) expect(tag).toContain(`nonce="${nonce}"`);
        // No inline script bodies and no inline event handlers in the shell.
        expect(page).not.toMatch(/<script\b[^>]*>[^<\s]/);
        expect(page).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
        // Text from the environment is escaped.
        expect(page).not.toContain('<script>alert(1)</script>');
    });

    test('each panel gets a fresh nonce', async () => {
        const a = csp(await html('architecture')).get('script-src')![0];
        const b = csp(await html('architecture')).get('script-src')![0];
        expect(a).not.toBe(b);
    });
});
