import { safeParse } from 'valibot'
import { beforeEach, describe, expect, it } from 'vitest'
import * as contact from '../../src/api/contact/v3/index.ts'
import * as schemas from '../../src/api/contact/v3/schemas.ts'
import { isLarkApiError } from '../../src/core/errors.ts'
import type { Context } from '../../src/core/types.ts'
import { createFakeFeishu, FAKE_USER, type FakeFeishu } from '../../src/testing/index.ts'
import { inProcessContext } from './helpers.ts'

let fake: FakeFeishu
let ctx: Context

beforeEach(() => {
  fake = createFakeFeishu()
  ctx = inProcessContext(fake)
  fake.seedUsers([
    { open_id: 'ou_ann', union_id: 'on_ann', user_id: 'ann', name: 'Ann', mobile: '+8613000000001', avatar_url: 'https://a/ann.png' },
    { open_id: 'ou_bob', union_id: 'on_bob', user_id: 'bob', name: 'Bob', status: { is_resigned: true } },
  ])
  fake.seedUsers([{ open_id: 'ou_eve', name: 'Eve' }], { tenantKey: 'other_tenant' })
  fake.seedDepartments([
    { department_id: 'eng', open_department_id: 'od-eng', name: 'Engineering', members: ['ou_ann'] },
    { department_id: 'web', open_department_id: 'od-web', name: 'Web', parent_department_id: 'eng', members: ['ou_ann', 'ou_bob'] },
    { department_id: 'ops', open_department_id: 'od-ops', name: 'Ops' },
  ])
})

async function failure(promise: Promise<unknown>) {
  const error = await promise.catch((e: unknown) => e)
  return isLarkApiError(error) ? [error.code, error.httpStatus] : error
}

describe('contact.v3.user.get', () => {
  it('finds a user by the id type asked, with departments and the catalog’s shape', async () => {
    const byOpenId = await contact.getUser(ctx, { path: { user_id: 'ou_ann' } })
    expect(byOpenId.user).toMatchObject({
      open_id: 'ou_ann',
      union_id: 'on_ann',
      user_id: 'ann',
      name: 'Ann',
      mobile: '+8613000000001',
      avatar: { avatar_72: 'https://a/ann.png' },
      department_ids: ['od-eng', 'od-web'],
    })
    expect(safeParse(schemas.GetUserOutputSchema, byOpenId).success).toBe(true)
    const byUserId = await contact.getUser(ctx, { path: { user_id: 'ann' }, query: { user_id_type: 'user_id', department_id_type: 'department_id' } })
    expect(byUserId.user?.department_ids).toEqual(['eng', 'web'])
  })

  it('places users of no department in the root, and answers resigned users with their status', async () => {
    expect((await contact.getUser(ctx, { path: { user_id: FAKE_USER.open_id } })).user?.department_ids).toEqual(['0'])
    expect((await contact.getUser(ctx, { path: { user_id: 'ou_bob' } })).user?.status?.is_resigned).toBe(true)
  })

  it('answers 41050 for unknown users and for users of another tenant', async () => {
    expect(await failure(contact.getUser(ctx, { path: { user_id: 'ou_nobody' } }))).toEqual([41050, 403])
    expect(await failure(contact.getUser(ctx, { path: { user_id: 'ou_eve' } }))).toEqual([41050, 403])
  })

  it('takes user tokens too', async () => {
    const { accessToken } = fake.issueUserToken()
    const { user } = await contact.getUser(ctx, { path: { user_id: 'ou_ann' } }, { userAccessToken: accessToken })
    expect(user?.name).toBe('Ann')
  })
})

describe('contact.v3.user lists', () => {
  it('lists the tenant without resigned users, or one department’s members', async () => {
    const all = await contact.listUser(ctx)
    expect(all.items?.map((u) => u.open_id)).toEqual([FAKE_USER.open_id, 'ou_ann'])
    expect(all.has_more).toBe(false)
    const web = await contact.findUserByDepartment(ctx, { query: { department_id: 'web', department_id_type: 'department_id' } })
    expect(web.items?.map((u) => u.open_id)).toEqual(['ou_ann'])
    expect(safeParse(schemas.FindUserByDepartmentOutputSchema, web).success).toBe(true)
    const root = await contact.findUserByDepartment(ctx, { query: { department_id: '0' } })
    expect(root.items?.map((u) => u.open_id)).toEqual([FAKE_USER.open_id])
  })

  it('answers 40004 for an unknown department and 99992402 for a bad id type', async () => {
    expect(await failure(contact.findUserByDepartment(ctx, { query: { department_id: 'od-none' } }))).toEqual([40004, 403])
    const bad = await contact.listUser(ctx, { query: { user_id_type: 'email' as 'open_id' } }, { validate: false }).catch((e: unknown) => e)
    expect(isLarkApiError(bad) && bad.detail?.field_violations).toEqual([
      { field: 'user_id_type', value: 'email', description: 'must be open_id, union_id or user_id' },
    ])
  })
})

describe('contact.v3.department', () => {
  it('gets a department with its parent in the asked id type, and the root', async () => {
    const { department } = await contact.getDepartment(ctx, { path: { department_id: 'od-web' } })
    expect(department).toMatchObject({ name: 'Web', department_id: 'web', open_department_id: 'od-web', parent_department_id: 'od-eng', member_count: 1 })
    const root = await contact.getDepartment(ctx, { path: { department_id: '0' } })
    expect(root.department).toMatchObject({ department_id: '0', member_count: 1 })
    expect(safeParse(schemas.GetDepartmentOutputSchema, root).success).toBe(true)
    expect(await failure(contact.getDepartment(ctx, { path: { department_id: 'od-none' } }))).toEqual([40004, 403])
  })

  it('lists children, the whole subtree with fetch_child, in pages', async () => {
    const direct = await contact.childrenDepartment(ctx, { path: { department_id: '0' } })
    expect(direct.items?.map((d) => d.name)).toEqual(['Engineering', 'Ops'])
    const deep = await contact.childrenDepartment(ctx, { path: { department_id: '0' }, query: { fetch_child: true, page_size: 2 } })
    expect([deep.items?.map((d) => d.name), deep.has_more]).toEqual([['Engineering', 'Ops'], true])
    const next = await contact.childrenDepartment(ctx, { path: { department_id: '0' }, query: { fetch_child: true, page_size: 2, page_token: deep.page_token } })
    expect([next.items?.map((d) => d.name), next.has_more]).toEqual([['Web'], false])
    expect(safeParse(schemas.ChildrenDepartmentOutputSchema, next).success).toBe(true)
  })

  it('forgets departments on reset()', async () => {
    fake.reset()
    expect(fake.departments).toEqual([])
    expect(await failure(contact.getDepartment(ctx, { path: { department_id: 'od-eng' } }))).toEqual([40004, 403])
  })
})
