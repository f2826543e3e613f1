// Generated from catalog/passport.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link logoutSession}. */
export interface LogoutSessionInput {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body: {
    idp_credential_id?: string
    logout_type: number
    terminal_type?: number[]
    user_id?: string
    logout_reason?: number
    sid?: string
  }
}

/** `data` of a successful {@link logoutSession} response. */
export type LogoutSessionOutput = { [key: string]: unknown }

/**
 * `passport.v1.session.logout`: POST /open-apis/passport/v1/sessions/logout (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=logout&project=passport&resource=session&version=v1
 */
export const logoutSession = /*#__PURE__*/ endpoint<LogoutSessionInput, LogoutSessionOutput>({
  id: 'passport.v1.session.logout',
  method: 'POST',
  path: '/open-apis/passport/v1/sessions/logout',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: looseObject({
        idp_credential_id: optional(string()),
        logout_type: number(),
        terminal_type: optional(array(number())),
        user_id: optional(string()),
        logout_reason: optional(number()),
        sid: optional(string()),
      }),
    }),
})

/** Input of {@link querySession}. */
export interface QuerySessionInput {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body?: { user_ids?: string[] }
}

/** `data` of a successful {@link querySession} response. */
export interface QuerySessionOutput {
  mask_sessions?: { create_time?: string; terminal_type?: number; user_id?: string; sid?: string }[]
}

/**
 * `passport.v1.session.query`: POST /open-apis/passport/v1/sessions/query (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query&project=passport&resource=session&version=v1
 */
export const querySession = /*#__PURE__*/ endpoint<QuerySessionInput, QuerySessionOutput>({
  id: 'passport.v1.session.query',
  method: 'POST',
  path: '/open-apis/passport/v1/sessions/query',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: optional(looseObject({ user_ids: optional(array(string())) })),
    }),
})
