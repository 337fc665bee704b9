import { useId } from 'react';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import type { Day } from '../../../../../src/core/dates/day.ts';
import { formatMonth, formatPartialDate } from '../../../lib/format.ts';
import {
  dateSpan,
  dayScale,
  dayX,
  intervalGeometry,
  linkPath,
  markGeometry,
  spanMiddle,
  type DayScale,
} from '../../../lib/timeline-geometry.ts';
import { articleText } from './record-names.ts';
import { LANES, rowDates, type Lane, type TimelineLink, type TimelineRow } from './timeline-rows.ts';

const WIDTH = 960;
const LABEL = 170;
const AXIS = 28;
const LANE_HEAD = 22;
const ROW = 26;
const BAR = 12;

/** The colour of each lane: each at least 3:1 against the white page (WCAG 1.4.11). */
export const LANE_COLOURS: Record<Lane, string> = {
  charges: '#b3261e',
  measures: '#1d4ed8',
  hearings: '#6d28d9',
  events: '#047857',
};

interface Placed {
  row: TimelineRow;
  y: number;
}

function layout(rows: readonly TimelineRow[]) {
  let y = AXIS;
  const heads: { lane: Lane; y: number }[] = [];
  const placed: Placed[] = [];
  for (const lane of LANES) {
    const own = rows.filter((r) => r.lane === lane);
    if (own.length === 0) continue;
    heads.push({ lane, y });
    y += LANE_HEAD;
    for (const row of own) {
      placed.push({ row, y: y + ROW / 2 });
      y += ROW;
    }
  }
  return { heads, placed, height: y + 8 };
}

function Gradients({ prefix }: { prefix: string }) {
  return (
    <defs>
      {LANES.map((lane) => (
        <g key={lane}>
          <linearGradient id={`${prefix}-${lane}-in`}>
            <stop offset="0" stopColor={LANE_COLOURS[lane]} stopOpacity="0.05" />
            <stop offset="1" stopColor={LANE_COLOURS[lane]} stopOpacity="0.6" />
          </linearGradient>
          <linearGradient id={`${prefix}-${lane}-out`}>
            <stop offset="0" stopColor={LANE_COLOURS[lane]} stopOpacity="0.6" />
            <stop offset="1" stopColor={LANE_COLOURS[lane]} stopOpacity="0.05" />
          </linearGradient>
          <linearGradient id={`${prefix}-${lane}-band`}>
            <stop offset="0" stopColor={LANE_COLOURS[lane]} stopOpacity="0.1" />
            <stop offset="0.5" stopColor={LANE_COLOURS[lane]} stopOpacity="0.55" />
            <stop offset="1" stopColor={LANE_COLOURS[lane]} stopOpacity="0.1" />
          </linearGradient>
          <pattern
            id={`${prefix}-${lane}-hatch`}
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" fill={LANE_COLOURS[lane]} fillOpacity="0.08" />
            <line
              x1="0"
              y1="0"
              x2="0"
              y2="6"
              stroke={LANE_COLOURS[lane]}
              strokeWidth="2"
              strokeOpacity="0.6"
            />
          </pattern>
        </g>
      ))}
      <marker
        id={`${prefix}-arrow`}
        viewBox="0 0 8 8"
        refX="7"
        refY="4"
        markerWidth="7"
        markerHeight="7"
        orient="auto"
      >
        <path d="M0,0 L8,4 L0,8 z" fill="#374151" />
      </marker>
    </defs>
  );
}

function Row({
  row,
  y,
  scale,
  asOf,
  horizon,
  prefix,
  label,
  title,
}: {
  row: TimelineRow;
  y: number;
  scale: DayScale;
  asOf: Day;
  horizon: Day | undefined;
  prefix: string;
  label: string;
  title: (date: string, what?: string) => string;
}) {
  const colour = LANE_COLOURS[row.lane];
  const fills = {
    solid: colour,
    'soft-start': 'in',
    'soft-end': 'out',
    soft: 'band',
    unconfirmed: 'hatch',
  } as const;
  const interval = row.interval;
  const segments = interval
    ? intervalGeometry(
        scale,
        dateSpan(interval.start),
        interval.end ? dateSpan(interval.end) : undefined,
        asOf,
        // A charge whose fate is not recorded after the one it replaced was brought again is confirmed until then.
        row.unconfirmedFrom !== undefined && (horizon === undefined || row.unconfirmedFrom < horizon)
          ? row.unconfirmedFrom
          : horizon,
      )
    : [];
  const intervalTitle = interval
    ? interval.end
      ? `${title(interval.start)} – ${title(interval.end)}`
      : title(interval.start)
    : undefined;
  return (
    <g className="tl-row" data-row={row.id}>
      <text x={8} y={y + 4} className={row.article || row.labelKey ? 'tl-label' : 'tl-label record-text'}>
        {label.length > 24 ? `${label.slice(0, 23)}…` : label}
      </text>
      {segments.length > 0 && (
        <g>
          <title>{`${label}: ${intervalTitle ?? ''}`}</title>
          {segments.map((s, i) => (
            <rect
              key={i}
              x={s.x0}
              y={y - BAR / 2}
              width={Math.max(1, s.x1 - s.x0)}
              height={BAR}
              fill={s.kind === 'solid' ? colour : `url(#${prefix}-${row.lane}-${fills[s.kind]})`}
              data-kind={s.kind}
            />
          ))}
          {/* An interval begun on or just before the day shown (a charge brought that day) is a few pixels wide:
            its start is marked too, so that it is seen. */}
          {interval !== undefined && isSliver(segments) && dateSpan(interval.start).isExactDay && (
            <circle
              cx={dayX(scale, dateSpan(interval.start).earliest)}
              cy={y}
              r={5}
              fill={colour}
              stroke="#fff"
              strokeWidth={1.5}
              data-kind="start"
            />
          )}
        </g>
      )}
      {row.marks.map((m) => {
        const span = dateSpan(m.date);
        const g = markGeometry(scale, span);
        // A step on a drawn interval sits just under it, small, so that it does not hide the interval.
        const onBar = row.interval !== undefined;
        const cy = onBar ? y + BAR / 2 + 3 : y;
        const h = onBar ? 5 : BAR + 2;
        return (
          <g key={m.id} data-mark={m.id}>
            <title>{title(m.date, m.what)}</title>
            {g.isPoint ? (
              <circle
                cx={(g.x0 + g.x1) / 2}
                cy={cy}
                r={onBar ? 3.5 : 5}
                fill={colour}
                stroke="#fff"
                strokeWidth={1.5}
              />
            ) : (
              <rect
                x={g.x0}
                y={cy - h / 2}
                width={Math.max(3, g.x1 - g.x0)}
                height={h}
                rx={onBar ? 1 : 3}
                fill={`url(#${prefix}-${row.lane}-band)`}
                stroke={colour}
                strokeWidth={1}
                strokeDasharray={span.isUncertain ? '3 2' : undefined}
                data-kind="span"
              />
            )}
          </g>
        );
      })}
    </g>
  );
}

/** How near the right edge an axis label's middle may come before it is set to end at the edge. */
const EDGE = 48;

/** The widest an interval's drawing may be and still be hard to see: its start is then marked as a point. */
const SLIVER = 6;

/** Whether an interval's pieces together are narrower than SLIVER pixels. */
const isSliver = (segments: readonly { x0: number; x1: number }[]): boolean =>
  segments.reduce((width, s) => width + Math.max(0, s.x1 - s.x0), 0) < SLIVER;

/**
 * The case on a time axis, our own SVG on d3-scale: lanes of charges (their lineage drawn as links), measures,
 * hearings and events. A date known to the day is a point; a month, season, year or range is the span it may be,
 * with soft edges; an interval is solid only where it certainly ran, and hatched past the record's horizon.
 */
export function CaseTimeline({
  rows,
  links,
  asOf,
  horizon,
}: {
  rows: TimelineRow[];
  links: TimelineLink[];
  asOf: Day;
  horizon: Day | undefined;
}) {
  const intl = useIntl();
  const prefix = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const dates = rowDates(rows);
  const scale = dayScale(dates.map(dateSpan), [asOf, ...(horizon ? [horizon] : [])], LABEL, WIDTH - 16);
  const { heads, placed, height } = layout(rows);
  const at = new Map(placed.map((p) => [p.row.id, p]));
  const labelOf = (row: TimelineRow) =>
    row.article
      ? `${articleText(intl, row.article)}${row.since !== undefined ? ` · ${shortMonth(intl, row.since)}` : ''}`
      : row.labelKey
        ? intl.formatMessage({ id: row.labelKey, defaultMessage: row.label })
        : row.label;
  const title = (date: string, what?: string) =>
    what
      ? `${intl.formatMessage({ id: what })}: ${formatPartialDate(intl, date)}`
      : formatPartialDate(intl, date);
  const [first, last] = scale.domain() as [Date, Date];
  const years = last.getUTCFullYear() - first.getUTCFullYear();
  const ticks = scale.ticks(years > 3 ? 6 : 8);
  const titleId = `${prefix}-title`;
  const descId = `${prefix}-desc`;
  return (
    <figure className="timeline">
      <div className="timeline-scroll" role="region" tabIndex={0} aria-labelledby="timeline-heading">
        <svg
          viewBox={`0 0 ${WIDTH} ${height}`}
          role="img"
          aria-labelledby={`${titleId} ${descId}`}
          className="timeline-svg"
        >
          <title id={titleId}>{intl.formatMessage({ id: 'timeline.heading' })}</title>
          <desc id={descId}>{intl.formatMessage({ id: 'timeline.description' })}</desc>
          <Gradients prefix={prefix} />
          {ticks.map((t) => (
            <g key={t.toISOString()} className="tl-tick">
              <line x1={scale(t)} x2={scale(t)} y1={AXIS - 6} y2={height} />
              {/* A label near the right edge ends at it rather than being cut off there. */}
              <text
                x={scale(t) > WIDTH - EDGE ? WIDTH - 2 : scale(t)}
                y={AXIS - 10}
                textAnchor={scale(t) > WIDTH - EDGE ? 'end' : 'middle'}
              >
                {years > 3 ? String(t.getUTCFullYear()) : formatMonth(intl, t.toISOString().slice(0, 7))}
              </text>
            </g>
          ))}
          {heads.map((h) => (
            <text key={h.lane} x={8} y={h.y + 15} className="tl-lane">
              {intl.formatMessage({ id: `timeline.lane.${h.lane}` })}
            </text>
          ))}
          {horizon !== undefined && (
            <g className="tl-horizon">
              <title>{`${intl.formatMessage({ id: 'timeline.horizon' })}: ${formatPartialDate(intl, horizon)}`}</title>
              <line x1={dayX(scale, horizon)} x2={dayX(scale, horizon)} y1={AXIS - 4} y2={height} />
            </g>
          )}
          <g className="tl-asof" data-asof={asOf}>
            <title>{`${intl.formatMessage({ id: 'timeline.asOf' })}: ${formatPartialDate(intl, asOf)}`}</title>
            <line x1={dayX(scale, asOf)} x2={dayX(scale, asOf)} y1={AXIS - 4} y2={height} />
          </g>
          {placed.map((p) => (
            <Row
              key={p.row.id}
              row={p.row}
              y={p.y}
              scale={scale}
              asOf={asOf}
              horizon={horizon}
              prefix={prefix}
              label={labelOf(p.row)}
              title={title}
            />
          ))}
          {links.map((l) => {
            const from = at.get(l.from);
            const to = at.get(l.to);
            const end = from?.row.interval?.end ?? from?.row.interval?.start;
            const start = to?.row.interval?.start;
            if (!from || !to || end === undefined || start === undefined) return null;
            const d = linkPath(
              spanMiddle(scale, dateSpan(end)),
              from.y + BAR / 2,
              spanMiddle(scale, dateSpan(start)),
              to.y - BAR / 2,
            );
            return (
              <path
                key={`${l.from}>${l.to}`}
                d={d}
                className={`tl-link tl-link-${l.kind}`}
                markerEnd={`url(#${prefix}-arrow)`}
                data-link={l.kind}
              >
                <title>{`${labelOf(from.row)} → ${labelOf(to.row)}: ${intl.formatMessage({ id: `lineage.${l.kind}` })}`}</title>
              </path>
            );
          })}
        </svg>
      </div>
      <figcaption>
        <ul className="tl-legend">
          {(['solid', 'soft', 'unconfirmed', 'point', 'span', 'link'] as const).map((k) => (
            <li key={k} className={`tl-legend-${k}`}>
              <FormattedMessage id={`timeline.legend.${k}`} />
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}

/** A date's month and year, short ("Jan 2023"), or its year alone: what fits beside a label. */
function shortMonth(intl: IntlShape, date: string): string {
  const [, year, month] = /^(\d{4})(?:-(\d{2}))?/.exec(date) ?? [];
  if (year === undefined) return date;
  if (month === undefined || Number(month) > 12) return year;
  return intl.formatDate(Date.UTC(Number(year), Number(month) - 1, 1), {
    year: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
}
