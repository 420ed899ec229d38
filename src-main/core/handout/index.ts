export * from './handout-options';
export * from './format';
export * from './text-blocks';
export * from './worksheets';
export * from './action-plan';
export * from './handout-pack';
export * from './session-summary';
