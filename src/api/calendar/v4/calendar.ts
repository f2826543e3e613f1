// Generated from catalog/calendar.v4.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { Calendar, PrimaryCalendar } from './types.ts'

/** Input of {@link createCalendar}. */
export interface CreateCalendarInput {
  body?: {
    summary?: string
    description?: string
    permissions?: 'private' | 'show_only_free_busy' | 'public'
    color?: number
    summary_alias?: string
  }
}

/** `data` of a successful {@link createCalendar} response. */
export interface CreateCalendarOutput {
  calendar?: Calendar
}

/**
 * `calendar.v4.calendar.create`: POST /open-apis/calendar/v4/calendars (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=calendar&resource=calendar&version=v4
 */
export const createCalendar = /*#__PURE__*/ endpoint<CreateCalendarInput, CreateCalendarOutput>({
  id: 'calendar.v4.calendar.create',
  method: 'POST',
  path: '/open-apis/calendar/v4/calendars',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      body: optional(looseObject({
        summary: optional(string()),
        description: optional(string()),
        permissions: optional(picklist(['private', 'show_only_free_busy', 'public'])),
        color: optional(number()),
        summary_alias: optional(string()),
      })),
    }),
})

/** Input of {@link deleteCalendar}. */
export interface DeleteCalendarInput {
  path: { calendar_id: string }
}

/** `data` of a successful {@link deleteCalendar} response. */
export type DeleteCalendarOutput = { [key: string]: unknown }

/**
 * `calendar.v4.calendar.delete`: DELETE /open-apis/calendar/v4/calendars/:calendar_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=calendar&resource=calendar&version=v4
 */
export const deleteCalendar = /*#__PURE__*/ endpoint<DeleteCalendarInput, DeleteCalendarOutput>({
  id: 'calendar.v4.calendar.delete',
  method: 'DELETE',
  path: '/open-apis/calendar/v4/calendars/:calendar_id',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ calendar_id: string() }) }),
})

/** Input of {@link getCalendar}. */
export interface GetCalendarInput {
  path: { calendar_id: string }
}

/** `data` of a successful {@link getCalendar} response. */
export interface GetCalendarOutput {
  calendar_id: string
  summary?: string
  description?: string
  permissions?: 'private' | 'show_only_free_busy' | 'public'
  color?: number
  type?: 'unknown' | 'resource' | 'primary' | 'shared' | 'google' | 'exchange'
  summary_alias?: string
  is_deleted?: boolean
  is_third_party?: boolean
  role?: 'unknown' | 'free_busy_reader' | 'reader' | 'writer' | 'owner'
}

/**
 * `calendar.v4.calendar.get`: GET /open-apis/calendar/v4/calendars/:calendar_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=calendar&resource=calendar&version=v4
 */
export const getCalendar = /*#__PURE__*/ endpoint<GetCalendarInput, GetCalendarOutput>({
  id: 'calendar.v4.calendar.get',
  method: 'GET',
  path: '/open-apis/calendar/v4/calendars/:calendar_id',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ calendar_id: string() }) }),
})

/** Input of {@link listCalendar}. */
export interface ListCalendarInput {
  query?: { page_size?: number; page_token?: string; sync_token?: string }
}

/** `data` of a successful {@link listCalendar} response. */
export interface ListCalendarOutput {
  has_more?: boolean
  page_token?: string
  sync_token?: string
  calendar_list?: Calendar[]
}

/**
 * `calendar.v4.calendar.list`: GET /open-apis/calendar/v4/calendars (tenant or user token).
 *
 * Paginated over `calendar_list`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=calendar&resource=calendar&version=v4
 */
export const listCalendar = /*#__PURE__*/ endpoint<ListCalendarInput, ListCalendarOutput, true>({
  id: 'calendar.v4.calendar.list',
  method: 'GET',
  path: '/open-apis/calendar/v4/calendars',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        sync_token: optional(string()),
      })),
    }),
  page: { items: 'calendar_list' },
})

/** Input of {@link mgetCalendar}. */
export interface MgetCalendarInput {
  query?: { user_id_type?: 'user_id' | 'union_id' | 'open_id' }
  body: { calendar_ids: string[] }
}

/** `data` of a successful {@link mgetCalendar} response. */
export interface MgetCalendarOutput {
  calendars?: Calendar[]
}

/**
 * `calendar.v4.calendar.mget`: POST /open-apis/calendar/v4/calendars/mget (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=mget&project=calendar&resource=calendar&version=v4
 */
export const mgetCalendar = /*#__PURE__*/ endpoint<MgetCalendarInput, MgetCalendarOutput>({
  id: 'calendar.v4.calendar.mget',
  method: 'POST',
  path: '/open-apis/calendar/v4/calendars/mget',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({ user_id_type: optional(picklist(['user_id', 'union_id', 'open_id'])) })),
      body: looseObject({ calendar_ids: array(string()) }),
    }),
})

/** Input of {@link patchCalendar}. */
export interface PatchCalendarInput {
  path: { calendar_id: string }
  body?: {
    summary?: string
    description?: string
    permissions?: 'private' | 'show_only_free_busy' | 'public'
    color?: number
    summary_alias?: string
  }
}

/** `data` of a successful {@link patchCalendar} response. */
export interface PatchCalendarOutput {
  calendar?: Calendar
}

/**
 * `calendar.v4.calendar.patch`: PATCH /open-apis/calendar/v4/calendars/:calendar_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=calendar&resource=calendar&version=v4
 */
export const patchCalendar = /*#__PURE__*/ endpoint<PatchCalendarInput, PatchCalendarOutput>({
  id: 'calendar.v4.calendar.patch',
  method: 'PATCH',
  path: '/open-apis/calendar/v4/calendars/:calendar_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ calendar_id: string() }),
      body: optional(looseObject({
        summary: optional(string()),
        description: optional(string()),
        permissions: optional(picklist(['private', 'show_only_free_busy', 'public'])),
        color: optional(number()),
        summary_alias: optional(string()),
      })),
    }),
})

/** Input of {@link primaryCalendar}. */
export interface PrimaryCalendarInput {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id'; op_user_id?: string }
}

/** `data` of a successful {@link primaryCalendar} response. */
export interface PrimaryCalendarOutput {
  calendars?: PrimaryCalendar[]
}

/**
 * `calendar.v4.calendar.primary`: POST /open-apis/calendar/v4/calendars/primary (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=primary&project=calendar&resource=calendar&version=v4
 */
export const primaryCalendar = /*#__PURE__*/ endpoint<PrimaryCalendarInput, PrimaryCalendarOutput>({
  id: 'calendar.v4.calendar.primary',
  method: 'POST',
  path: '/open-apis/calendar/v4/calendars/primary',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        op_user_id: optional(string()),
      })),
    }),
})

/** Input of {@link primarysCalendar}. */
export interface PrimarysCalendarInput {
  query?: { user_id_type?: 'user_id' | 'union_id' | 'open_id' }
  body: { user_ids: string[] }
}

/** `data` of a successful {@link primarysCalendar} response. */
export interface PrimarysCalendarOutput {
  calendars?: PrimaryCalendar[]
}

/**
 * `calendar.v4.calendar.primarys`: POST /open-apis/calendar/v4/calendars/primarys (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=primarys&project=calendar&resource=calendar&version=v4
 */
export const primarysCalendar = /*#__PURE__*/ endpoint<PrimarysCalendarInput, PrimarysCalendarOutput>({
  id: 'calendar.v4.calendar.primarys',
  method: 'POST',
  path: '/open-apis/calendar/v4/calendars/primarys',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({ user_id_type: optional(picklist(['user_id', 'union_id', 'open_id'])) })),
      body: looseObject({ user_ids: array(string()) }),
    }),
})

/** Input of {@link searchCalendar}. */
export interface SearchCalendarInput {
  query?: { page_token?: string; page_size?: number }
  body: { query: string }
}

/** `data` of a successful {@link searchCalendar} response. */
export interface SearchCalendarOutput {
  items?: Calendar[]
  page_token?: string
}

/**
 * `calendar.v4.calendar.search`: POST /open-apis/calendar/v4/calendars/search (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=search&project=calendar&resource=calendar&version=v4
 */
export const searchCalendar = /*#__PURE__*/ endpoint<SearchCalendarInput, SearchCalendarOutput, true>({
  id: 'calendar.v4.calendar.search',
  method: 'POST',
  path: '/open-apis/calendar/v4/calendars/search',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({ page_token: optional(string()), page_size: optional(number()) })),
      body: looseObject({ query: string() }),
    }),
  page: { items: 'items' },
})

/** Input of {@link subscribeCalendar}. */
export interface SubscribeCalendarInput {
  path: { calendar_id: string }
}

/** `data` of a successful {@link subscribeCalendar} response. */
export interface SubscribeCalendarOutput {
  calendar?: Calendar
}

/**
 * `calendar.v4.calendar.subscribe`: POST /open-apis/calendar/v4/calendars/:calendar_id/subscribe (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=subscribe&project=calendar&resource=calendar&version=v4
 */
export const subscribeCalendar = /*#__PURE__*/ endpoint<SubscribeCalendarInput, SubscribeCalendarOutput>({
  id: 'calendar.v4.calendar.subscribe',
  method: 'POST',
  path: '/open-apis/calendar/v4/calendars/:calendar_id/subscribe',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ calendar_id: string() }) }),
})

/** Input of {@link subscriptionCalendar}. */
export type SubscriptionCalendarInput = { [key: string]: never }

/** `data` of a successful {@link subscriptionCalendar} response. */
export type SubscriptionCalendarOutput = { [key: string]: unknown }

/**
 * `calendar.v4.calendar.subscription`: POST /open-apis/calendar/v4/calendars/subscription (user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=subscription&project=calendar&resource=calendar&version=v4
 */
export const subscriptionCalendar = /*#__PURE__*/ endpoint<SubscriptionCalendarInput, SubscriptionCalendarOutput>({
  id: 'calendar.v4.calendar.subscription',
  method: 'POST',
  path: '/open-apis/calendar/v4/calendars/subscription',
  tokens: ['user'],
})

/** Input of {@link unsubscribeCalendar}. */
export interface UnsubscribeCalendarInput {
  path: { calendar_id: string }
}

/** `data` of a successful {@link unsubscribeCalendar} response. */
export type UnsubscribeCalendarOutput = { [key: string]: unknown }

/**
 * `calendar.v4.calendar.unsubscribe`: POST /open-apis/calendar/v4/calendars/:calendar_id/unsubscribe (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=unsubscribe&project=calendar&resource=calendar&version=v4
 */
export const unsubscribeCalendar = /*#__PURE__*/ endpoint<UnsubscribeCalendarInput, UnsubscribeCalendarOutput>({
  id: 'calendar.v4.calendar.unsubscribe',
  method: 'POST',
  path: '/open-apis/calendar/v4/calendars/:calendar_id/unsubscribe',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ calendar_id: string() }) }),
})

/** Input of {@link unsubscriptionCalendar}. */
export type UnsubscriptionCalendarInput = { [key: string]: never }

/** `data` of a successful {@link unsubscriptionCalendar} response. */
export type UnsubscriptionCalendarOutput = { [key: string]: unknown }

/**
 * `calendar.v4.calendar.unsubscription`: POST /open-apis/calendar/v4/calendars/unsubscription (user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=unsubscription&project=calendar&resource=calendar&version=v4
 */
export const unsubscriptionCalendar = /*#__PURE__*/ endpoint<UnsubscriptionCalendarInput, UnsubscriptionCalendarOutput>({
  id: 'calendar.v4.calendar.unsubscription',
  method: 'POST',
  path: '/open-apis/calendar/v4/calendars/unsubscription',
  tokens: ['user'],
})
