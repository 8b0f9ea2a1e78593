// mulberry32: a small, fast, seedable PRNG. The benchmark generator and the fuzzer draw from it, so the
// same seed always gives the same workspace or the same mutated inputs.

/** @param {number} seed @returns {() => number} uniform in [0, 1) */
export function mulberry32(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6D2B79F5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
