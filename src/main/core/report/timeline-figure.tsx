import type { Status } from '../../../shared/model'
import type { FigurePage, PlacedEvent } from './figure-layout'

const AXIS_HEIGHT = 26
/**
 * An approximate span is drawn unfilled, with a dashed outline, and its label says "approx.".
 * (A hatched pattern fill made a thousand-event briefing take 3 s more to print.)
 */
const APPROXIMATE_FILL = '#ffffff'
const LANE_PADDING = 6

export const STATUS_COLOURS: Record<Status, string> = {
  confirmed: '#1f6f43',
  reported: '#1f5fbf',
  disputed: '#9a5b00',
  denied: '#b3261e',
}

/** One shape per status, so the figure reads in black and white too. */
function StatusShape({
  status,
  cx,
  cy,
  r = 3.6,
}: {
  status: Status
  cx: number
  cy: number
  r?: number
}) {
  const colour = STATUS_COLOURS[status]
  switch (status) {
    case 'confirmed':
      return <circle cx={cx} cy={cy} r={r} fill={colour} />
    case 'reported':
      return <circle cx={cx} cy={cy} r={r - 0.6} fill="#fff" stroke={colour} strokeWidth={1.4} />
    case 'disputed':
      return (
        <polygon
          points={`${cx},${cy - r} ${cx + r},${cy} ${cx},${cy + r} ${cx - r},${cy}`}
          fill={colour}
        />
      )
    case 'denied':
      return (
        <path
          d={`M${cx - r} ${cy - r} L${cx + r} ${cy + r} M${cx + r} ${cy - r} L${cx - r} ${cy + r}`}
          stroke={colour}
          strokeWidth={1.6}
        />
      )
  }
}

function EventMark({ placed, y }: { placed: PlacedEvent; y: number }) {
  const { event, x, x2, label, labelSide } = placed
  const colour = STATUS_COLOURS[event.status]
  const approximate = event.precision === 'approximate'
  const isRange = x2 > x
  return (
    <g>
      {isRange ? (
        <rect
          x={x}
          y={y - 4}
          width={x2 - x}
          height={8}
          rx={2}
          fill={approximate ? APPROXIMATE_FILL : colour}
          fillOpacity={approximate ? 1 : 0.25}
          stroke={colour}
          strokeWidth={1}
          strokeDasharray={approximate ? '3 2' : undefined}
        />
      ) : null}
      <StatusShape status={event.status} cx={x} cy={y} />
      <text
        x={labelSide === 'right' ? x2 + 7 : x - 7}
        y={y + 3}
        textAnchor={labelSide === 'right' ? 'start' : 'end'}
        className="fig-label"
      >
        {approximate ? `${label} (approx.)` : label}
      </text>
    </g>
  )
}

/** One page of the timeline figure: a dated axis, one lane per track, markers and ranges. */
export function TimelineFigure({
  page,
  width,
  laneLabelWidth,
  rowHeight,
  caption,
}: {
  page: FigurePage
  width: number
  laneLabelWidth: number
  rowHeight: number
  caption: string
}) {
  const laneTops: number[] = []
  let y = AXIS_HEIGHT
  for (const lane of page.lanes) {
    laneTops.push(y)
    y += lane.rows * rowHeight + LANE_PADDING * 2
  }
  const height = y + 2
  return (
    <figure className="timeline-figure">
      <svg
        xmlns="http://www.w3.org/2000/svg"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={caption}
      >
        {page.lanes.map((lane, i) => (
          <rect
            key={lane.track}
            x={0}
            y={laneTops[i]}
            width={width}
            height={lane.rows * rowHeight + LANE_PADDING * 2}
            fill={i % 2 === 0 ? '#f6f5f1' : '#ffffff'}
          />
        ))}
        {page.ticks.map((tick) => (
          <g key={`${tick.x}-${tick.label}`}>
            <line
              x1={tick.x}
              x2={tick.x}
              y1={AXIS_HEIGHT - 6}
              y2={height}
              stroke={tick.major ? '#b9b5ab' : '#dedad2'}
              strokeWidth={0.7}
            />
            <text x={tick.x + 2} y={AXIS_HEIGHT - 10} className="fig-tick">
              {tick.label}
            </text>
          </g>
        ))}
        <line
          x1={0}
          x2={width}
          y1={AXIS_HEIGHT}
          y2={AXIS_HEIGHT}
          stroke="#8a867c"
          strokeWidth={0.8}
        />
        {page.lanes.map((lane, i) => (
          <g key={lane.track}>
            <text x={4} y={(laneTops[i] ?? 0) + LANE_PADDING + 11} className="fig-lane">
              {lane.label}
            </text>
            {lane.events.map((placed) => (
              <EventMark
                key={placed.event.id}
                placed={placed}
                y={(laneTops[i] ?? 0) + LANE_PADDING + placed.row * rowHeight + rowHeight / 2}
              />
            ))}
          </g>
        ))}
        <line
          x1={laneLabelWidth}
          x2={laneLabelWidth}
          y1={AXIS_HEIGHT}
          y2={height}
          stroke="#b9b5ab"
          strokeWidth={0.7}
        />
      </svg>
      <figcaption>{caption}</figcaption>
    </figure>
  )
}

/** What each shape and fill means. */
export function FigureLegend() {
  const statuses: Status[] = ['confirmed', 'reported', 'disputed', 'denied']
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={560}
      height={20}
      className="legend"
      role="img"
      aria-label="Legend"
    >
      {statuses.map((status, i) => (
        <g key={status}>
          <StatusShape status={status} cx={8 + i * 92} cy={10} />
          <text x={16 + i * 92} y={13} className="fig-legend">
            {status[0]?.toUpperCase()}
            {status.slice(1)}
          </text>
        </g>
      ))}
      <rect
        x={376}
        y={6}
        width={22}
        height={8}
        rx={2}
        fill="#1f5fbf"
        fillOpacity={0.25}
        stroke="#1f5fbf"
      />
      <text x={402} y={13} className="fig-legend">
        Span
      </text>
      <rect
        x={442}
        y={6}
        width={22}
        height={8}
        rx={2}
        fill={APPROXIMATE_FILL}
        stroke="#1f5fbf"
        strokeDasharray="3 2"
      />
      <text x={468} y={13} className="fig-legend">
        Approximate date
      </text>
    </svg>
  )
}
