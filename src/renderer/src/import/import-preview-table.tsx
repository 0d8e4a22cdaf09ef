import type { ImportPreview } from '../../../shared/import'

/** The file's header and first rows, as read, so the user can see what each column holds. */
export function ImportPreviewTable({ preview }: { preview: ImportPreview }) {
  if (preview.format !== 'csv' || preview.header.length === 0) return null
  return (
    <div className="import-preview" role="region" aria-label="First rows" tabIndex={0}>
      <table>
        <thead>
          <tr>
            {preview.header.map((column, i) => (
              <th key={i} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((row, r) => (
            <tr key={r}>
              {preview.header.map((_, i) => (
                <td key={i}>{row[i] ?? ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
