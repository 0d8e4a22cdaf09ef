/**
 * Part of the vis-timeline adapter: the time axis's labels written as text. Nothing outside
 * the adapter imports this module.
 */

/** What the time axis writes its labels with (vis-timeline 8.x, private). */
export interface AxisLabelInternals {
  dom: {
    foreground: HTMLElement
    minorTexts: HTMLElement[]
    majorTexts: HTMLElement[]
    redundant: { minorTexts: HTMLElement[]; majorTexts: HTMLElement[] }
  }
  props: Record<string, number>
  _setXY: (label: HTMLElement, x: number, y: number) => void
  _repaintMinorText?: (x: number, text: string, orientation: string, className: string) => unknown
  _repaintMajorText?: (x: number, text: string, orientation: string, className: string) => unknown
}

/**
 * vis-timeline writes each label as HTML, through its sanitiser: at every zoom step, some
 * twenty labels each parsed twice, over half of the axis's drawing. Its labels are dates
 * formatted by the widget from its default formats (the app sets none), plain text, so they
 * are written as text, each into the element it had: the same page, at less cost. The
 * sanitiser itself stays on for everything else the widget writes.
 */
export function writeAxisLabelsAsText(axis: AxisLabelInternals): void {
  if (typeof axis._repaintMinorText !== 'function' || typeof axis._repaintMajorText !== 'function')
    return
  const { dom, props } = axis
  axis._repaintMinorText = (x, text, orientation, className) => {
    const label = dom.redundant.minorTexts.shift() ?? newLabel(dom.foreground, null)
    dom.minorTexts.push(label)
    writeText(label, text)
    axis._setXY(label, x, orientation === 'top' ? (props['majorLabelHeight'] ?? 0) : 0)
    writeClass(label, `vis-text vis-minor ${className}`)
    return label
  }
  axis._repaintMajorText = (x, text, orientation, className) => {
    const label =
      dom.redundant.majorTexts.shift() ?? newLabel(dom.foreground, document.createElement('div'))
    const content = label.firstElementChild
    if (content instanceof HTMLElement) writeText(content, text)
    writeClass(label, `vis-text vis-major ${className}`)
    axis._setXY(label, x, orientation === 'top' ? 0 : (props['minorLabelHeight'] ?? 0))
    dom.majorTexts.push(label)
    return label
  }
}

function newLabel(parent: HTMLElement, content: HTMLElement | null): HTMLElement {
  const label = document.createElement('div')
  if (content) label.appendChild(content)
  parent.appendChild(label)
  return label
}

function writeText(element: HTMLElement, text: string): void {
  const only = element.firstChild
  if (only instanceof Text && only === element.lastChild) {
    if (only.data !== text) only.data = text
  } else element.textContent = text
}

function writeClass(element: HTMLElement, className: string): void {
  if (element.className !== className) element.className = className
}
