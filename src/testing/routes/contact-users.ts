/**
 * Contact v3 user routes with real state: `GET /users/:user_id`, `GET /users` (list) and
 * `GET /users/find_by_department`, both lists really paged by `page_size` / `page_token`.
 *
 * - Unknown user → 41050 `no user authority error` (HTTP 403): the platform does not tell a
 *   missing user from one outside the app's contact range.
 * - Unknown department → 40004 `no dept authority error` (HTTP 403), for the same reason.
 * - `GET /users` without `department_id` lists the whole tenant (resigned users left out).
 *
 * @module
 */
import { fieldViolations, pageOf, readPage } from '../api/pages.ts'
import type { ApiEnv, StatefulRoute } from '../api/world.ts'
import { fakeError, isFakeError } from '../reply.ts'
import type { RouteContext } from '../types.ts'
import {
  directoryOf,
  findDepartment,
  idTypes,
  membersOf,
  userView,
} from './contact-directory.ts'

const USERS = '/open-apis/contact/v3/users'
const TOKENS = ['tenant', 'user'] as const

/**
 * The stateful contact user routes. `find_by_department` comes after `:user_id`, so the router
 * (newest first) matches it before the parameter route.
 *
 * @param env The fake's state and world.
 * @returns The route specs, in registration order.
 */
export function contactUserRoutes(env: ApiEnv): StatefulRoute[] {
  return [
    {
      method: 'GET',
      path: `${USERS}/:user_id`,
      tokens: TOKENS,
      reserved: ['basic_batch', 'batch', 'batch_get_id', 'find_by_department'],
      handler: (context) => getUser(env, context),
    },
    { method: 'GET', path: USERS, tokens: TOKENS, handler: (context) => listUsers(env, context, false) },
    { method: 'GET', path: `${USERS}/find_by_department`, tokens: TOKENS, handler: (context) => listUsers(env, context, true) },
  ]
}

function getUser(env: ApiEnv, { params, query, caller }: RouteContext): unknown {
  const types = idTypes(query)
  if (isFakeError(types)) return types
  const userId = params.user_id ?? ''
  const user = directoryOf(env.state(), caller?.tenantKey).find((u) => u[types.user] === userId)
  if (user === undefined) return fakeError(41050, 'no user authority error', 403)
  return { user: userView(env.world(), user, types.department) }
}

function listUsers(env: ApiEnv, { query, caller }: RouteContext, byDepartment: boolean): unknown {
  const types = idTypes(query)
  if (isFakeError(types)) return types
  const window = readPage(query, byDepartment ? { defaultSize: 10, maxSize: 50 } : { defaultSize: 20, maxSize: 100 })
  if (isFakeError(window)) return window
  const state = env.state()
  const world = env.world()
  const tenantKey = caller?.tenantKey
  const departmentId = query.get('department_id')
  let users
  if (departmentId === null || departmentId === '') {
    if (byDepartment) return fieldViolations([{ field: 'department_id', description: 'department_id is required' }])
    users = directoryOf(state, tenantKey).filter((user) => !user.status.is_resigned)
  } else {
    const department = findDepartment(world, tenantKey, departmentId, types.department)
    if (department === undefined) return fakeError(40004, 'no dept authority error', 403)
    users = membersOf(state, world, department, tenantKey)
  }
  const page = pageOf(users, window)
  return { ...page, items: page.items.map((user) => userView(world, user, types.department)) }
}
