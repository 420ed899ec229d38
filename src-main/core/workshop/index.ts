export * from './sections';
export * from './kinds';
export * from './comparison-table';
export * from './activity-schema';
export * from './workshop-schema';
export * from './bank-schema';
export * from './timing';
export * from './language';
