import type { CocreateModule } from '../../platform/module.js';

export const casesModule: CocreateModule = { name: 'cases' };
