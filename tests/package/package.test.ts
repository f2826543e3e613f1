import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { referencesOf } from './links.ts'

const run = promisify(execFile)
const root = new URL('../..', import.meta.url).pathname
// attw runs a plain `npm pack`; its `prepack` (a full build, which empties dist/) must not run
// while other test files import dist/.
const noScripts = { ...process.env, npm_config_ignore_scripts: 'true' }

describe('the published package', () => {
  it('passes publint', async () => {
    const { stdout } = await run('node_modules/.bin/publint', ['--strict'], { cwd: root })
    expect(stdout).toContain('All good!')
  }, 120_000)

  it('passes @arethetypeswrong/cli for every subpath (ESM only)', async () => {
    const { stdout } = await run('node_modules/.bin/attw', ['--pack', '.', '--profile', 'esm-only', '--format', 'json'], { cwd: root, env: noScripts, maxBuffer: 64 * 1024 * 1024 })
    type Problem = { kind: string; entrypoint: string; resolutionKind?: string }
    const report = JSON.parse(stdout) as { problems: Record<string, Problem[]>; analysis: { entrypoints: Record<string, unknown> } }
    // The esm-only profile ignores CommonJS consumers; every other resolution must be clean.
    const real = Object.values(report.problems).flat().filter((p) => p.resolutionKind !== 'node16-cjs')
    expect(real).toEqual([])
    expect(Object.keys(report.analysis.entrypoints).length).toBeGreaterThan(140)
  }, 180_000)
})

describe('the tarball', () => {
  // A real pack into a temporary folder (scripts skipped: dist/ is built before the tests run),
  // then the files an installed user gets, read from the extracted `package/`.
  let dir: string
  let pkgDir: string
  let listed: string[]
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'larkfn-pack-'))
    const { stdout } = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { cwd: root, env: noScripts, maxBuffer: 64 * 1024 * 1024 })
    const [report] = JSON.parse(stdout) as [{ filename: string; files: { path: string }[] }]
    listed = report.files.map((file) => file.path)
    await run('tar', ['-xzf', join(dir, report.filename), '-C', dir])
    pkgDir = join(dir, 'package')
  }, 120_000)
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  const shipped = (path: string) => existsSync(join(pkgDir, path))
  const markdown = () => ['README.md', 'CHANGELOG.md', ...readdirSync(join(pkgDir, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)]

  it('holds dist/ (built entries and declarations), the README, the license, the changelog and the docs', () => {
    for (const path of ['dist/index.js', 'dist/index.d.ts', 'dist/core.js', 'dist/testing/index.js', 'dist/api/contact/v3/index.js', 'README.md', 'LICENSE', 'CHANGELOG.md', 'docs/architecture.md', 'docs/fake-server.md']) {
      expect(shipped(path), path).toBe(true)
    }
    // Nothing of the source tree or the tests comes along.
    expect(listed.filter((path) => /^(src|tests|codegen|catalog|scripts)\//.test(path) || path.startsWith('bench/') && path !== 'bench/RESULTS.md')).toEqual([])
  })

  it('every relative link of the shipped README, changelog and docs resolves inside the tarball', () => {
    const files = markdown()
    expect(files.length).toBeGreaterThan(4)
    const refs = files.flatMap((file) => referencesOf(file, readFileSync(join(pkgDir, file), 'utf8')).filter((ref) => ref.kind === 'link'))
    expect(refs.length).toBeGreaterThan(10)
    const dead = refs.filter((ref) => ref.resolved.startsWith('..') || !shipped(ref.resolved))
    expect(dead.map((ref) => `${ref.from}: ${ref.target}`)).toEqual([])
  })

  it('every docs/ file a shipped declaration points to is shipped', () => {
    const named = new Set<string>()
    const walk = (folder: string) => {
      for (const entry of readdirSync(join(pkgDir, folder), { withFileTypes: true })) {
        const path = `${folder}/${entry.name}`
        if (entry.isDirectory()) walk(path)
        else if (entry.name.endsWith('.d.ts')) for (const [name] of readFileSync(join(pkgDir, path), 'utf8').matchAll(/\b(?:docs|bench|examples)\/[\w./-]+\.(?:md|ts)\b/g)) named.add(name)
      }
    }
    walk('dist')
    expect(named.size).toBeGreaterThan(0)
    expect([...named].filter((name) => !shipped(name))).toEqual([])
  })

  it('has the fields a registry page shows, and a changelog entry for its version', () => {
    const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as Record<string, unknown> & { version: string; scripts: Record<string, string> }
    expect(pkg).toMatchObject({ name: 'larkfn', license: 'MIT', homepage: 'https://www.npmjs.com/package/larkfn', type: 'module' })
    expect(typeof pkg.description).toBe('string')
    expect(pkg.keywords).toEqual(expect.arrayContaining(['feishu', 'lark']))
    // A fresh `npm pack` / `npm publish` builds dist/ first instead of shipping none.
    expect(pkg.scripts.prepack).toBe('npm run build')
    const changelog = readFileSync(join(pkgDir, 'CHANGELOG.md'), 'utf8')
    expect(changelog).toMatch(new RegExp(`^## ${pkg.version.replaceAll('.', '\\.')} — \\d{4}-\\d{2}-\\d{2}$`, 'm'))
  })
})
