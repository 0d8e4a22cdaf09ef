import type { RefObject } from 'react'
import type { TimelineInfo } from '../../../shared/timeline'
import { EditActions, type EditCommands } from '../editing/edit-actions'
import { formatRange } from '../format'
import type { TimelineHandle, VisibleRange } from '../timeline/timeline-view'
import { TimelineFileActions, type useTimelineFileCommands } from './timeline-file-actions'

export interface AppHeaderProps {
  timeline: TimelineInfo
  fileCommands: ReturnType<typeof useTimelineFileCommands>
  editCommands: EditCommands
  view: RefObject<TimelineHandle | null>
  range: VisibleRange | null
  onExportPdf: () => void
  onExportEvents: () => void
  onExportCitations: () => void
  onExportNotes: () => void
  onImportNotes: () => void
  onImportEvents: () => void
}

/** The title of the open timeline, its file and edit commands, zoom, the imports and exports. */
export function AppHeader(props: AppHeaderProps) {
  const { timeline, view, range } = props
  return (
    <header className="app-header">
      <div className="app-title">
        <h1>{timeline.title}</h1>
        <p className="subtitle" title={timeline.path ?? undefined}>
          Diplomatic Timeline
          {timeline.path ? <span className="file-path"> · {timeline.path}</span> : null}
        </p>
      </div>
      <TimelineFileActions commands={props.fileCommands} />
      <EditActions commands={props.editCommands} />
      <div className="zoom-controls" role="group" aria-label="Zoom">
        <button type="button" onClick={() => view.current?.zoomIn()}>
          Zoom in
        </button>
        <button type="button" onClick={() => view.current?.zoomOut()}>
          Zoom out
        </button>
        <button type="button" onClick={() => view.current?.fitAll()}>
          Fit all
        </button>
      </div>
      <div className="header-actions" role="group" aria-label="Export and import">
        <button type="button" onClick={props.onImportEvents}>
          Import events
        </button>
        <button type="button" onClick={props.onExportPdf}>
          Export PDF
        </button>
        <button type="button" onClick={props.onExportEvents}>
          Export events
        </button>
        <button type="button" onClick={props.onExportCitations}>
          Export citations
        </button>
        <button type="button" onClick={props.onExportNotes}>
          Export my notes
        </button>
        <button type="button" onClick={props.onImportNotes}>
          Import notes
        </button>
      </div>
      <p className="range-readout" aria-label="Visible range">
        {range ? formatRange(range.start, range.end) : ''}
      </p>
    </header>
  )
}
