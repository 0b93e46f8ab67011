import type { CocreateModule } from '../../platform/module.js';

export const surveysModule: CocreateModule = { name: 'surveys' };
