import type { CocreateModule } from '../platform/module.js';

/** Every module of Cocreate, in the order their routes are mounted. */
export const modules: readonly CocreateModule[] = [];
