export * from './day.ts';
export * from './duration.ts';
export * from './partial-date.ts';
export * from './describe-date.ts';
