import { Menu, type MenuItemConstructorOptions } from 'electron'

export interface MenuCommands {
  exportPdf(): void
}

/** The platform's standard menus, built from Electron's roles so accelerators match the OS. */
export function installApplicationMenu(commands: MenuCommands): void {
  const isMac = process.platform === 'darwin'
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
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
