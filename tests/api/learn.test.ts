import { safeParse } from 'valibot'
import { beforeEach, describe, expect, it } from 'vitest'
import * as acs from '../../src/api/acs/v1/index.ts'
import * as acsSchemas from '../../src/api/acs/v1/schemas.ts'
import * as bitable from '../../src/api/bitable/v1/index.ts'
import * as bitableSchemas from '../../src/api/bitable/v1/schemas.ts'
import * as cardkit from '../../src/api/cardkit/v1/index.ts'
import * as cardkitSchemas from '../../src/api/cardkit/v1/schemas.ts'
import * as contact from '../../src/api/contact/v3/index.ts'
import * as contactSchemas from '../../src/api/contact/v3/schemas.ts'
import * as drive from '../../src/api/drive/v1/index.ts'
import * as driveSchemas from '../../src/api/drive/v1/schemas.ts'
import { endpoint } from '../../src/core/endpoint.ts'
import { isLarkApiError } from '../../src/core/errors.ts'
import type { Context } from '../../src/core/types.ts'
import { manifest } from '../../src/manifest.ts'
import { CATALOG_MODULES, catalogModuleOf } from '../../src/testing/api/on-demand.ts'
import { createFakeFeishu, FAKE_USER, learnApi, type FakeFeishu, type LoadCatalogModule } from '../../src/testing/index.ts'
import { inProcessContext } from './helpers.ts'

let fake: FakeFeishu
let ctx: Context
let tenant: string

beforeEach(() => {
  fake = createFakeFeishu()
  ctx = inProcessContext(fake)
  tenant = fake.issueToken({ kind: 'tenant' })
})

async function raw(method: string, path: string, init: { token?: string; json?: unknown; form?: FormData } = {}) {
  const headers: Record<string, string> = { authorization: `Bearer ${init.token ?? tenant}` }
  if (init.json !== undefined) headers['content-type'] = 'application/json'
  const res = await fake.fetch(path, { method, headers, body: init.form ?? (init.json === undefined ? undefined : JSON.stringify(init.json)) })
  return { status: res.status, json: (await res.json()) as { code: number; msg: string; data?: unknown; error?: Record<string, unknown> } }
}

describe('a fake without learning on demand', () => {
  it('does not know endpoints it was not taught', async () => {
    fake = createFakeFeishu({ learnOnDemand: false })
    tenant = fake.issueToken({ kind: 'tenant' })
    expect(await raw('GET', '/open-apis/acs/v1/devices')).toMatchObject({ status: 404, json: { code: 404 } })
  })
})

describe('learning on demand (the default)', () => {
  it('answers a first call to any catalog endpoint with a sample shaped by its response schema, no setup', async () => {
    const records = await bitable.listAppTableRecord(ctx, { path: { app_token: 'bascn1', table_id: 'tbl1' }, query: { page_size: 10 } })
    expect(safeParse(bitableSchemas.ListAppTableRecordOutputSchema, records).success).toBe(true)
    expect(records.items).toHaveLength(1)
    // createCard has a stateful route (routes/cardkit.ts); its module's other endpoints are learned.
    const card = await cardkit.idCardConvert(ctx, { body: { message_id: 'om_1' } })
    expect(safeParse(cardkitSchemas.IdCardConvertOutputSchema, card).success).toBe(true)
    expect(typeof card.card_id).toBe('string')
    // The same answer every time, as after fake.learn.
    expect(await bitable.listAppTableRecord(ctx, { path: { app_token: 'bascn1', table_id: 'tbl1' }, query: { page_size: 10 } })).toEqual(records)
  })

  it('learns the whole module: its other endpoints check tokens and inputs as learned routes do', async () => {
    await acs.listDevice(ctx)
    expect((await raw('POST', '/open-apis/acs/v1/rule_external', { json: { rule: {} } })).json.code).toBe(99991668)
    const bad = await raw('GET', '/open-apis/contact/v3/users/batch?user_id_type=nope')
    expect(bad).toMatchObject({ status: 400, json: { code: 99992402 } })
  })

  it('keeps the stateful routes and what a test taught', async () => {
    fake.route({ method: 'GET', path: '/open-apis/acs/v1/devices', handler: () => ({ items: [{ device_id: 'mine' }] }) })
    expect(await acs.listDevice(ctx)).toEqual({ items: [{ device_id: 'mine' }] })
    const taught = endpoint<Record<string, never>, { mine: boolean }>({ id: 'acs.v1.device.list', method: 'GET', path: '/open-apis/acs/v1/devices', tokens: ['tenant'] })
    const other = createFakeFeishu()
    other.learn({ taught })
    const c = inProcessContext(other)
    // Learned before the module is loaded on demand: the module does not replace it (a sample of `{}` data).
    expect(await acs.listDevice(c)).toEqual({})
    expect(await contact.getUser(ctx, { path: { user_id: FAKE_USER.open_id } })).toMatchObject({ user: { open_id: FAKE_USER.open_id } })
  })

  it('loads nothing when the fake is made, and each module once, however many first requests race', async () => {
    const loaded: string[] = []
    const load: LoadCatalogModule = async (subpath) => {
      loaded.push(subpath)
      return subpath === 'acs/v1' ? [acs, acsSchemas] : []
    }
    const lazy = createFakeFeishu({ learnOnDemand: load })
    expect(loaded).toEqual([])
    const c = inProcessContext(lazy)
    const pages = await Promise.all(Array.from({ length: 8 }, () => acs.listDevice(c)))
    expect(pages.every((page) => page.items?.length === 1)).toBe(true)
    expect(loaded).toEqual(['auth/v3', 'acs/v1'])
  })

  it('hostile paths load nothing: unknown domains, prototype names, encoded traversal, non-API paths', async () => {
    const loaded: string[] = []
    const lazy = createFakeFeishu({ learnOnDemand: async (subpath) => (loaded.push(subpath), []) })
    const token = lazy.issueToken({ kind: 'tenant' })
    const paths = [
      '/open-apis/nope/v1/things',
      '/open-apis/__proto__/v1/x',
      '/open-apis/constructor/prototype/x',
      '/open-apis/..%2F..%2Fcore/v1/x',
      '/open-apis/contact%2Fv3/users',
      '/open-apis/contact',
      '/open-apis/',
      '/contact/v3/users',
      `/open-apis/${'a'.repeat(10_000)}/v1/x`,
    ]
    for (const path of paths) {
      const res = await lazy.fetch(path, { headers: { authorization: `Bearer ${token}` } })
      expect(res.status, path).toBe(404)
    }
    expect(loaded).toEqual([])
  })

  it('a module that cannot be loaded leaves a 404, tried once, not a failure of the fake', async () => {
    let attempts = 0
    const broken = createFakeFeishu({
      learnOnDemand: async () => {
        attempts++
        throw new Error('cannot import here')
      },
    })
    const token = broken.issueToken({ kind: 'tenant' })
    for (let i = 0; i < 3; i++) {
      const res = await broken.fetch('/open-apis/acs/v1/devices', { headers: { authorization: `Bearer ${token}` } })
      expect(res.status).toBe(404)
      expect(((await res.json()) as { code: number }).code).toBe(404)
    }
    expect(attempts).toBe(1)
  })

  it('every manifest path maps to its own module, and the module list is the manifest’s', () => {
    expect([...CATALOG_MODULES].sort()).toEqual([...new Set(manifest.map((entry) => entry.subpath.slice('larkfn/'.length)))].sort())
    const wrong = manifest.filter((entry) => `larkfn/${catalogModuleOf(entry.path.replaceAll(/:[a-z_]+/g, 'x'))}` !== entry.subpath)
    expect(wrong.map((entry) => entry.id)).toEqual([])
  })
})

describe('fake.learn', () => {
  it('answers a learned endpoint with a sample shaped by its response schema, the same every time', async () => {
    expect(fake.learn(acs, acsSchemas)).toBe(Object.values(acs).filter((v) => typeof v === 'function' && 'spec' in v).length)
    const first = await acs.listDevice(ctx)
    expect(safeParse(acsSchemas.ListDeviceOutputSchema, first).success).toBe(true)
    expect(first.items).toHaveLength(1)
    expect(await acs.listDevice(ctx)).toEqual(first)
  })

  it('pairs schemas with their endpoints in any argument order, across modules with the same export names', async () => {
    // `listUser` exists in contact v3 and in other domains: pairing goes by module, not by name.
    expect(learnApi(fake, contactSchemas, acsSchemas, acs, contact)).toBeGreaterThan(0)
    const batch = await contact.batchUser(ctx, { query: { user_ids: ['a', 'b'] } })
    expect(safeParse(contactSchemas.BatchUserOutputSchema, batch).success).toBe(true)
  })

  it('answers `{}` (and one page for paginated endpoints) when no schemas module is given', async () => {
    fake.learn(acs)
    expect(await acs.listDevice(ctx)).toEqual({})
    expect(await acs.listAccessRecord(ctx, { query: { page_size: 1, from: 1, to: 2 } })).toEqual({ has_more: false, page_token: '' })
  })

  it('checks the token kind as the gateway does', async () => {
    fake.learn(acs, acsSchemas)
    const rule = { rule: {} }
    const asTenant = await raw('POST', '/open-apis/acs/v1/rule_external', { json: rule })
    expect(asTenant).toMatchObject({ status: 400, json: { code: 99991668 } })
    const user = fake.issueUserToken().accessToken
    expect(await raw('POST', '/open-apis/acs/v1/rule_external', { token: user, json: rule })).toMatchObject({ status: 200, json: { code: 0 } })
    expect(await raw('GET', '/open-apis/acs/v1/devices', { token: 't-unknown' })).toMatchObject({ status: 400, json: { code: 99991663 } })
  })

  it('validates the request with the endpoint’s schema: 400, 99992402, field_violations', async () => {
    fake.learn(contact, contactSchemas)
    const bad = await raw('GET', '/open-apis/contact/v3/users/batch?user_id_type=nope')
    expect(bad.status).toBe(400)
    expect(bad.json).toMatchObject({ code: 99992402, msg: 'field validation failed' })
    expect(bad.json.error?.field_violations).toEqual([
      { field: 'query.user_ids', description: expect.stringContaining('Invalid key') },
      { field: 'query.user_id_type', value: 'nope', description: expect.stringContaining('Invalid type') },
    ])
    expect((await raw('GET', '/open-apis/contact/v3/users/batch?user_ids=a&user_ids=b')).json.code).toBe(0)
  })

  it('converts query strings by the schema: numbers and repeated keys', async () => {
    fake.learn(acs, acsSchemas)
    const path = '/open-apis/acs/v1/access_records'
    expect((await raw('GET', `${path}?from=1&to=2&page_size=20`)).json.code).toBe(0)
    const bad = await raw('GET', `${path}?from=one&to=2&to=3`)
    expect(bad.json.error?.field_violations).toEqual([
      { field: 'query.from', value: 'one', description: expect.stringContaining('Expected number') },
      { field: 'query.to', description: expect.stringContaining('Expected number') },
    ])
  })

  it('reads multipart bodies: text parts by the schema, file parts as files', async () => {
    fake.learn(drive, driveSchemas)
    const done = await drive.uploadFileAll(ctx, { body: { file_name: 'a.txt', parent_type: 'explorer', parent_node: 'fld', size: 3, file: new Uint8Array([1, 2, 3]) } })
    expect(done).toMatchObject({ file_token: 'file_token' })
    const form = new FormData()
    form.append('file_name', 'a.txt')
    form.append('parent_type', 'explorer')
    form.append('parent_node', 'fld')
    form.append('size', 'three')
    const bad = await raw('POST', '/open-apis/drive/v1/files/upload_all', { form })
    expect(bad.json.error?.field_violations).toEqual([
      { field: 'body.size', value: 'three', description: expect.any(String) },
      { field: 'body.file', description: expect.any(String) },
    ])
  })

  it('answers downloads with bytes, a content type and Content-Disposition', async () => {
    fake.learn(drive, driveSchemas)
    const file = await drive.downloadFile(ctx, { path: { file_token: 'boxcn1' } })
    expect([file.filename, file.contentType]).toEqual(['boxcn1.bin', 'application/octet-stream'])
    expect(new TextDecoder().decode(await file.arrayBuffer())).toBe('larkfn fake file of drive.v1.file.download\n')
  })

  it('answers flat endpoints without the data wrapper', async () => {
    const flat = endpoint<{ body: { n: number } }, { code: number; value?: string }>({
      id: 'demo.v1.thing.flat',
      method: 'POST',
      path: '/open-apis/demo/v1/flat',
      tokens: ['tenant'],
      flat: true,
    })
    fake.learn({ flat })
    expect(await flat(ctx, { body: { n: 1 } })).toEqual({ code: 0, msg: 'success' })
  })

  it('asks for the helpdesk credential header the catalog names', async () => {
    const helpdesk = await import('../../src/api/helpdesk/v1/index.ts')
    fake.learn(helpdesk)
    const missing = await raw('GET', '/open-apis/helpdesk/v1/faqs')
    expect(missing.json.error?.field_violations).toEqual([{ field: 'X-Lark-Helpdesk-Authorization', description: 'required header is missing' }])
  })
})

describe('route precedence', () => {
  it('lets the fake’s own stateful routes answer before learned ones', async () => {
    fake.learn(contact, contactSchemas)
    const { user } = await contact.getUser(ctx, { path: { user_id: FAKE_USER.open_id } })
    expect(user?.name).toBe(FAKE_USER.name)
    const missing = await contact.getUser(ctx, { path: { user_id: 'ou_nobody' } }).catch((e: unknown) => e)
    expect(isLarkApiError(missing) && missing.code).toBe(41050)
  })

  it('keeps sibling endpoint names out of stateful parameter routes: 404 until learned', async () => {
    fake = createFakeFeishu({ learnOnDemand: false })
    tenant = fake.issueToken({ kind: 'tenant' })
    expect(await raw('GET', '/open-apis/contact/v3/users/batch?user_ids=a')).toMatchObject({ status: 404, json: { code: 404 } })
    expect(await raw('GET', '/open-apis/contact/v3/users/batch_get_id')).toMatchObject({ status: 404 })
    fake.learn(contact, contactSchemas)
    expect(await raw('GET', '/open-apis/contact/v3/users/batch?user_ids=a')).toMatchObject({ json: { code: 0 } })
  })

  it('lets fake.route override a learned endpoint, and keeps learned routes across reset()', async () => {
    fake.learn(acs, acsSchemas)
    const remove = fake.route({ method: 'GET', path: '/open-apis/acs/v1/devices', handler: () => ({ items: [] }) })
    expect(await acs.listDevice(ctx)).toEqual({ items: [] })
    remove()
    fake.reset()
    expect((await acs.listDevice(ctx)).items).toHaveLength(1)
  })
})
