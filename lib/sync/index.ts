/** Pure sync client: the background service worker plugs its Dexie outbox and alarms into it. */
export * from './outbox';
export * from './backoff';
export * from './http-client';
export * from './server-error';
export * from './push-request';
export * from './drain-outbox';
export * from './pull';
export * from './memory-outbox';
