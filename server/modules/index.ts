import type { CocreateModule } from '../platform/module.js';
import { casesModule } from './cases/index.js';
import { filesModule } from './files/index.js';
import { identityModule } from './identity/index.js';
import { ideasModule } from './ideas/index.js';
import { notificationsModule } from './notifications/index.js';
import { surveysModule } from './surveys/index.js';

/** Every module of Cocreate, in the order their routes are mounted (identity first: it authenticates). */
export const modules: readonly CocreateModule[] = [
  identityModule,
  filesModule,
  notificationsModule,
  ideasModule,
  surveysModule,
  casesModule,
];
