// Runs after `langium generate`: makes the TextMate keyword rule match hyphenated keywords whole.
// Langium writes `\b(k1|k2|...)\b` with the keywords in alphabetical order, so `berjalan` matched first and
// left `-di` of `berjalan-di` uncoloured, and `data` was coloured inside a name such as `data-center` (IDs
// may contain hyphens). Here the keywords are tried longest first, and a keyword must not touch a word
// character or a hyphen on either side.
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../syntaxes/spbe.tmLanguage.json', import.meta.url);
const grammar = JSON.parse(readFileSync(file, 'utf8'));
let fixed = 0;
for (const pattern of grammar.patterns) {
    const m = /^\\b\((.*)\)\\b$/.exec(pattern.match ?? '');
    if (!m || !pattern.name?.startsWith('keyword')) continue;
    const keywords = m[1].split('|').sort((a, b) => b.length - a.length || a.localeCompare(b));
    pattern.match = `(?<![\\w-])(${keywords.join('|')})(?![\\w-])`;
    fixed++;
}
if (fixed !== 1) throw new Error(`fix-textmate: expected one keyword rule in ${file.pathname}, found ${fixed}`);
writeFileSync(file, JSON.stringify(grammar, null, 2) + '\n');
