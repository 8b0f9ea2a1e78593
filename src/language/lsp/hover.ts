// Hover: what a name or code means, without leaving the editor.
import type { AstNode, MaybePromise } from 'langium';
import { AstNodeHoverProvider } from 'langium/lsp';
import * as ast from '../generated/ast.js';
import type { ReferenceCatalog } from '../catalog.js';
import { codeLevel, levelName } from '../../reference/codes.js';
import type { SpbeServices } from '../spbe-module.js';
import { t, type DisplayLanguage } from '../../common/i18n.js';
import { DOMAIN_LABELS, domainOf } from '../labels.js';
import { readViewRules, viewKindOf, viewYearOf, writtenName } from '../view-ast.js';
import { resolveView } from '../view-rules.js';
import type { WorkspaceFactsProvider } from '../validation/workspace-facts.js';

export class SpbeHoverProvider extends AstNodeHoverProvider {
    private readonly catalog: ReferenceCatalog;
    private readonly language: DisplayLanguage;
    private readonly facts: WorkspaceFactsProvider;

    constructor(services: SpbeServices) {
        super(services);
        this.catalog = services.reference.Catalog;
        this.language = services.shared.environment.DisplayLanguage;
        this.facts = services.validation.WorkspaceFacts;
    }

    protected getAstNodeHoverContent(node: AstNode): MaybePromise<string | undefined> {
        return this.language.run(() => this.content(node));
    }

    private content(node: AstNode): string | undefined {
        if (ast.isKodeReferensi(node)) return this.codeHover(node);
        if (ast.isTampilan(node)) return this.viewHover(node);
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
                code ? [code.name, code.title].filter(Boolean).join(' — ') : '',
                node.pemilik?.ref ? `${t({ id: 'Pemilik', en: 'Owner' })}: ${node.pemilik.ref.title ?? node.pemilik.ref.name}` : '',
                node.deskripsi ?? '',
            ].filter(Boolean).join('\n\n');
        }
        if (ast.isUnit(node)) {
            return [`**${node.title ?? node.name}** (\`${node.name}\`)`, `${t({ id: 'Unit', en: 'Unit' })}${node.jenis ? ` · ${node.jenis}` : ''}`, node.deskripsi ?? '']
                .filter(Boolean).join('\n\n');
        }
        if (ast.isInisiatif(node)) {
            // A range whose start was lost to a syntax error (`tahun -5`) shows as unknown.
            const years = node.tahun?.mulai !== undefined ? `${node.tahun.mulai}${node.tahun.selesai !== undefined ? `–${node.tahun.selesai}` : ''}` : '?';
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

    /** A named view: its title, kind, how much it shows in the workspace as it is now, and its description. */
    private viewHover(node: ast.Tampilan): string {
        const kind = viewKindOf(node);
        const shown = resolveView(this.facts.get().viewInput, { kind, rules: readViewRules(node, writtenName) }).ids.length;
        const what = kind === 'architecture'
            ? t({ id: `Tampilan arsitektur · ${shown} elemen`, en: `Architecture view · ${shown} element${shown === 1 ? '' : 's'}` })
            : t({ id: `Tampilan peta rencana · ${shown} inisiatif`, en: `Roadmap view · ${shown} initiative${shown === 1 ? '' : 's'}` });
        const year = viewYearOf(node);
        return [`**${node.title ?? node.name}** (\`${node.name}\`)`, `${what}${year !== undefined && kind === 'architecture' ? t({ id: ` · akhir tahun ${year}`, en: ` · as of the end of ${year}` }) : ''}`,
            node.deskripsi[0] ?? ''].filter(Boolean).join('\n\n');
    }

    private codeHover(node: ast.KodeReferensi): string {
        const path = this.catalog.path(node.name);
        const level = codeLevel(node.name);
        const national = node.$container && ast.isReferensi(node.$container);
        const lines = [
            // The title is missing when a syntax error cut the declaration short.
            [`**${node.name}**`, node.title].filter(Boolean).join(' — '),
            `${t({ id: 'Level', en: 'Level' })} ${level} (${levelName(node.name)})${national ? '' : t({ id: ' · kode instansi', en: ' · agency-defined code' })}`,
        ];
        if (path.length > 1) lines.push(path.map(k => [k.name, k.title].filter(Boolean).join(' ')).join(' › '));
        if (node.status) lines.push(`${t({ id: 'Status', en: 'Status' })}: ${node.status}`);
        if (node.deskripsi) lines.push(node.deskripsi);
        return lines.join('\n\n');
    }
}
