// docs/rules.md is the one place rules are documented: every registered rule has a row there with its
// default severity, and the page names no rule that does not exist.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ALL_RULES } from '../../../src/language/validation/rules.js';
import { ROOT } from '../../helpers/services.js';

const doc = fs.readFileSync(path.join(ROOT, 'docs/rules.md'), 'utf8');
const rows = new Map([...doc.matchAll(/^\| (SPBE-[A-Z]\d\d) \| (\w+) \|/gm)].map(m => [m[1], m[2]]));

describe('docs/rules.md', () => {
    test('documents every rule with its default severity', () => {
        expect(Object.fromEntries(rows)).toEqual(Object.fromEntries(ALL_RULES.map(r => [r.id, r.severity])));
    });
});
