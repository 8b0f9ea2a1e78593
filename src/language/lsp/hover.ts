// Hover: what a name or code means, without leaving the editor.
import type { AstNode, MaybePromise } from 'langium';
import { AstNodeHoverProvider } from 'langium/lsp';
import * as ast from '../generated/ast.js';
import type { ReferenceCatalog } from '../catalog.js';
import { codeLevel, levelName } from '../../reference/codes.js';
import type { SpbeServices } from '../spbe-module.js';
import { t, type DisplayLanguage } from '../../common/i18n.js';
import { DOMAIN_LABELS, domainOf } from '../labels.js';

export class SpbeHoverProvider extends AstNodeHoverProvider {
    private readonly catalog: ReferenceCatalog;
    private readonly language: DisplayLanguage;

    constructor(services: SpbeServices) {
        super(services);
        this.catalog = services.reference.Catalog;
        this.language = services.shared.environment.DisplayLanguage;
    }

    protected getAstNodeHoverContent(node: AstNode): MaybePromise<string | undefined> {
        return this.language.run(() => this.content(node));
    }

    private content(node: AstNode): string | undefined {
        if (ast.isKodeReferensi(node)) return this.codeHover(node);
        if (ast.isAplikasiUmum(node)) {
            return [
                `**${node.name}** — ${node.title ?? ''}`,
                t({ id: 'Aplikasi Umum (aplikasi bersama nasional)', en: 'Aplikasi Umum (shared national application)' }),
                node.fungsi ? `${t({ id: 'Fungsi', en: 'Function' })}: ${node.fungsi}` : '',
                node.pengampu ? `${t({ id: 'Pengampu', en: 'Owner' })}: ${node.pengampu}` : '',
                node.mencakup.length ? `${t({ id: 'Mencakup', en: 'Covers' })}: ${node.mencakup.map(r => r.$refText).join(', ')}` : '',
                node.status ? `${t({ id: 'Status penetapan', en: 'Designation' })}: ${node.status}` : '',
            ].filter(Boolean).join('\n\n');
        }
        if (ast.isElemen(node)) {
            const domain = DOMAIN_LABELS[domainOf(node)];
            const code = node.kode?.ref;
            return [
                `**${node.title ?? node.name}** (\`${node.name}\`)`,
                `${t(domain)}${node.status ? ` · ${node.status}` : ''}`,
                code ? `${code.name} — ${code.title}` : '',
                node.pemilik?.ref ? `${t({ id: 'Pemilik', en: 'Owner' })}: ${node.pemilik.ref.title ?? node.pemilik.ref.name}` : '',
                node.deskripsi ?? '',
            ].filter(Boolean).join('\n\n');
        }
        if (ast.isUnit(node)) {
            return [`**${node.title ?? node.name}** (\`${node.name}\`)`, `${t({ id: 'Unit', en: 'Unit' })}${node.jenis ? ` · ${node.jenis}` : ''}`, node.deskripsi ?? '']
                .filter(Boolean).join('\n\n');
        }
        if (ast.isInisiatif(node)) {
            const years = node.tahun ? `${node.tahun.mulai}${node.tahun.selesai !== undefined ? `–${node.tahun.selesai}` : ''}` : '?';
            return [`**${node.title ?? node.name}** (\`${node.name}\`)`,
                `${t({ id: 'Inisiatif', en: 'Initiative' })} · ${node.muatan ?? '?'} · ${years}`,
                node.pelaksana?.ref ? `${t({ id: 'Pelaksana', en: 'Owner' })}: ${node.pelaksana.ref.title ?? node.pelaksana.ref.name}` : '',
                node.deskripsi ?? ''].filter(Boolean).join('\n\n');
        }
        if (ast.isInstansi(node) || ast.isReferensi(node) || ast.isAturanIndeks(node) || ast.isTonggak(node)) {
            return `**${node.title ?? node.name}** (\`${node.name}\`)`;
        }
        return undefined;
    }

    private codeHover(node: ast.KodeReferensi): string {
        const path = this.catalog.path(node.name);
        const level = codeLevel(node.name);
        const national = node.$container && ast.isReferensi(node.$container);
        const lines = [
            `**${node.name}** — ${node.title}`,
            `${t({ id: 'Level', en: 'Level' })} ${level} (${levelName(node.name)})${national ? '' : t({ id: ' · kode instansi', en: ' · agency-defined code' })}`,
        ];
        if (path.length > 1) lines.push(path.map(k => `${k.name} ${k.title}`).join(' › '));
        if (node.status) lines.push(`${t({ id: 'Status', en: 'Status' })}: ${node.status}`);
        if (node.deskripsi) lines.push(node.deskripsi);
        return lines.join('\n\n');
    }
}
