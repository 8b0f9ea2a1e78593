#!/usr/bin/env node
// The spbe command: the CLI bundle (dist/cli.mjs, built by scripts/bundle.mjs), so an installed package
// needs neither the sources nor the compiled out/ tree.
import { main } from '../dist/cli.mjs';

main(process.argv.slice(2)).then(code => { process.exitCode = code; });
