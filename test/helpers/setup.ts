// Runs before every test file (vitest.config.ts). Test files share their worker's modules, so what the
// sources keep in module state is put back here to what a fresh process has: the display language
// (from the environment) and the ELK instance diagrams are laid out with (the bundled one).
import { resetLanguage } from '../../src/common/i18n.js';
import { setElk } from '../../src/diagram/layout.js';

resetLanguage();
setElk(undefined);
