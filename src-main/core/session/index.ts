export * from './session-schema';
export * from './new-session';
export * from './session-record';
export * from './search';
