import { Menu, type MenuItemConstructorOptions } from 'electron'
import type { RecentTimeline } from '../../shared/timeline'

export interface MenuCommands {
  exportPdf(): void
  importEvents(): void
  newTimeline(): void
  openTimeline(): void
  saveCopy(): void
  openRecent(path: string): void
  undo(): void
  redo(): void
}

/** The platform's standard menus, built from Electron's roles so accelerators match the OS. */
export function installApplicationMenu(
  commands: MenuCommands,
  recent: readonly RecentTimeline[] = [],
): void {
  const isMac = process.platform === 'darwin'
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'New timeline…', accelerator: 'CmdOrCtrl+N', click: () => commands.newTimeline() },
        {
          label: 'Open timeline…',
          accelerator: 'CmdOrCtrl+O',
          click: () => commands.openTimeline(),
        },
        {
          label: 'Open Recent',
          submenu:
            recent.length === 0
              ? [{ label: 'No recent timelines', enabled: false }]
              : recent.map((item) => ({
                  label: item.title,
                  sublabel: item.path,
                  click: () => commands.openRecent(item.path),
                })),
        },
        {
          label: 'Save a copy…',
          accelerator: 'CmdOrCtrl+Shift+S',
          click: () => commands.saveCopy(),
        },
        { type: 'separator' },
        { label: 'Import events…', click: () => commands.importEvents() },
        {
          label: 'Export PDF…',
          accelerator: 'CmdOrCtrl+Shift+E',
          click: () => commands.exportPdf(),
        },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      // Undo and Redo go to the window, which undoes typing in a text field itself and an
      // edit of the timeline otherwise; not registered here, so Ctrl+Z reaches text fields.
      submenu: [
        {
          label: 'Undo',
          accelerator: 'CmdOrCtrl+Z',
          registerAccelerator: false,
          click: () => commands.undo(),
        },
        {
          label: 'Redo',
          accelerator: 'Shift+CmdOrCtrl+Z',
          registerAccelerator: false,
          click: () => commands.redo(),
        },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ role: 'about' }] },
  ]
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}
