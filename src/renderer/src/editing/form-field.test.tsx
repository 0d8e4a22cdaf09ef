import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { Field } from './form-field'

const render = (error?: string) =>
  renderToStaticMarkup(
    <Field id="event-end" label="End" error={error} hint="YYYY-MM-DD">
      {(control) => <input {...control} type="text" />}
    </Field>,
  )

describe('Field', () => {
  it('marks its control invalid and described by the problem, beside it', () => {
    const html = render('end is before start')
    expect(html).toContain('<label for="event-end">End</label>')
    expect(html).toContain('aria-invalid="true"')
    expect(html).toContain('aria-describedby="event-end-error event-end-hint"')
    expect(html).toMatch(/<p id="event-end-error" class="field-error">.*end is before start<\/p>/)
  })

  it('describes a field without a problem by its hint only', () => {
    const html = render()
    expect(html).toContain('aria-invalid="false"')
    expect(html).toContain('aria-describedby="event-end-hint"')
    expect(html).not.toContain('field-error')
  })
})
