// The window's first view loads only what it draws: the modules reachable from the renderer's
// entry by static imports (a lazy dialog's dynamic import() is not followed) must not load zod,
// whose schemas cost time to build at start; the dialogs that check forms bring it with them.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

function resolveModule(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier)
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')])
    if (/\.tsx?$/.test(candidate) && existsSync(candidate)) return candidate
  return null
}

/** The specifiers a module imports for their values (type-only imports erase). */
function valueImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest)
  const specifiers: string[] = []
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause
      const named = clause?.namedBindings
      const onlyTypes =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            named !== undefined &&
            ts.isNamedImports(named) &&
            named.elements.every((e) => e.isTypeOnly)))
      if (!onlyTypes) specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text)
    } else if (
      ts.isExportDeclaration(statement) &&
      !statement.isTypeOnly &&
      statement.moduleSpecifier
    ) {
      specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text)
    }
  }
  return specifiers
}

/** Every package the entry loads at start, by the module that first imports it. */
function packagesAtStart(entry: string): Map<string, string> {
  const packages = new Map<string, string>()
  const seen = new Set<string>()
  const queue = [entry]
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file)) continue
    seen.add(file)
    for (const specifier of valueImports(file)) {
      if (specifier.startsWith('.')) {
        const target = resolveModule(file, specifier)
        if (target) queue.push(target)
      } else if (!packages.has(specifier)) packages.set(specifier, file)
    }
  }
  return packages
}

describe('the first view', () => {
  const packages = packagesAtStart(join(__dirname, '..', 'src', 'renderer', 'src', 'main.tsx'))

  it('loads React and vis-timeline, which it draws with', () => {
    expect([...packages.keys()]).toEqual(
      expect.arrayContaining(['react-dom/client', 'vis-timeline/esnext']),
    )
  })

  it('loads no zod: the schemas come with the dialogs that check forms', () => {
    expect(packages.get('zod') ?? null).toBeNull()
  })
})
