export * from './timer';
export * from './steps';
export * from './live-schema';
export * from './live-run';
export * from './results';
export * from './slides';
export * from './audience-view';
export * from './live-state';
