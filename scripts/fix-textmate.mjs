// Runs after `langium generate`: makes the TextMate keyword rule match hyphenated keywords whole, and
// quoted texts end at the end of their line.
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
// A quoted text ends at the end of its line (the lexer reads an unclosed one that far, see
// src/language/string-token.ts), so an unclosed quote does not colour the lines below it as text.
const strings = grammar.patterns.filter(p => p.name?.startsWith('string.quoted.double'));
if (strings.length !== 1) throw new Error(`fix-textmate: expected one string rule in ${file.pathname}, found ${strings.length}`);
strings[0].end = '"|$';
writeFileSync(file, JSON.stringify(grammar, null, 2) + '\n');
