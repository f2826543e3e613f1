// Generated from catalog/minutes.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link artifactsMinute}. */
export interface ArtifactsMinuteInput {
  path: { minute_token: string }
}

/** `data` of a successful {@link artifactsMinute} response. */
export interface ArtifactsMinuteOutput {
  summary?: string
  minute_chapters?: { title?: string; start_ms?: string; stop_ms?: string; summary_content?: string }[]
  minute_todos?: { content?: string; assignees?: string[]; is_done?: boolean; todo_id?: string; operation?: string }[]
  keywords?: string[]
  transcript?: string
}

/**
 * `minutes.v1.minute.artifacts`: GET /open-apis/minutes/v1/minutes/:minute_token/artifacts (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=artifacts&project=minutes&resource=minute&version=v1
 */
export const artifactsMinute = /*#__PURE__*/ endpoint<ArtifactsMinuteInput, ArtifactsMinuteOutput>({
  id: 'minutes.v1.minute.artifacts',
  method: 'GET',
  path: '/open-apis/minutes/v1/minutes/:minute_token/artifacts',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ minute_token: string() }) }),
})

/** Input of {@link getMinute}. */
export interface GetMinuteInput {
  path: { minute_token: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
}

/** `data` of a successful {@link getMinute} response. */
export interface GetMinuteOutput {
  minute?: {
    token?: string
    owner_id?: string
    create_time?: string
    title?: string
    cover?: string
    duration?: string
    url?: string
    note_id?: string
  }
}

/**
 * `minutes.v1.minute.get`: GET /open-apis/minutes/v1/minutes/:minute_token (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=minutes&resource=minute&version=v1
 */
export const getMinute = /*#__PURE__*/ endpoint<GetMinuteInput, GetMinuteOutput>({
  id: 'minutes.v1.minute.get',
  method: 'GET',
  path: '/open-apis/minutes/v1/minutes/:minute_token',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ minute_token: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
    }),
})

/** Input of {@link searchMinute}. */
export interface SearchMinuteInput {
  query?: { page_size?: number; page_token?: string; user_id_type?: 'user_id' | 'union_id' | 'open_id' }
  body?: {
    query?: string
    filter?: {
      owner_ids?: string[]
      participant_ids?: string[]
      create_time?: { start_time?: string; end_time?: string }
    }
    sorter?: 'create_time_desc'
  }
}

/** `data` of a successful {@link searchMinute} response. */
export interface SearchMinuteOutput {
  items: {
    token: string
    display_info?: string
    meta_data?: { app_link?: string; avatar?: string; description?: string }
  }[]
  total?: number
  has_more: boolean
  page_token?: string
  notice?: string
}

/**
 * `minutes.v1.minute.search`: POST /open-apis/minutes/v1/minutes/search (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=search&project=minutes&resource=minute&version=v1
 */
export const searchMinute = /*#__PURE__*/ endpoint<SearchMinuteInput, SearchMinuteOutput, true>({
  id: 'minutes.v1.minute.search',
  method: 'POST',
  path: '/open-apis/minutes/v1/minutes/search',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        user_id_type: optional(picklist(['user_id', 'union_id', 'open_id'])),
      })),
      body: optional(looseObject({
        query: optional(string()),
        filter: optional(looseObject({
          owner_ids: optional(array(string())),
          participant_ids: optional(array(string())),
          create_time: optional(looseObject({ start_time: optional(string()), end_time: optional(string()) })),
        })),
        sorter: optional(picklist(['create_time_desc'])),
      })),
    }),
  page: { items: 'items' },
})

/** Input of {@link subscriptionMinute}. */
export interface SubscriptionMinuteInput {
  body?: { event_type?: string }
}

/** `data` of a successful {@link subscriptionMinute} response. */
export type SubscriptionMinuteOutput = { [key: string]: unknown }

/**
 * `minutes.v1.minute.subscription`: POST /open-apis/minutes/v1/minutes/subscription (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=subscription&project=minutes&resource=minute&version=v1
 */
export const subscriptionMinute = /*#__PURE__*/ endpoint<SubscriptionMinuteInput, SubscriptionMinuteOutput>({
  id: 'minutes.v1.minute.subscription',
  method: 'POST',
  path: '/open-apis/minutes/v1/minutes/subscription',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ body: optional(looseObject({ event_type: optional(string()) })) }),
})

/** Input of {@link unsubscriptionMinute}. */
export interface UnsubscriptionMinuteInput {
  body?: { event_type?: string }
}

/** `data` of a successful {@link unsubscriptionMinute} response. */
export type UnsubscriptionMinuteOutput = { [key: string]: unknown }

/**
 * `minutes.v1.minute.unsubscription`: POST /open-apis/minutes/v1/minutes/unsubscription (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=unsubscription&project=minutes&resource=minute&version=v1
 */
export const unsubscriptionMinute = /*#__PURE__*/ endpoint<UnsubscriptionMinuteInput, UnsubscriptionMinuteOutput>({
  id: 'minutes.v1.minute.unsubscription',
  method: 'POST',
  path: '/open-apis/minutes/v1/minutes/unsubscription',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ body: optional(looseObject({ event_type: optional(string()) })) }),
})
