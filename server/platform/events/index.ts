export { record, recordWithin, eventBell } from './record.js';
export { EventDispatcher, type DispatcherOptions } from './dispatcher.js';
export type { EventInput, StoredEvent, Subscriber, SubscriberContext } from './types.js';
