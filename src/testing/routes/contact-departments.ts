/**
 * Contact v3 department routes with real state: `GET /departments/:department_id` and
 * `GET /departments/:department_id/children` (paged; `fetch_child=true` walks the whole subtree,
 * breadth first). `'0'` is the root. Unknown department → 40004 `no dept authority error` (HTTP 403).
 *
 * @module
 */
import { pageOf, readPage } from '../api/pages.ts'
import type { ApiEnv, FakeDepartment, StatefulRoute, World } from '../api/world.ts'
import { fakeError, isFakeError } from '../reply.ts'
import type { RouteContext } from '../types.ts'
import { departmentView, findDepartment, idTypes, ROOT_ID } from './contact-directory.ts'

const DEPARTMENTS = '/open-apis/contact/v3/departments'
const TOKENS = ['tenant', 'user'] as const

/**
 * The stateful contact department routes.
 *
 * @param env The fake's state and world.
 * @returns The route specs.
 */
export function contactDepartmentRoutes(env: ApiEnv): StatefulRoute[] {
  return [
    {
      method: 'GET',
      path: `${DEPARTMENTS}/:department_id`,
      tokens: TOKENS,
      reserved: ['batch', 'parent', 'search', 'unbind_department_chat'],
      handler: (context) => getDepartment(env, context),
    },
    { method: 'GET', path: `${DEPARTMENTS}/:department_id/children`, tokens: TOKENS, handler: (context) => children(env, context) },
  ]
}

function getDepartment(env: ApiEnv, { params, query, caller }: RouteContext): unknown {
  const types = idTypes(query)
  if (isFakeError(types)) return types
  const world = env.world()
  const department = findDepartment(world, caller?.tenantKey, params.department_id ?? '', types.department)
  if (department === undefined) return fakeError(40004, 'no dept authority error', 403)
  return { department: departmentView(env.state(), world, department, types.department, caller?.tenantKey) }
}

function children(env: ApiEnv, { params, query, caller }: RouteContext): unknown {
  const types = idTypes(query)
  if (isFakeError(types)) return types
  const window = readPage(query, { defaultSize: 10, maxSize: 50 })
  if (isFakeError(window)) return window
  const world = env.world()
  const tenantKey = caller?.tenantKey
  const parent = findDepartment(world, tenantKey, params.department_id ?? '', types.department)
  if (parent === undefined) return fakeError(40004, 'no dept authority error', 403)
  const found = subtree(world, tenantKey, parent === 'root' ? ROOT_ID : parent.department_id, query.get('fetch_child') === 'true')
  const page = pageOf(found, window)
  const state = env.state()
  return { ...page, items: page.items.map((d) => departmentView(state, world, d, types.department, tenantKey)) }
}

/** Direct children of a department, or (deep) every descendant, breadth first. */
function subtree(world: World, tenantKey: string | undefined, parentId: string, deep: boolean): FakeDepartment[] {
  const found: FakeDepartment[] = []
  const queue = [parentId]
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    for (const department of world.departments) {
      if (department.tenant_key !== tenantKey || department.parent_department_id !== next) continue
      // A department listed as its own ancestor would loop: each is taken once.
      if (found.includes(department)) continue
      found.push(department)
      if (deep) queue.push(department.department_id)
    }
  }
  return found
}
