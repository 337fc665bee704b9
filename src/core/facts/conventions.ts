/**
 * How the facts count days, stated with them so that a reader of the JSON can check every number: our
 * counts are only as good as the rule they follow, and courts count in more than one way.
 */
export const DAY_COUNT_CONVENTION = {
  unit: 'calendar days, local to the jurisdiction (dates of legal events are not instants)',
  period:
    'a period counts its first day and runs up to, not including, the day of the step that ends it (that day belongs to what follows); a period still running counts the as-of day',
  partialDates:
    'a date known only to its month, season or year counts from its earliest to its latest day, so day counts are ranges { min, max }; an approximate date (~) is widened first',
  dates:
    'every date is given as recorded ("date", with its precision) beside its earliest and latest day; no day is invented',
} as const;
