import { Menu, type MenuItemConstructorOptions } from 'electron'
import type { RecentTimeline } from '../../shared/timeline'

export interface MenuCommands {
  exportPdf(): void
  newTimeline(): void
  openTimeline(): void
  saveCopy(): void
  openRecent(path: string): void
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
        {
          label: 'Export PDF…',
          accelerator: 'CmdOrCtrl+Shift+E',
          click: () => commands.exportPdf(),
        },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ role: 'about' }] },
  ]
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}
