export * from './session-schema';
export * from './new-session';
