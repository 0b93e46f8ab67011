export {
  startEmbeddedServer,
  clusterDirOf,
  passwordFileOf,
  type EmbeddedServer,
  type EmbeddedStart,
  type EmbeddedOptions,
} from './embedded-server.js';
