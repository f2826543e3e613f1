// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { City, CityNameInfo, Name } from './types.ts'

/** Input of {@link listLocation}. */
export interface ListLocationInput {
  query: { page_token?: string; page_size?: number; usage: 'position_location' | 'interview_location' }
}

/** `data` of a successful {@link listLocation} response. */
export interface ListLocationOutput {
  items?: {
    id?: string
    name?: Name
    district?: City
    city?: City
    state?: City
    country?: City
    active_status?: number
  }[]
  has_more?: boolean
  page_token?: string
}

/**
 * `hire.v1.location.list`: GET /open-apis/hire/v1/locations (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=hire&resource=location&version=v1
 */
export const listLocation = /*#__PURE__*/ endpoint<ListLocationInput, ListLocationOutput, true>({
  id: 'hire.v1.location.list',
  method: 'GET',
  path: '/open-apis/hire/v1/locations',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({
        page_token: optional(string()),
        page_size: optional(number()),
        usage: picklist(['position_location', 'interview_location']),
      }),
    }),
  page: { items: 'items' },
})

/** Input of {@link queryLocation}. */
export interface QueryLocationInput {
  query: { page_token?: string; page_size: number }
  body: { code_list?: string[]; location_type: number }
}

/** `data` of a successful {@link queryLocation} response. */
export interface QueryLocationOutput {
  items?: {
    country?: { country_code?: string; country_name_info?: CityNameInfo }
    state?: { state_code?: string; country_code?: string; state_name_info?: CityNameInfo }
    city?: { city_code?: string; state_code?: string; country_code?: string; city_name_info?: CityNameInfo }
    district?: {
      district_code?: string
      city_code?: string
      state_code?: string
      country_code?: string
      district_name_info?: CityNameInfo
    }
  }[]
  has_more?: boolean
  page_token?: string
}

/**
 * `hire.v1.location.query`: POST /open-apis/hire/v1/locations/query (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query&project=hire&resource=location&version=v1
 */
export const queryLocation = /*#__PURE__*/ endpoint<QueryLocationInput, QueryLocationOutput, true>({
  id: 'hire.v1.location.query',
  method: 'POST',
  path: '/open-apis/hire/v1/locations/query',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({ page_token: optional(string()), page_size: number() }),
      body: looseObject({ code_list: optional(array(string())), location_type: number() }),
    }),
  page: { items: 'items' },
})
