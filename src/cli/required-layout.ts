// elkjs in the calling thread for the Node CLI, loaded with require(): importing the 1.5 MB CommonJS file as
// an ES module made Node scan all of it for its exports first (~200 ms of every render and export).
import { createRequire } from 'node:module';
import { InProcessLayout } from '../diagram/layout.js';

export const requiredLayout = new InProcessLayout(async () => createRequire(import.meta.url)('elkjs/lib/elk.bundled.js'));
