// Outline and completion icons: each declaration kind gets a distinct symbol kind.
import type { AstNode, AstNodeDescription } from 'langium';
import { DefaultNodeKindProvider } from 'langium/lsp';
import { CompletionItemKind, SymbolKind } from 'vscode-languageserver-types';

const SYMBOLS: Record<string, SymbolKind> = {
    Instansi: SymbolKind.Module, Unit: SymbolKind.Struct,
    Proses: SymbolKind.Function, Data: SymbolKind.Field, Layanan: SymbolKind.Interface, Aplikasi: SymbolKind.Class,
    Infrastruktur: SymbolKind.Package, Keamanan: SymbolKind.Key,
    PetaRencana: SymbolKind.Namespace, Inisiatif: SymbolKind.Event, Tonggak: SymbolKind.Constant,
    Referensi: SymbolKind.Namespace, KodeReferensi: SymbolKind.EnumMember, AplikasiUmum: SymbolKind.Class,
    AturanIndeks: SymbolKind.Namespace, Penilaian: SymbolKind.Object, Tampilan: SymbolKind.Array,
};
const COMPLETIONS: Record<string, CompletionItemKind> = {
    Instansi: CompletionItemKind.Module, Unit: CompletionItemKind.Struct,
    Proses: CompletionItemKind.Function, Data: CompletionItemKind.Field, Layanan: CompletionItemKind.Interface,
    Aplikasi: CompletionItemKind.Class, Infrastruktur: CompletionItemKind.Module, Keamanan: CompletionItemKind.Property,
    Inisiatif: CompletionItemKind.Event, KodeReferensi: CompletionItemKind.EnumMember, AplikasiUmum: CompletionItemKind.Class,
};

function typeOf(node: AstNode | AstNodeDescription): string {
    return 'type' in node && typeof node.type === 'string' ? node.type : (node as AstNode).$type;
}

export class SpbeNodeKindProvider extends DefaultNodeKindProvider {
    override getSymbolKind(node: AstNode | AstNodeDescription): SymbolKind {
        return SYMBOLS[typeOf(node)] ?? SymbolKind.Field;
    }
    override getCompletionItemKind(node: AstNode | AstNodeDescription): CompletionItemKind {
        return COMPLETIONS[typeOf(node)] ?? CompletionItemKind.Reference;
    }
}
