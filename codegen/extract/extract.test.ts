import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Endpoint } from './build.ts'
import { isCatalogFile, type CatalogFile } from './index.ts'
import { baseName, pascal } from './model-names.ts'
import { applyEventOverrides, applyOverrides, setPath, type Override } from './overrides.ts'
import { type TypeNode, unionOf } from './type-node.ts'

const CATALOG = join(import.meta.dirname, '../../catalog')
const names = readdirSync(CATALOG).filter(isCatalogFile)
const files = names.map((f) => JSON.parse(readFileSync(join(CATALOG, f), 'utf8')) as CatalogFile)
const everything = files.flatMap((f) => f.endpoints)
/** What node-sdk has; the list-only additions are checked on their own below. */
const all = everything.filter((e) => !e.listOnly)
const byId = new Map(all.map((e) => [e.id, e]))

function endpoint(id: string): Endpoint {
  const e = byId.get(id)
  if (!e) throw new Error(`no endpoint ${id} in the catalog`)
  return e
}

describe('catalog', () => {
  it('holds every node-sdk endpoint once per method+path', () => {
    // node-sdk 1.74.0 has 1,683 request methods under domain.version; three are hand-written aliases
    // (im.v1.message.createByCard / replyByCard / updateByCard) of create / reply / update.
    expect(all).toHaveLength(1680)
    expect(new Set(all.map((e) => `${e.method} ${e.path}`)).size).toBe(1680)
    expect(new Set(all.map((e) => e.id)).size).toBe(1680)
    const sdkFiles = files.filter((f) => f.endpoints.some((e) => !e.listOnly))
    expect(sdkFiles).toHaveLength(68)
    expect(new Set(sdkFiles.map((f) => f.domain)).size).toBe(56)
  })

  it('gives contact.v3.user.batch_get_id its method, path, token and body', () => {
    const e = endpoint('contact.v3.user.batch_get_id')
    expect(e).toMatchObject({ method: 'POST', path: '/open-apis/contact/v3/users/batch_get_id', tokens: ['tenant'] })
    expect(Object.keys(e.request.body!.properties!)).toEqual(['emails', 'mobiles', 'include_resigned'])
    expect(e.request.body!.properties!['emails']).toEqual({ type: 'array', items: { type: 'string' } })
  })

  it('marks im.v1.message.create receive_id_type as a required enum', () => {
    const e = endpoint('im.v1.message.create')
    expect(e).toMatchObject({ method: 'POST', path: '/open-apis/im/v1/messages' })
    const q = e.request.query!.properties!['receive_id_type']!
    expect(q.required).toBe(true)
    expect(q.enum).toEqual(expect.arrayContaining(['open_id', 'union_id', 'user_id', 'email', 'chat_id']))
  })

  it('knows uploads, downloads and pages', () => {
    const image = endpoint('im.v1.image.create')
    expect(image.multipart).toBe(true)
    expect(image.request.body!.properties!['image']).toEqual({ type: 'file', required: true })
    const resource = endpoint('im.v1.message.resource.get')
    expect(resource).toMatchObject({ download: true, multipart: false })
    expect(resource.response).toBeUndefined()
    expect(endpoint('contact.v3.user.list').paginated).toEqual({ items: 'items', tokenIn: 'query', next: 'page_token' })
    expect(endpoint('drive.v1.file.list').paginated).toMatchObject({ next: 'next_page_token' })
  })

  it('applies the overrides', () => {
    expect(endpoint('auth.v3.tenant_access_token.internal')).toMatchObject({ tokens: [], flat: true })
    expect(endpoint('helpdesk.v1.ticket.get').headers).toEqual(['X-Lark-Helpdesk-Authorization'])
    expect(endpoint('spark.v1.app.storage.download')).toMatchObject({ multipart: false, download: true })
    expect(endpoint('hire.v1.attachment.create').request.body!.properties!['content']).toEqual({ type: 'file', required: true })
  })

  it('applies field-path overrides: msg_type of the send, reply and edit bodies is an enum', () => {
    const send = ['text', 'post', 'image', 'file', 'audio', 'media', 'sticker', 'interactive', 'share_chat', 'share_user', 'system']
    for (const id of ['im.v1.message.create', 'im.v1.message.reply']) {
      expect(endpoint(id).request.body!.properties!['msg_type'], id).toEqual({ type: 'string', required: true, enum: send })
    }
    expect(endpoint('im.v1.message.update').request.body!.properties!['msg_type']).toEqual({ type: 'string', required: true, enum: ['text', 'post'] })
    // Received messages may carry types newer than the catalog: the response stays a string.
    expect(endpoint('im.v1.message.create').response!.properties!['msg_type']).toEqual({ type: 'string' })
  })

  it('gives every endpoint token kinds and a path part that matches its URL', () => {
    for (const e of all) {
      expect(e.tokens, e.id).toBeInstanceOf(Array)
      const params = [...e.path.matchAll(/:(\w+)/g)].map((m) => m[1])
      expect(Object.keys(e.request.path?.properties ?? {}), e.id).toEqual(params)
    }
  })

  it('resolves every ref to a model of the same file', () => {
    for (const f of files) {
      const refs: string[] = []
      const walk = (x: unknown): void => {
        if (!x || typeof x !== 'object') return
        if (typeof (x as TypeNode).ref === 'string') refs.push((x as TypeNode).ref!)
        for (const v of Object.values(x)) walk(v)
      }
      walk(f.endpoints)
      walk(f.models)
      for (const r of refs) expect(f.models, `${f.domain}.${f.version}: ${r}`).toHaveProperty(r)
    }
  })

  it('contains no CJK characters (no prose was copied), additions included', () => {
    const cjk = /[\u2e80-\u2fdf\u3000-\u30ff\u3100-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/
    const files = readdirSync(CATALOG, { recursive: true, withFileTypes: true }).filter((d) => d.isFile())
    expect(files.map((d) => d.name)).toEqual(expect.arrayContaining(['overrides.json', 'contact.v3.json']))
    for (const d of files) expect(cjk.test(readFileSync(join(d.parentPath, d.name), 'utf8')), d.name).toBe(false)
  })

  it('gives every endpoint an https doc URL on the official doc sites', () => {
    // The Aily files API is documented in Aily's own help centre.
    const site = /^https:\/\/(open\.(feishu\.cn|larksuite\.com)\/(document|api-explorer)\b|aily\.feishu\.cn\/hc\/)/
    for (const e of everything) expect(e.docUrl, e.id).toMatch(site)
  })

  it('adds the list-only APIs with their official list names, each once', () => {
    const added = everything.filter((e) => e.listOnly)
    expect(added.length).toBeGreaterThanOrEqual(95)
    expect(added).toHaveLength(114)
    const listIds = added.map((e) => e.listId)
    expect(new Set(listIds).size).toBe(added.length)
    for (const e of added) {
      expect(e.listId, e.id).toMatch(/^([a-z_]+\.old\.default\.|extra:(GET|POST) \/)/)
      if (e.schemaKnown === false) expect(e.schemaNote, e.id).toMatch(/\w{3}/)
    }
    // Not JSON APIs, so not functions: the browser sign-in page and the long connection's bootstrap.
    const excluded = ['oauth.old.default.v1/index', 'extra:POST /callback/ws/endpoint']
    for (const id of excluded) expect(listIds).not.toContain(id)
    expect(added.length + excluded.length).toBe(116)
  })
})

describe('field-path overrides', () => {
  const sample = (): Endpoint =>
    ({ id: 'x.v1.a.b', request: { body: { type: 'object', properties: { t: { type: 'string' } } } } }) as unknown as Endpoint

  it('replace one nested field and leave its siblings', () => {
    const e = sample()
    const o: Override = { id: 'x.v1.a.b', paths: { 'request.body.properties.t.enum': ['a'] }, reason: 'r' }
    applyOverrides([e], [o])
    expect(e.request.body).toEqual({ type: 'object', properties: { t: { type: 'string', enum: ['a'] } } })
  })

  it('stop the extractor when a path the sources no longer have is named', () => {
    const o: Override = { id: 'x.v1.a.b', paths: { 'request.body.properties.gone.enum': ['a'] }, reason: 'r' }
    expect(() => applyOverrides([sample()], [o])).toThrow(/no object at gone/)
    expect(() => setPath({ a: 'text' }, 'a.b', 1, 'label')).toThrow(/no object at a/)
    expect(() => setPath({}, '__proto__.polluted', 1, 'label')).toThrow(/no object at __proto__/)
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })

  it('apply event entries to event types, and refuse unknown ones', () => {
    const events = [{ type: 'im.message.receive_v1', event: { type: 'object', properties: { k: { type: 'string' } } } }]
    applyEventOverrides(events, [{ event: 'im.message.receive_v1', paths: { 'event.properties.k.enum': ['p2p'] }, reason: 'r' }])
    expect(events[0]!.event.properties.k).toEqual({ type: 'string', enum: ['p2p'] })
    expect(() => applyEventOverrides(events, [{ event: 'nope', paths: { 'event.x': 1 }, reason: 'r' }])).toThrow(/unknown event type: nope/)
  })
})

describe('model naming', () => {
  it('names a shape after the property that holds it', () => {
    expect(baseName('user_list', 'a')).toBe('User')
    expect(baseName('items', 'a')).toBe('Item')
    expect(baseName('address', 'a')).toBe('Address')
    expect(baseName('status', '')).toBe('Status')
    expect(baseName('fields', 'm')).toBe('FieldsValue')
    expect(pascal('i18n_name')).toBe('I18nName')
    expect(pascal('2fa')).toBe('N2fa')
  })

  it('folds literal unions into enums', () => {
    expect(unionOf([{ type: 'string', enum: ['a'] }, { type: 'string', enum: ['b'] }])).toEqual({ type: 'string', enum: ['a', 'b'] })
    expect(unionOf([{ type: 'boolean', enum: [true] }, { type: 'boolean', enum: [false] }])).toEqual({ type: 'boolean' })
  })
})
