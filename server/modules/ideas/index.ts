import type { CocreateModule } from '../../platform/module.js';

export const ideasModule: CocreateModule = { name: 'ideas' };
