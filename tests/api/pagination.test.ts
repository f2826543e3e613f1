import { beforeEach, describe, expect, it } from 'vitest'
import { isLarkApiError } from '../../src/core/errors.ts'
import { paginate, paginateItems } from '../../src/core/paginate.ts'
import type { Context } from '../../src/core/types.ts'
import * as contact from '../../src/api/contact/v3/index.ts'
import * as drive from '../../src/api/drive/v1/index.ts'
import * as driveSchemas from '../../src/api/drive/v1/schemas.ts'
import * as im from '../../src/api/im/v1/index.ts'
import * as report from '../../src/api/report/v1/index.ts'
import { createFakeFeishu, fakeError, FAKE_USER, type FakeFeishu } from '../../src/testing/index.ts'
import { hits, inProcessContext } from './helpers.ts'

const USERS = '/open-apis/contact/v3/users'
const MESSAGES = '/open-apis/im/v1/messages'
let fake: FakeFeishu
let ctx: Context

beforeEach(() => {
  fake = createFakeFeishu()
  ctx = inProcessContext(fake)
})

function seedPeople(count: number) {
  return fake.seedUsers(Array.from({ length: count }, (_, i) => ({ open_id: `ou_p${i}`, name: `Person ${i}` })))
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = []
  for await (const item of items) out.push(item)
  return out
}

describe('paginate over the stateful user list', () => {
  it('walks every page, page_size at a time, following page_token', async () => {
    seedPeople(25)
    const users = await collect(paginateItems(contact.listUser, ctx, { query: { page_size: 10 } }))
    expect(users.map((u) => u.name)).toEqual([FAKE_USER.name, ...Array.from({ length: 25 }, (_, i) => `Person ${i}`)])
    const calls = hits(fake, 'GET', USERS)
    expect(calls).toHaveLength(3)
    expect(calls[0]?.query).toEqual({ page_size: '10' })
    expect(calls[1]?.query).toEqual({ page_size: '10', page_token: expect.any(String) })
    expect(calls[2]?.query.page_token).not.toBe(calls[1]?.query.page_token)
  })

  it('stops fetching when the loop breaks', async () => {
    seedPeople(25)
    for await (const page of paginate(contact.listUser, ctx, { query: { page_size: 10 } })) {
      expect(page.has_more).toBe(true)
      break
    }
    expect(hits(fake, 'GET', USERS)).toHaveLength(1)
  })

  it('stops after maxPages', async () => {
    seedPeople(25)
    const pages = await collect(paginate(contact.listUser, ctx, { query: { page_size: 5 } }, { maxPages: 2 }))
    expect(pages).toHaveLength(2)
    expect(hits(fake, 'GET', USERS)).toHaveLength(2)
  })

  it('pages the members of one department with find_by_department', async () => {
    const people = seedPeople(12)
    const [eng] = fake.seedDepartments([{ department_id: 'eng', name: 'Engineering', members: people.map((p) => p.open_id) }])
    const input = { query: { department_id: eng?.open_department_id ?? '', page_size: 5 } }
    const members = await collect(paginateItems(contact.findUserByDepartment, ctx, input))
    expect(members.map((m) => m.open_id)).toEqual(people.map((p) => p.open_id))
    expect(members[0]?.department_ids).toEqual([eng?.open_department_id])
    expect(hits(fake, 'GET', `${USERS}/find_by_department`)).toHaveLength(3)
  })

  it('refuses a page_size over the endpoint limit with the field named', async () => {
    const error = await contact.listUser(ctx, { query: { page_size: 101 } }).catch((e: unknown) => e)
    expect(isLarkApiError(error) && error.code).toBe(99992402)
    expect(isLarkApiError(error) && error.detail?.field_violations).toEqual([
      { field: 'page_size', value: '101', description: 'page_size must be an integer from 1 to 100' },
    ])
  })
})

describe('paginate over a chat’s messages', () => {
  async function chatWithMessages(count: number): Promise<string> {
    const [chat] = fake.seedChats([{ name: 'paging' }])
    const chatId = chat?.chat_id ?? ''
    for (let i = 0; i < count; i++) {
      await im.createMessage(ctx, {
        query: { receive_id_type: 'chat_id' },
        body: { receive_id: chatId, msg_type: 'text', content: JSON.stringify({ text: `m${i}` }) },
      })
    }
    fake.clearRequests()
    return chatId
  }

  it('lists oldest first across pages', async () => {
    const chatId = await chatWithMessages(7)
    const input = { query: { container_id_type: 'chat', container_id: chatId, page_size: 3 } }
    const items = await collect(paginateItems(im.listMessage, ctx, input))
    expect(items.map((m) => JSON.parse(m.body?.content ?? '{}').text)).toEqual(['m0', 'm1', 'm2', 'm3', 'm4', 'm5', 'm6'])
    expect(hits(fake, 'GET', MESSAGES)).toHaveLength(3)
  })

  it('lists newest first with ByCreateTimeDesc, and a break stops after one request', async () => {
    const chatId = await chatWithMessages(5)
    const input = { query: { container_id_type: 'chat', container_id: chatId, page_size: 2, sort_type: 'ByCreateTimeDesc' as const } }
    for await (const message of paginateItems(im.listMessage, ctx, input)) {
      expect(JSON.parse(message.body?.content ?? '{}').text).toBe('m4')
      break
    }
    expect(hits(fake, 'GET', MESSAGES)).toHaveLength(1)
  })
})

describe('paginate over other token placements', () => {
  it('sends page_token in the body for body-token endpoints', async () => {
    const pages: Record<string, { items: { task_id: string }[]; has_more: boolean; page_token?: string }> = {
      '': { items: [{ task_id: 't1' }], has_more: true, page_token: 'p2' },
      p2: { items: [{ task_id: 't2' }], has_more: true, page_token: 'p3' },
      p3: { items: [{ task_id: 't3' }], has_more: false },
    }
    fake.route({
      method: 'POST',
      path: '/open-apis/report/v1/tasks/query',
      handler: ({ body }) => pages[String((body as { page_token?: string }).page_token)] ?? fakeError(99992402, 'bad token'),
    })
    const input = { body: { commit_start_time: 1, commit_end_time: 2, page_token: '', page_size: 1 } }
    const tasks = await collect(paginateItems(report.queryTask, ctx, input))
    expect(tasks.map((t) => t.task_id)).toEqual(['t1', 't2', 't3'])
    const calls = hits(fake, 'POST', '/open-apis/report/v1/tasks/query')
    expect(calls.map((c) => (c.body as { page_token: string }).page_token)).toEqual(['', 'p2', 'p3'])
    expect(calls.every((c) => c.query.page_token === undefined)).toBe(true)
  })

  it('follows next_page_token where the endpoint names it so', async () => {
    fake.route({
      method: 'GET',
      path: '/open-apis/drive/v1/files',
      tokens: ['tenant', 'user'],
      handler: ({ query }) =>
        query.get('page_token') === 'n2'
          ? { files: [{ token: 'f2' }], has_more: false }
          : { files: [{ token: 'f1' }], has_more: true, next_page_token: 'n2' },
    })
    const files = await collect(paginateItems(drive.listFile, ctx, { query: { page_size: 1 } }))
    expect(files.map((f) => f.token)).toEqual(['f1', 'f2'])
    expect(hits(fake, 'GET', '/open-apis/drive/v1/files').map((c) => c.query.page_token)).toEqual([undefined, 'n2'])
  })

  it('answers a learned paginated endpoint with one page (has_more: false)', async () => {
    fake.learn(drive, driveSchemas)
    const pages = await collect(paginate(drive.listFile, ctx, { query: { page_size: 5 } }))
    expect(pages).toHaveLength(1)
    expect(pages[0]).toMatchObject({ has_more: false, next_page_token: '' })
  })

  it('throws when a later page fails, after yielding the pages before it', async () => {
    fake.route({
      method: 'GET',
      path: '/open-apis/drive/v1/files',
      tokens: ['tenant', 'user'],
      handler: ({ query }) =>
        query.get('page_token') === 'n2'
          ? fakeError(1061004, 'forbidden.', 403)
          : { files: [{ token: 'f1' }], has_more: true, next_page_token: 'n2' },
    })
    const seen: string[] = []
    const run = async () => {
      for await (const file of paginateItems(drive.listFile, ctx)) seen.push(file.token ?? '')
    }
    const error = await run().catch((e: unknown) => e)
    expect(seen).toEqual(['f1'])
    expect(isLarkApiError(error) && [error.code, error.httpStatus]).toEqual([1061004, 403])
  })
})
