import type { Timeline } from 'vis-timeline/esnext'

interface VisGroup {
  add(item: unknown): void
  _checkIfVisible?: unknown
}

const patched = new WeakSet<object>()

function isGroupPrototype(value: object | undefined): value is VisGroup {
  const candidate = value as Partial<VisGroup> | undefined
  return typeof candidate?.add === 'function' && typeof candidate._checkIfVisible === 'function'
}

/**
 * vis-timeline (8.x) shows an item the moment it is added to a group and measures it on its
 * own, so each added item forces a layout of the whole timeline: a hundred new items cost a
 * hundred layouts. The redraw that vis-timeline queues after every change of its items shows
 * all new items in range anyway, measuring them in one batch (the group is marked for
 * restacking by `add`). So an added item is left for that redraw.
 *
 * This reaches into vis-timeline's internals; if their shape is not the one expected, nothing
 * is patched and vis-timeline works as shipped, only slower. Returns whether it is patched.
 */
export function revealAddedItemsInBatches(timeline: Timeline): boolean {
  const groups = (timeline as unknown as { itemSet?: { groups?: Record<string, object> } }).itemSet
    ?.groups
  let prototype = groups ? (Object.values(groups)[0] as object | undefined) : undefined
  // The background group is a subclass: patch the class that owns `add`.
  while (prototype && !Object.prototype.hasOwnProperty.call(prototype, 'add')) {
    prototype = Object.getPrototypeOf(prototype) as object | undefined
  }
  if (!isGroupPrototype(prototype)) return false
  if (patched.has(prototype)) return true
  const add = prototype.add
  const skipCheck = (): void => undefined
  prototype.add = function addWithoutImmediateReveal(this: VisGroup, item: unknown): void {
    this._checkIfVisible = skipCheck
    try {
      add.call(this, item)
    } finally {
      delete this._checkIfVisible
    }
  }
  patched.add(prototype)
  return true
}

interface VisInternals {
  itemSet?: { redraw?: unknown }
  /** vis-timeline's redraw of the next animation frame (its public `redraw` does more). */
  _redraw?: unknown
}

/**
 * vis-timeline (8.x) redraws its items in full, synchronously, on every add, update or remove
 * of its data set, and then again in the next frame. Changing the items in one go, that
 * synchronous pass is skipped: the change is drawn by the next frame's redraw. Returns what
 * `change` returns: whether anything changed.
 *
 * That redraw is asked for here, not with the public `redraw()`: that one also marks every
 * item for measuring again, one forced layout each, and puts every lane back into the page,
 * which makes the browser style and lay out all items anew, changed or not.
 */
export function changeItemsInOneRedraw(timeline: Timeline, change: () => boolean): boolean {
  const internals = timeline as unknown as VisInternals
  const itemSet = internals.itemSet
  if (!itemSet || typeof itemSet.redraw !== 'function' || typeof internals._redraw !== 'function') {
    return change()
  }
  itemSet.redraw = () => undefined
  let changed: boolean
  try {
    changed = change()
  } finally {
    delete itemSet.redraw
  }
  // Asked for even when nothing changed: without it, a click right after the first window
  // was drawn once landed on a chip that moved (an e2e spec on a clean-clone CI run).
  internals._redraw.call(timeline)
  return changed
}
