/**
 * `authen.v1.user_info.get`: GET /open-apis/authen/v1/user_info (user token): the token's user.
 *
 * @module
 */
import { fakeError } from '../reply.ts'
import type { State } from '../state.ts'
import type { RouteSpec } from '../types.ts'

/**
 * The built-in `user_info` route.
 *
 * @param state Reads the current state.
 * @returns The route spec.
 */
export function userInfoRoute(state: () => State): RouteSpec {
  return {
    method: 'GET',
    path: '/open-apis/authen/v1/user_info',
    tokens: ['user'],
    handler: ({ caller }) => {
      const user = state().users.find((u) => u.open_id === caller?.openId)
      if (!user) return fakeError(99991668, 'Invalid user access token for authorization.')
      const { status: _status, ...fields } = user
      return fields
    },
  }
}
