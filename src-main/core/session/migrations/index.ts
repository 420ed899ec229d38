export * from './migrate';
export * from './session-migrations';
export * from './library-migrations';
