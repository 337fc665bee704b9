export * from './day.ts';
export * from './duration.ts';
export * from './partial-date.ts';
export * from './describe-date.ts';
export * from './written-date.ts';
