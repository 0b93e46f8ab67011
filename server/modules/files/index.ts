import type { CocreateModule } from '../../platform/module.js';

export const filesModule: CocreateModule = { name: 'files' };
