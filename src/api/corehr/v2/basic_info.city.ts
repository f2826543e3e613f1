// Generated from catalog/corehr.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { Name } from './types.ts'

/** Input of {@link searchBasicInfoCity}. */
export interface SearchBasicInfoCityInput {
  query: { page_size: number; page_token?: string }
  body?: { country_region_subdivision_id_list?: string[]; city_id_list?: string[]; status_list?: number[] }
}

/** `data` of a successful {@link searchBasicInfoCity} response. */
export interface SearchBasicInfoCityOutput {
  items?: {
    city_id?: string
    name?: Name[]
    country_region_subdivision_id?: string
    code?: string
    subregion_code?: string
    status?: number
  }[]
  page_token?: string
  has_more?: boolean
}

/**
 * `corehr.v2.basic_info.city.search`: POST /open-apis/corehr/v2/basic_info/cities/search (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=search&project=corehr&resource=basic_info.city&version=v2
 */
export const searchBasicInfoCity = /*#__PURE__*/ endpoint<SearchBasicInfoCityInput, SearchBasicInfoCityOutput, true>({
  id: 'corehr.v2.basic_info.city.search',
  method: 'POST',
  path: '/open-apis/corehr/v2/basic_info/cities/search',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({ page_size: number(), page_token: optional(string()) }),
      body: optional(looseObject({
        country_region_subdivision_id_list: optional(array(string())),
        city_id_list: optional(array(string())),
        status_list: optional(array(number())),
      })),
    }),
  page: { items: 'items' },
})
