import type { CocreateModule } from '../platform/module.js';
import { identityModule } from './identity/index.js';

/** Every module of Cocreate, in the order their routes are mounted. */
export const modules: readonly CocreateModule[] = [identityModule];
