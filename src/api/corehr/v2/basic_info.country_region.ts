// Generated from catalog/corehr.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { Name } from './types.ts'

/** Input of {@link searchBasicInfoCountryRegion}. */
export interface SearchBasicInfoCountryRegionInput {
  query: { page_size: number; page_token?: string }
  body?: { country_region_id_list?: string[]; status_list?: number[] }
}

/** `data` of a successful {@link searchBasicInfoCountryRegion} response. */
export interface SearchBasicInfoCountryRegionOutput {
  items?: {
    country_region_id?: string
    name?: Name[]
    full_name?: Name[]
    alpha_2_code?: string
    alpha_3_code?: string
    global_code?: string
    status?: number
  }[]
  page_token?: string
  has_more?: boolean
}

/**
 * `corehr.v2.basic_info.country_region.search`: POST /open-apis/corehr/v2/basic_info/country_regions/search (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=search&project=corehr&resource=basic_info.country_region&version=v2
 */
export const searchBasicInfoCountryRegion = /*#__PURE__*/ endpoint<SearchBasicInfoCountryRegionInput, SearchBasicInfoCountryRegionOutput, true>({
  id: 'corehr.v2.basic_info.country_region.search',
  method: 'POST',
  path: '/open-apis/corehr/v2/basic_info/country_regions/search',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({ page_size: number(), page_token: optional(string()) }),
      body: optional(looseObject({
        country_region_id_list: optional(array(string())),
        status_list: optional(array(number())),
      })),
    }),
  page: { items: 'items' },
})
