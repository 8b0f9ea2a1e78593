// Comparing two versions of an architecture: the diff of their semantic models, its text, JSON and Markdown
// forms, and the combined model the diagram draws as a diff view.
export * from './compare.js';
export { diffJson, diffMarkdown, diffText, relationText, type DiffLabels } from './format.js';
export { overlayModel, type DiffMark, type DiffMarks } from './overlay.js';
