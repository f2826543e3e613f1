/**
 * The tenant directory as the contact v3 routes show it: users (`seedUsers`) placed in
 * departments (`seedDepartments`), ids of the kind the query asks for.
 *
 * Department membership is the department's `members` (open_ids); a user in no department sits in
 * the root, `'0'`. `parent_department_id` of a seeded department is the parent's `department_id`.
 *
 * @module
 */
import type { FakeDepartment, World } from '../api/world.ts'
import { fieldViolations } from '../api/pages.ts'
import type { FakeError } from '../reply.ts'
import type { State } from '../state.ts'
import type { FakeUser } from '../types.ts'

/** `user_id_type` values. */
export type UserIdType = 'open_id' | 'union_id' | 'user_id'
/** `department_id_type` values. */
export type DepartmentIdType = 'open_department_id' | 'department_id'

const USER_ID_TYPES: readonly string[] = ['open_id', 'union_id', 'user_id']
const DEPARTMENT_ID_TYPES: readonly string[] = ['open_department_id', 'department_id']

/**
 * Reads `user_id_type` and `department_id_type` (defaults `open_id`, `open_department_id`).
 *
 * @param query The request's query.
 * @returns Both types, or the field violation to answer.
 */
export function idTypes(query: URLSearchParams): { user: UserIdType; department: DepartmentIdType } | FakeError {
  const user = query.get('user_id_type') ?? 'open_id'
  const department = query.get('department_id_type') ?? 'open_department_id'
  const violations = [
    ...(USER_ID_TYPES.includes(user) ? [] : [{ field: 'user_id_type', value: user, description: 'must be open_id, union_id or user_id' }]),
    ...(DEPARTMENT_ID_TYPES.includes(department)
      ? []
      : [{ field: 'department_id_type', value: department, description: 'must be open_department_id or department_id' }]),
  ]
  if (violations.length > 0) return fieldViolations(violations)
  return { user: user as UserIdType, department: department as DepartmentIdType }
}

/** The root department of a tenant. */
export const ROOT_ID = '0'

/**
 * The users of one tenant's directory, in the order they were added.
 *
 * @param state The fake's state.
 * @param tenantKey The caller's tenant.
 * @returns The users, resigned ones included.
 */
export function directoryOf(state: State, tenantKey: string | undefined): FakeUser[] {
  return state.users.filter((user) => user.tenant_key === tenantKey)
}

/**
 * Finds a department by id (of the given kind); `'0'` is the root, answered as `'root'`.
 *
 * @returns The department, `'root'`, or undefined.
 */
export function findDepartment(world: World, tenantKey: string | undefined, id: string, type: DepartmentIdType): FakeDepartment | 'root' | undefined {
  if (id === ROOT_ID) return 'root'
  return world.departments.find((d) => d.tenant_key === tenantKey && d[type] === id)
}

/** The departments a user is in (the root when none). */
export function departmentsOfUser(world: World, user: FakeUser): (FakeDepartment | 'root')[] {
  const found = world.departments.filter((d) => d.tenant_key === user.tenant_key && d.members.includes(user.open_id))
  return found.length > 0 ? found : ['root']
}

/** The id of a department (or the root) in the asked kind. */
export function departmentId(department: FakeDepartment | 'root', type: DepartmentIdType): string {
  return department === 'root' ? ROOT_ID : department[type]
}

/**
 * The active members of a department (or the root): users listed in its `members`; for the root,
 * users in no department. Resigned users are left out, as the platform's member lists do.
 */
export function membersOf(state: State, world: World, department: FakeDepartment | 'root', tenantKey: string | undefined): FakeUser[] {
  return directoryOf(state, tenantKey).filter(
    (user) => !user.status.is_resigned && departmentsOfUser(world, user).includes(department),
  )
}

/**
 * A user as the contact API shows it.
 *
 * @param world The departments.
 * @param user The stored user.
 * @param type The kind of department ids to show.
 * @returns The `user` object.
 */
export function userView(world: World, user: FakeUser, type: DepartmentIdType): Record<string, unknown> {
  const avatar = user.avatar_url
  return {
    union_id: user.union_id,
    user_id: user.user_id,
    open_id: user.open_id,
    name: user.name,
    en_name: user.en_name,
    email: user.email,
    enterprise_email: user.enterprise_email,
    mobile: user.mobile ?? '',
    employee_no: user.employee_no,
    avatar: avatar === undefined ? undefined : { avatar_72: avatar, avatar_240: avatar, avatar_640: avatar, avatar_origin: avatar },
    status: user.status,
    department_ids: departmentsOfUser(world, user).map((d) => departmentId(d, type)),
  }
}

/**
 * A department as the contact API shows it.
 *
 * @returns The `department` object.
 */
export function departmentView(state: State, world: World, department: FakeDepartment | 'root', type: DepartmentIdType, tenantKey: string | undefined): Record<string, unknown> {
  const memberCount = membersOf(state, world, department, tenantKey).length
  if (department === 'root') {
    return { name: '', department_id: ROOT_ID, open_department_id: ROOT_ID, parent_department_id: '', member_count: memberCount, status: { is_deleted: false } }
  }
  const parent = findDepartment(world, tenantKey, department.parent_department_id, 'department_id')
  return {
    name: department.name,
    department_id: department.department_id,
    open_department_id: department.open_department_id,
    parent_department_id: parent === undefined ? department.parent_department_id : departmentId(parent, type),
    leader_user_id: department.leader_user_id,
    order: department.order,
    member_count: memberCount,
    status: { is_deleted: false },
  }
}
