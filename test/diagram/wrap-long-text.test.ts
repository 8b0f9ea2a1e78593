// Regression from the fuzzer (seed 2, input 76): a 100,000-character name took 12 s of CPU to wrap,
// because the remainder of an over-long word was measured whole for every line.
import { describe, expect, test } from 'vitest';
import { textWidth, wrapText } from '../../src/diagram/svg-util.js';

describe('wrapText on very long text', () => {
    test('a 100,000-character word is split into lines that each fit, losing nothing', () => {
        const word = 'ab'.repeat(50_000);
        const lines = wrapText(word, 180, 12, true);
        expect(lines.join('')).toBe(word);
        for (const line of lines) expect(textWidth(line, 12, true)).toBeLessThanOrEqual(180);
        expect(lines.length).toBeGreaterThan(1000);
    });

    test('with a line limit the text is cut with an ellipsis', () => {
        const lines = wrapText('x'.repeat(100_000), 180, 12, true, 3);
        expect(lines).toHaveLength(3);
        expect(lines[2].endsWith('…')).toBe(true);
    });
});
