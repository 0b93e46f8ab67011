import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const pkg = require(import.meta.url.includes('/dist/') ? '../../package.json' : '../package.json') as {
  version: string;
};

export const APP_VERSION: string = pkg.version;
