import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { findUserByDepartment, getUser } from '../../src/api/contact/v3/index.ts'
import { batchUpdateDocumentBlock, patchDocumentBlock } from '../../src/api/docx/v1/index.ts'
import { listen } from '../../src/node/index.ts'
import { createProxy, type ProxyRequestInfo } from '../../src/proxy/index.ts'
import { startFake } from '../helpers.ts'

const server = await startFake()
const { fake } = server
const origin = 'https://tool.example.com'
const told: string[] = []
const authorize = (_: Request, info: ProxyRequestInfo) => (told.push(info.endpoint), true)
const only = await listen(createProxy(server.context(), { allow: [getUser, patchDocumentBlock], cors: { origins: [origin] }, authorize }))
const both = await listen(createProxy(server.context(), { allow: [getUser, findUserByDepartment, patchDocumentBlock, batchUpdateDocumentBlock], cors: { origins: [origin] }, authorize }))
const { accessToken } = fake.issueUserToken()
afterAll(async () => {
  await Promise.all([only.close(), both.close()])
  await server.close()
})
beforeEach(() => {
  fake.clearRequests()
  told.length = 0
  const echo = (id: string) => ({ tokens: ['tenant', 'user'] as const, handler: () => ({ id }) })
  fake.route({ method: 'GET', path: '/open-apis/contact/v3/users/:user_id', ...echo('get') })
  fake.route({ method: 'GET', path: '/open-apis/contact/v3/users/find_by_department', ...echo('find_by_department') })
  fake.route({ method: 'PATCH', path: '/open-apis/docx/v1/documents/:document_id/blocks/:block_id', ...echo('patch') })
  fake.route({ method: 'PATCH', path: '/open-apis/docx/v1/documents/:document_id/blocks/batch_update', ...echo('batch_update') })
})

const call = (base: string, method: string, path: string) =>
  fetch(`${base}${path}`, { method, headers: { origin, authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' }, ...(method === 'GET' ? {} : { body: '{}' }) })

describe('the allow list matches the one endpoint a request is', () => {
  it('refuses a literal sibling of an allowed parameter path (read), without asking authorize', async () => {
    const res = await call(only.url, 'GET', '/open-apis/contact/v3/users/find_by_department?department_id=od_1')
    expect([res.status, await res.json()]).toEqual([403, { code: 403, msg: 'endpoint not allowed by the proxy' }])
    expect(told).toEqual([])
    expect(fake.requests).toHaveLength(0)
  })

  it('refuses a literal sibling of an allowed parameter path (write: patch vs batch_update)', async () => {
    const res = await call(only.url, 'PATCH', '/open-apis/docx/v1/documents/doc_1/blocks/batch_update')
    expect(res.status).toBe(403)
    expect(fake.requests).toHaveLength(0)
  })

  it('refuses the sibling spelled with percent-encoded letters', async () => {
    const res = await call(only.url, 'GET', '/open-apis/contact/v3/users/%66ind_by_department')
    expect(res.status).toBe(403)
    expect(fake.requests).toHaveLength(0)
  })

  it('still forwards the parameter path itself', async () => {
    const res = await call(only.url, 'GET', '/open-apis/contact/v3/users/ou_1')
    expect([res.status, ((await res.json()) as { data: unknown }).data]).toEqual([200, { id: 'get' }])
    expect(told).toEqual(['contact.v3.user.get'])
  })

  it('with both allowed, the literal path is its own endpoint and authorize is told so', async () => {
    expect(((await (await call(both.url, 'GET', '/open-apis/contact/v3/users/find_by_department')).json()) as { data: unknown }).data).toEqual({ id: 'find_by_department' })
    expect(((await (await call(both.url, 'PATCH', '/open-apis/docx/v1/documents/d/blocks/batch_update')).json()) as { data: unknown }).data).toEqual({ id: 'batch_update' })
    expect(((await (await call(both.url, 'PATCH', '/open-apis/docx/v1/documents/d/blocks/blk_1')).json()) as { data: unknown }).data).toEqual({ id: 'patch' })
    expect(told).toEqual(['contact.v3.user.find_by_department', 'docx.v1.document.block.batch_update', 'docx.v1.document.block.patch'])
  })
})
