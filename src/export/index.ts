// The exporters: pure functions from the semantic model (and options) to text. The CLI writes the results.
export { exportArchimate, archimateType, xmlText, type ArchimateOptions } from './archimate.js';
export { exportCsv, csvField, csvTable, BOM, CSV_SEPARATORS, type CsvSeparator, type CsvOptions } from './csv.js';
export { inventoryTables, type Table, type Cell } from './tables.js';
// exportXlsx (xlsx.ts) is imported from its own module: it loads exceljs, which the hosts that bundle this
// barrel (the language server) must not carry.
export { exportJson, SCHEMA_VERSION, type JsonExportOptions } from './json.js';
export { exportMarkdown, renderMarkdown, mdText } from './markdown.js';
export { exportHtml, renderHtml, htmlText } from './html.js';
export { exportMermaid, mermaidText, type MermaidOptions } from './mermaid.js';
export { buildDocument, type ArchitectureDocument, type DocumentOptions, type DiagramInput } from './document.js';
