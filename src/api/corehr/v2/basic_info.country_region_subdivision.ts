// Generated from catalog/corehr.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { CompensationType, Name } from './types.ts'

/** Input of {@link searchBasicInfoCountryRegionSubdivision}. */
export interface SearchBasicInfoCountryRegionSubdivisionInput {
  query: { page_size: number; page_token?: string }
  body?: { country_region_id_list?: string[]; country_region_subdivision_id_list?: string[]; status_list?: number[] }
}

/** `data` of a successful {@link searchBasicInfoCountryRegionSubdivision} response. */
export interface SearchBasicInfoCountryRegionSubdivisionOutput {
  items?: {
    country_region_subdivision_id?: string
    name?: Name[]
    country_region_id?: string
    subdivision_type?: CompensationType
    iso_code?: string
    status?: number
  }[]
  page_token?: string
  has_more?: boolean
}

/**
 * `corehr.v2.basic_info.country_region_subdivision.search`: POST /open-apis/corehr/v2/basic_info/country_region_subdivisions/search (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=search&project=corehr&resource=basic_info.country_region_subdivision&version=v2
 */
export const searchBasicInfoCountryRegionSubdivision = /*#__PURE__*/ endpoint<SearchBasicInfoCountryRegionSubdivisionInput, SearchBasicInfoCountryRegionSubdivisionOutput, true>({
  id: 'corehr.v2.basic_info.country_region_subdivision.search',
  method: 'POST',
  path: '/open-apis/corehr/v2/basic_info/country_region_subdivisions/search',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({ page_size: number(), page_token: optional(string()) }),
      body: optional(looseObject({
        country_region_id_list: optional(array(string())),
        country_region_subdivision_id_list: optional(array(string())),
        status_list: optional(array(number())),
      })),
    }),
  page: { items: 'items' },
})
