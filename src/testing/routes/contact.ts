/**
 * `contact.v3.user.batch_get_id`: POST /open-apis/contact/v3/users/batch_get_id (tenant token).
 * Looks users up by email or mobile in the caller's tenant directory (`seedUsers`).
 *
 * Unknown emails/mobiles come back as entries without `user_id` (the request value echoed);
 * resigned users count as unknown unless `include_resigned` is true. A body with neither list, a
 * list over 50, or an unknown `user_id_type` answers 99992402 with `field_violations` (HTTP 400).
 *
 * @module
 */
import { asRecord } from '../body.ts'
import { fakeError } from '../reply.ts'
import type { State } from '../state.ts'
import type { FakeUser, RouteSpec } from '../types.ts'

const ID_TYPES = ['open_id', 'union_id', 'user_id'] as const
type IdType = (typeof ID_TYPES)[number]
const MAX_ITEMS = 50

/**
 * The built-in `batch_get_id` route.
 *
 * @param state Reads the current state.
 * @returns The route spec.
 */
export function batchGetIdRoute(state: () => State): RouteSpec {
  return {
    method: 'POST',
    path: '/open-apis/contact/v3/users/batch_get_id',
    tokens: ['tenant'],
    handler: ({ body, query, caller }) => {
      const input = asRecord(body) ?? {}
      const idType = query.get('user_id_type') ?? 'open_id'
      const violations = [
        ...listViolations('emails', input.emails),
        ...listViolations('mobiles', input.mobiles),
      ]
      if (input.emails === undefined && input.mobiles === undefined) {
        violations.push({ field: 'emails', value: '', description: 'emails or mobiles is required' })
      }
      if (!isIdType(idType)) {
        violations.push({ field: 'user_id_type', value: idType, description: 'must be open_id, union_id or user_id' })
      }
      if (violations.length > 0 || !isIdType(idType)) {
        return fakeError(99992402, 'field validation failed', 400, { field_violations: violations })
      }
      const includeResigned = input.include_resigned === true
      const directory = state().users.filter(
        (u) => u.tenant_key === caller?.tenantKey && (includeResigned || !u.status.is_resigned),
      )
      const entry = (user: FakeUser | undefined) => (user ? { user_id: user[idType], status: user.status } : {})
      const emails = (input.emails ?? []) as string[]
      const mobiles = (input.mobiles ?? []) as string[]
      return {
        user_list: [
          ...emails.map((email) => ({ ...entry(directory.find((u) => sameEmail(u.email, email))), email })),
          ...mobiles.map((mobile) => ({ ...entry(directory.find((u) => sameMobile(u.mobile, mobile))), mobile })),
        ],
      }
    },
  }
}

function listViolations(field: string, value: unknown): { field: string; value: string; description: string }[] {
  if (value === undefined) return []
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    return [{ field, value: JSON.stringify(value), description: 'must be an array of strings' }]
  }
  if (value.length > MAX_ITEMS) {
    return [{ field, value: String(value.length), description: `at most ${MAX_ITEMS} items` }]
  }
  return []
}

function isIdType(value: string): value is IdType {
  return (ID_TYPES as readonly string[]).includes(value)
}

function sameEmail(stored: string | undefined, asked: string): boolean {
  return stored !== undefined && stored.toLowerCase() === asked.trim().toLowerCase()
}

/** Mainland numbers match with or without the `+86` prefix. */
function sameMobile(stored: string | undefined, asked: string): boolean {
  const bare = (mobile: string) => mobile.trim().replace(/^\+86/, '')
  return stored !== undefined && bare(stored) === bare(asked)
}
