// Generated from catalog/contact.v3.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { GetWorkCity } from './types.ts'

/** Input of {@link getWorkCity}. */
export interface GetWorkCityInput {
  path: { work_city_id: string }
}

/** `data` of a successful {@link getWorkCity} response. */
export interface GetWorkCityOutput {
  work_city?: GetWorkCity
}

/**
 * `contact.v3.work_city.get`: GET /open-apis/contact/v3/work_cities/:work_city_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=contact&resource=work_city&version=v3
 */
export const getWorkCity = /*#__PURE__*/ endpoint<GetWorkCityInput, GetWorkCityOutput>({
  id: 'contact.v3.work_city.get',
  method: 'GET',
  path: '/open-apis/contact/v3/work_cities/:work_city_id',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ work_city_id: string() }) }),
})

/** Input of {@link listWorkCity}. */
export interface ListWorkCityInput {
  query?: { page_size?: number; page_token?: string }
}

/** `data` of a successful {@link listWorkCity} response. */
export interface ListWorkCityOutput {
  items?: GetWorkCity[]
  page_token?: string
  has_more?: boolean
}

/**
 * `contact.v3.work_city.list`: GET /open-apis/contact/v3/work_cities (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=contact&resource=work_city&version=v3
 */
export const listWorkCity = /*#__PURE__*/ endpoint<ListWorkCityInput, ListWorkCityOutput, true>({
  id: 'contact.v3.work_city.list',
  method: 'GET',
  path: '/open-apis/contact/v3/work_cities',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({ query: optional(looseObject({ page_size: optional(number()), page_token: optional(string()) })) }),
  page: { items: 'items' },
})
