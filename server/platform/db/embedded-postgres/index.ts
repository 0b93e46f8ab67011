export {
  startEmbeddedServer,
  type EmbeddedServer,
  type EmbeddedStart,
  type EmbeddedOptions,
} from './embedded-server.js';
