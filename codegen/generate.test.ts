import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { exportsMap, updatePackageJson } from './emit-exports.ts'
import { generate, listFiles } from './generate.ts'
import { checkOverrides, functionName, nameCatalog } from './names.ts'
import type { Catalog } from './catalog.ts'
import { checkCatalog } from './read-catalog.ts'

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures')
const expectedDir = join(fixtures, 'expected')
const options = (outDir: string) => ({
  catalogDir: join(fixtures, 'catalog'),
  outDir,
  overridesFile: join(fixtures, 'names.overrides.json'),
  staticExportsFile: join(fixtures, 'exports.static.json'),
})

/** Generated files of an output root, by POSIX path: src/api/**, src/manifest.ts, package.json. */
function outputOf(root: string): Map<string, string> {
  const files = [...listFiles(join(root, 'src', 'api')), join(root, 'src', 'manifest.ts'), join(root, 'package.json')]
  return new Map(files.map((f) => [relative(root, f).split(sep).join('/'), readFileSync(f, 'utf8')]))
}

/** The package.json an output root starts with: the generator must keep these keys as they are. */
const seedPackageJson = `{
  "name": "larkfn-fixture",
  "private": true,
  "type": "module",
  "sideEffects": false,
  "files": [
    "dist"
  ]
}
`

const temps: string[] = []
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'larkfn-codegen-'))
  temps.push(dir)
  writeFileSync(join(dir, 'package.json'), seedPackageJson)
  return dir
}
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true })
})

describe('generate', () => {
  it('produces exactly the fixture output (UPDATE_FIXTURES=1 rewrites it)', () => {
    if (process.env['UPDATE_FIXTURES'] === '1') {
      writeFileSync(join(expectedDir, 'package.json'), seedPackageJson)
      generate(options(expectedDir))
    }
    const out = tempDir()
    const result = generate(options(out))
    expect(result.endpoints).toBe(14)
    const actual = outputOf(out)
    const expected = outputOf(expectedDir)
    expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort())
    for (const [path, text] of actual) expect(text, path).toBe(expected.get(path))
  })

  it('writes nothing on a second run: the output is deterministic', () => {
    const out = tempDir()
    generate(options(out))
    const first = outputOf(out)
    const again = generate(options(out))
    expect(again.written).toBe(0)
    expect(outputOf(out)).toEqual(first)
  })

  it('deletes files under src/api that it no longer produces, and their empty directories', () => {
    const out = tempDir()
    generate(options(out))
    mkdirSync(join(out, 'src', 'api', 'gone', 'v1'), { recursive: true })
    writeFileSync(join(out, 'src', 'api', 'gone', 'v1', 'thing.ts'), '')
    writeFileSync(join(out, 'src', 'api', 'im', 'v1', 'stale.ts'), '')
    const result = generate(options(out))
    expect(result.deleted).toBe(2)
    expect(listFiles(join(out, 'src', 'api')).some((f) => f.includes('gone') || f.includes('stale'))).toBe(false)
    expect(existsSync(join(out, 'src', 'api', 'gone'))).toBe(false)
  })

  it('writes nothing when a name clashes', () => {
    const out = tempDir()
    expect(() => generate({ ...options(out), overridesFile: join(out, 'none.json') })).toThrow(/getChatMembers/)
    expect(listFiles(out)).toEqual([join(out, 'package.json')])
    expect(readFileSync(join(out, 'package.json'), 'utf8')).toBe(seedPackageJson)
  })
})

describe('functionName', () => {
  it.each([
    ['contact.v3.user.batch_get_id', 'batchGetUserId'],
    ['contact.v3.user.find_by_department', 'findUserByDepartment'],
    ['im.v1.message.create', 'createMessage'],
    ['im.v1.chat.members.is_in_chat', 'isChatMembersInChat'],
    ['bitable.v1.app.table.record.list', 'listAppTableRecord'],
  ])('names %s %s (STYLE.md §5)', (id, name) => {
    expect(functionName(id)).toBe(name)
  })

  it('takes two words as the verb only after batch', () => {
    expect(functionName('im.v1.message.batch_delete')).toBe('batchDeleteMessage')
    expect(functionName('drive.v1.file.batch')).toBe('batchFile')
    expect(functionName('contact.v3.group.simplelist')).toBe('simplelistGroup')
  })

  it('splits resource segments on _ and capitalises every word, with no other change', () => {
    expect(functionName('auth.v3.tenant_access_token.internal')).toBe('internalTenantAccessToken')
    expect(functionName('authen.v1.oidc.access_token.create')).toBe('createOidcAccessToken')
  })

  it('splits camelCase method names of the official id into words too', () => {
    expect(functionName('corehr.v2.report_detail_row.batchDelete')).toBe('batchDeleteReportDetailRow')
  })

  it('uses the method alone when the id has no resource', () => {
    expect(functionName('demo.v1.get_thing')).toBe('getThing')
  })
})

/** A catalog of endpoints with just the facts naming reads. */
function catalogOf(ids: string[], models: Record<string, unknown> = {}): Catalog {
  const endpoints = ids.map((id) => ({
    id,
    method: 'GET',
    path: `/open-apis/${id.replace(/\./g, '/')}`,
    tokens: ['tenant'],
    docUrl: 'https://open.feishu.cn/',
  }))
  return checkCatalog({ domain: 'demo', version: 'v1', models, endpoints }, 'demo.v1.json')
}

describe('nameCatalog', () => {
  it('stops on a clash between two endpoints and names the override that fixes it', () => {
    const catalog = catalogOf(['demo.v1.chat.members.get', 'demo.v1.chat_members.get'])
    expect(() => nameCatalog(catalog, {})).toThrow(/"getChatMembers" is taken by .*names\.overrides\.json.*"demo\.v1\.chat_members\.get"/s)
    const names = nameCatalog(catalog, { 'demo.v1.chat_members.get': { name: 'getLegacyChatMembers', reason: 'test' } })
    expect(names.get('demo.v1.chat_members.get')).toEqual({
      fn: 'getLegacyChatMembers',
      input: 'GetLegacyChatMembersInput',
      output: 'GetLegacyChatMembersOutput',
      schema: 'GetLegacyChatMembersOutputSchema',
    })
  })

  it('stops when a derived type name clashes with a model name', () => {
    const catalog = catalogOf(['demo.v1.user.get'], { GetUserOutput: { type: 'object' } })
    expect(() => nameCatalog(catalog, {})).toThrow(/"GetUserOutput" is taken by model GetUserOutput and output type of demo\.v1\.user\.get/)
  })

  it('stops on a reserved word', () => {
    expect(() => nameCatalog(catalogOf(['demo.v1.delete']), {})).toThrow(/demo\.v1\.delete: "delete" is a reserved word/)
    expect(() => nameCatalog(catalogOf(['demo.v1.import']), {})).toThrow(/"import" is a reserved word/)
    expect(nameCatalog(catalogOf(['demo.v1.delete']), { 'demo.v1.delete': { name: 'deleteDemo', reason: 'test' } }).get('demo.v1.delete')?.fn).toBe(
      'deleteDemo',
    )
  })

  it('stops on a model that shadows a name the generated code uses', () => {
    expect(() => nameCatalog(catalogOf(['demo.v1.user.get'], { Download: { type: 'object' } }), {})).toThrow(/model "Download"/)
  })
})

describe('checkOverrides', () => {
  const catalogs = [catalogOf(['demo.v1.user.get'])]
  it('rejects a stale entry, a missing reason and a no-op name', () => {
    expect(() => checkOverrides({ 'demo.v1.gone.get': { name: 'getGone', reason: 'x' } }, catalogs)).toThrow(/no such endpoint/)
    expect(() => checkOverrides({ 'demo.v1.user.get': { name: 'fetchUser' } }, catalogs)).toThrow(/"reason" is missing/)
    expect(() => checkOverrides({ 'demo.v1.user.get': { name: 'getUser', reason: 'x' } }, catalogs)).toThrow(/derived name already/)
  })
})

describe('checkCatalog', () => {
  it('lists every problem with its JSON path', () => {
    const raw = {
      domain: 'demo',
      version: 'v1',
      models: { Thing: { type: 'object', properties: { other: { ref: 'Missing' } } } },
      endpoints: [
        { id: 'other.v1.thing.get', method: 'GET', path: '/x', tokens: ['tenant'], docUrl: 'https://x' },
        { id: 'demo.v1.thing.list', method: 'FETCH', path: '/x', tokens: ['bot'], docUrl: 'https://x', request: { body: { type: 'array' } } },
      ],
    }
    const message = (() => {
      try {
        checkCatalog(raw, 'demo.v1.json')
        return ''
      } catch (error) {
        return (error as Error).message
      }
    })()
    expect(message).toContain('models.Thing.properties.other: ref "Missing" names no model of this file')
    expect(message).toContain('endpoints[0] (other.v1.thing.get): "id" does not start with "demo.v1."')
    expect(message).toContain('"method" "FETCH" is not one of')
    expect(message).toContain('"tokens" is not a list of distinct')
    expect(message).toContain('endpoints[1] (demo.v1.thing.list).request.body: array without "items"')
  })
})

describe('exports', () => {
  it('lists ".", every subpath sorted, then ./package.json', () => {
    const map = exportsMap([{ domain: 'im', version: 'v1' }], { './testing': 'src/testing/index.ts' })
    expect(Object.keys(map)).toEqual(['.', './im/v1', './im/v1/schemas', './manifest', './testing', './package.json'])
    expect(map['./testing']).toEqual({ types: './dist/testing/index.d.ts', default: './dist/testing/index.js' })
  })

  it('gives ./ws a node condition (proxy support) and sends Bun and Deno to the plain entry', () => {
    const map = exportsMap([], { './ws': 'src/ws/index.ts' })
    expect(map['./ws']).toEqual({ types: './dist/ws/index.d.ts', bun: './dist/ws/index.js', deno: './dist/ws/index.js', node: './dist/ws/index.node.js', default: './dist/ws/index.js' })
  })

  it('rewrites only exports and typesVersions, keeping the other keys in place', () => {
    const before = `{\n  "name": "x",\n  "type": "module",\n  "sideEffects": false,\n  "files": ["dist"],\n  "scripts": { "a": "b" }\n}\n`
    const after = updatePackageJson(before, { exports: { '.': './a.js' }, typesVersions: {} })
    const pkg = JSON.parse(after) as Record<string, unknown>
    expect(Object.keys(pkg)).toEqual(['name', 'type', 'sideEffects', 'exports', 'typesVersions', 'files', 'scripts'])
    expect(pkg['scripts']).toEqual({ a: 'b' })
    const again = updatePackageJson(after, { exports: { '.': './b.js' }, typesVersions: {} })
    expect(Object.keys(JSON.parse(again) as object)).toEqual(Object.keys(pkg))
    expect(again).toContain('"./b.js"')
  })
})
