// Generated from catalog/calendar.v4.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { ScopeSchema } from './models.ts'
import type { Scope } from './types.ts'

/** Input of {@link createCalendarAcl}. */
export interface CreateCalendarAclInput {
  path: { calendar_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body: { role: 'unknown' | 'free_busy_reader' | 'reader' | 'writer' | 'owner'; scope: Scope }
}

/** `data` of a successful {@link createCalendarAcl} response. */
export interface CreateCalendarAclOutput {
  acl_id: string
  role: 'unknown' | 'free_busy_reader' | 'reader' | 'writer' | 'owner'
  scope: Scope
}

/**
 * `calendar.v4.calendar.acl.create`: POST /open-apis/calendar/v4/calendars/:calendar_id/acls (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=calendar&resource=calendar.acl&version=v4
 */
export const createCalendarAcl = /*#__PURE__*/ endpoint<CreateCalendarAclInput, CreateCalendarAclOutput>({
  id: 'calendar.v4.calendar.acl.create',
  method: 'POST',
  path: '/open-apis/calendar/v4/calendars/:calendar_id/acls',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ calendar_id: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: looseObject({
        role: picklist(['unknown', 'free_busy_reader', 'reader', 'writer', 'owner']),
        scope: ScopeSchema(),
      }),
    }),
})

/** Input of {@link deleteCalendarAcl}. */
export interface DeleteCalendarAclInput {
  path: { calendar_id: string; acl_id: string }
}

/** `data` of a successful {@link deleteCalendarAcl} response. */
export type DeleteCalendarAclOutput = { [key: string]: unknown }

/**
 * `calendar.v4.calendar.acl.delete`: DELETE /open-apis/calendar/v4/calendars/:calendar_id/acls/:acl_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=calendar&resource=calendar.acl&version=v4
 */
export const deleteCalendarAcl = /*#__PURE__*/ endpoint<DeleteCalendarAclInput, DeleteCalendarAclOutput>({
  id: 'calendar.v4.calendar.acl.delete',
  method: 'DELETE',
  path: '/open-apis/calendar/v4/calendars/:calendar_id/acls/:acl_id',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ calendar_id: string(), acl_id: string() }) }),
})

/** Input of {@link listCalendarAcl}. */
export interface ListCalendarAclInput {
  path: { calendar_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id'; page_token?: string; page_size?: number }
}

/** `data` of a successful {@link listCalendarAcl} response. */
export interface ListCalendarAclOutput {
  acls?: { acl_id: string; role: 'unknown' | 'free_busy_reader' | 'reader' | 'writer' | 'owner'; scope: Scope }[]
  has_more?: boolean
  page_token?: string
}

/**
 * `calendar.v4.calendar.acl.list`: GET /open-apis/calendar/v4/calendars/:calendar_id/acls (tenant or user token).
 *
 * Paginated over `acls`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=calendar&resource=calendar.acl&version=v4
 */
export const listCalendarAcl = /*#__PURE__*/ endpoint<ListCalendarAclInput, ListCalendarAclOutput, true>({
  id: 'calendar.v4.calendar.acl.list',
  method: 'GET',
  path: '/open-apis/calendar/v4/calendars/:calendar_id/acls',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ calendar_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        page_token: optional(string()),
        page_size: optional(number()),
      })),
    }),
  page: { items: 'acls' },
})

/** Input of {@link subscriptionCalendarAcl}. */
export interface SubscriptionCalendarAclInput {
  path: { calendar_id: string }
}

/** `data` of a successful {@link subscriptionCalendarAcl} response. */
export type SubscriptionCalendarAclOutput = { [key: string]: unknown }

/**
 * `calendar.v4.calendar.acl.subscription`: POST /open-apis/calendar/v4/calendars/:calendar_id/acls/subscription (user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=subscription&project=calendar&resource=calendar.acl&version=v4
 */
export const subscriptionCalendarAcl = /*#__PURE__*/ endpoint<SubscriptionCalendarAclInput, SubscriptionCalendarAclOutput>({
  id: 'calendar.v4.calendar.acl.subscription',
  method: 'POST',
  path: '/open-apis/calendar/v4/calendars/:calendar_id/acls/subscription',
  tokens: ['user'],
  input: () => looseObject({ path: looseObject({ calendar_id: string() }) }),
})

/** Input of {@link unsubscriptionCalendarAcl}. */
export interface UnsubscriptionCalendarAclInput {
  path: { calendar_id: string }
}

/** `data` of a successful {@link unsubscriptionCalendarAcl} response. */
export type UnsubscriptionCalendarAclOutput = { [key: string]: unknown }

/**
 * `calendar.v4.calendar.acl.unsubscription`: POST /open-apis/calendar/v4/calendars/:calendar_id/acls/unsubscription (user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=unsubscription&project=calendar&resource=calendar.acl&version=v4
 */
export const unsubscriptionCalendarAcl = /*#__PURE__*/ endpoint<UnsubscriptionCalendarAclInput, UnsubscriptionCalendarAclOutput>({
  id: 'calendar.v4.calendar.acl.unsubscription',
  method: 'POST',
  path: '/open-apis/calendar/v4/calendars/:calendar_id/acls/unsubscription',
  tokens: ['user'],
  input: () => looseObject({ path: looseObject({ calendar_id: string() }) }),
})
