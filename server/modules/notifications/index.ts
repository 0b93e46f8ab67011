import type { CocreateModule } from '../../platform/module.js';

export const notificationsModule: CocreateModule = { name: 'notifications' };
