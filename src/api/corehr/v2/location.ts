// Generated from catalog/corehr.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, string } from '../../../core/valibot.ts'
import { NameSchema } from './models.ts'
import type { LocationBatchGetItem, LocationQueryMultiTimelineItem, Name } from './types.ts'

/** Input of {@link activeLocation}. */
export interface ActiveLocationInput {
  body: { location_id: string; effective_time: string; active: boolean; operation_reason: string }
}

/** `data` of a successful {@link activeLocation} response. */
export type ActiveLocationOutput = { [key: string]: unknown }

/**
 * `corehr.v2.location.active`: POST /open-apis/corehr/v2/locations/active (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=active&project=corehr&resource=location&version=v2
 */
export const activeLocation = /*#__PURE__*/ endpoint<ActiveLocationInput, ActiveLocationOutput>({
  id: 'corehr.v2.location.active',
  method: 'POST',
  path: '/open-apis/corehr/v2/locations/active',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: looseObject({
        location_id: string(),
        effective_time: string(),
        active: boolean(),
        operation_reason: string(),
      }),
    }),
})

/** Input of {@link batchGetLocation}. */
export interface BatchGetLocationInput {
  body: { location_ids: string[] }
}

/** `data` of a successful {@link batchGetLocation} response. */
export interface BatchGetLocationOutput {
  items?: LocationBatchGetItem[]
}

/**
 * `corehr.v2.location.batch_get`: POST /open-apis/corehr/v2/locations/batch_get (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_get&project=corehr&resource=location&version=v2
 */
export const batchGetLocation = /*#__PURE__*/ endpoint<BatchGetLocationInput, BatchGetLocationOutput>({
  id: 'corehr.v2.location.batch_get',
  method: 'POST',
  path: '/open-apis/corehr/v2/locations/batch_get',
  tokens: ['tenant'],
  input: () => looseObject({ body: looseObject({ location_ids: array(string()) }) }),
})

/** Input of {@link patchLocation}. */
export interface PatchLocationInput {
  path: { location_id: string }
  query?: { client_token?: string }
  body: {
    parent_id?: string
    names?: Name[]
    active?: boolean
    effective_time: string
    code?: string
    descriptions?: Name[]
    location_usages?: { enum_name: string }[]
    working_hours_type_id?: string
    locale?: { enum_name: string }
    time_zone_id?: string
    display_language_id?: string
    is_prefer_manual_encoding?: boolean
  }
}

/** `data` of a successful {@link patchLocation} response. */
export type PatchLocationOutput = { [key: string]: unknown }

/**
 * `corehr.v2.location.patch`: PATCH /open-apis/corehr/v2/locations/:location_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=corehr&resource=location&version=v2
 */
export const patchLocation = /*#__PURE__*/ endpoint<PatchLocationInput, PatchLocationOutput>({
  id: 'corehr.v2.location.patch',
  method: 'PATCH',
  path: '/open-apis/corehr/v2/locations/:location_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ location_id: string() }),
      query: optional(looseObject({ client_token: optional(string()) })),
      body: looseObject({
        parent_id: optional(string()),
        names: optional(array(NameSchema())),
        active: optional(boolean()),
        effective_time: string(),
        code: optional(string()),
        descriptions: optional(array(NameSchema())),
        location_usages: optional(array(looseObject({ enum_name: string() }))),
        working_hours_type_id: optional(string()),
        locale: optional(looseObject({ enum_name: string() })),
        time_zone_id: optional(string()),
        display_language_id: optional(string()),
        is_prefer_manual_encoding: optional(boolean()),
      }),
    }),
})

/** Input of {@link queryLocationMultiTimeline}. */
export interface QueryLocationMultiTimelineInput {
  body: { location_ids: string[]; start_date?: string; end_date?: string; fields?: string[] }
}

/** `data` of a successful {@link queryLocationMultiTimeline} response. */
export interface QueryLocationMultiTimelineOutput {
  items?: LocationQueryMultiTimelineItem[]
}

/**
 * `corehr.v2.location.query_multi_timeline`: POST /open-apis/corehr/v2/locations/query_multi_timeline (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query_multi_timeline&project=corehr&resource=location&version=v2
 */
export const queryLocationMultiTimeline = /*#__PURE__*/ endpoint<QueryLocationMultiTimelineInput, QueryLocationMultiTimelineOutput>({
  id: 'corehr.v2.location.query_multi_timeline',
  method: 'POST',
  path: '/open-apis/corehr/v2/locations/query_multi_timeline',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      body: looseObject({
        location_ids: array(string()),
        start_date: optional(string()),
        end_date: optional(string()),
        fields: optional(array(string())),
      }),
    }),
})

/** Input of {@link queryLocationRecentChange}. */
export interface QueryLocationRecentChangeInput {
  query: { page_size: number; page_token?: string; start_date: string; end_date: string }
}

/** `data` of a successful {@link queryLocationRecentChange} response. */
export interface QueryLocationRecentChangeOutput {
  location_ids?: string[]
  page_token?: string
  has_more?: boolean
  deleted_location_ids?: string[]
}

/**
 * `corehr.v2.location.query_recent_change`: GET /open-apis/corehr/v2/locations/query_recent_change (tenant token).
 *
 * Paginated (no single items array).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query_recent_change&project=corehr&resource=location&version=v2
 */
export const queryLocationRecentChange = /*#__PURE__*/ endpoint<QueryLocationRecentChangeInput, QueryLocationRecentChangeOutput, true>({
  id: 'corehr.v2.location.query_recent_change',
  method: 'GET',
  path: '/open-apis/corehr/v2/locations/query_recent_change',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({
        page_size: number(),
        page_token: optional(string()),
        start_date: string(),
        end_date: string(),
      }),
    }),
  page: { items: null },
})
