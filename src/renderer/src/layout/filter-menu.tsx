import { useEffect, useRef, useState, type ReactNode } from 'react'

/** Room kept between an open menu and the window's edge. */
const EDGE_PX = 8

/**
 * A filter menu ("Actors", "Tags (2)"): a disclosure whose list opens under it, in one column that
 * scrolls, within the window (moved left when it would run past the right edge). As a menu does,
 * it closes on Escape (focus back on its button) and on a click anywhere outside it, so two
 * are never open over each other.
 */
export function FilterMenu({
  label,
  chosen,
  legend,
  children,
}: {
  label: string
  /** How many of its choices are chosen, shown beside the label ("Tags (2)"). */
  chosen: number
  legend: string
  children: ReactNode
}) {
  const details = useRef<HTMLDetailsElement>(null)
  const list = useRef<HTMLFieldSetElement>(null)
  const [open, setOpen] = useState(false)

  useEffect(() => {
    const menu = details.current
    const shown = list.current
    if (!open || !menu || !shown) return
    shown.style.left = ''
    const overflow =
      shown.getBoundingClientRect().right - (document.documentElement.clientWidth - EDGE_PX)
    if (overflow > 0) shown.style.left = `${-Math.ceil(overflow)}px`
    const close = () => {
      menu.open = false
    }
    const onPointerDown = (event: PointerEvent) => {
      if (!menu.contains(event.target as Node)) close()
    }
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return
      event.stopPropagation()
      close()
      menu.querySelector('summary')?.focus()
    }
    document.addEventListener('pointerdown', onPointerDown)
    menu.addEventListener('keydown', onKeyDown)
    return () => {
      document.removeEventListener('pointerdown', onPointerDown)
      menu.removeEventListener('keydown', onKeyDown)
    }
  }, [open])

  return (
    <details
      ref={details}
      className="filter-menu"
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>
        {label}
        {/* Room for the count is kept when there is none, so choosing one moves nothing. */}
        <span className={chosen ? 'filter-menu-count' : 'filter-menu-count none'}>
          {` (${chosen})`}
        </span>
      </summary>
      <fieldset ref={list} className="filter-menu-list">
        <legend className="visually-hidden">{legend}</legend>
        {children}
      </fieldset>
    </details>
  )
}
