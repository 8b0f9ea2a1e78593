// The smallest and largest of a list of numbers. Math.min(...values) passes every value as a call
// argument and overflows the stack beyond some 120,000 values, which a workspace of several large files
// reaches (the years of all its initiatives).

export function minOf(values: Iterable<number>, empty = Infinity): number {
    let min = empty;
    for (const v of values) if (v < min) min = v;
    return min;
}

export function maxOf(values: Iterable<number>, empty = -Infinity): number {
    let max = empty;
    for (const v of values) if (v > max) max = v;
    return max;
}
