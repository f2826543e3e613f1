// Generated from catalog/corehr.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { Name } from './types.ts'

/** Input of {@link searchBasicInfoDistrict}. */
export interface SearchBasicInfoDistrictInput {
  query: { page_size: number; page_token?: string }
  body?: { city_id_list?: string[]; district_id_list?: string[]; status_list?: number[] }
}

/** `data` of a successful {@link searchBasicInfoDistrict} response. */
export interface SearchBasicInfoDistrictOutput {
  items?: { district_id?: string; name?: Name[]; city_id?: string; subregion_code?: string; status?: number }[]
  page_token?: string
  has_more?: boolean
}

/**
 * `corehr.v2.basic_info.district.search`: POST /open-apis/corehr/v2/basic_info/districts/search (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=search&project=corehr&resource=basic_info.district&version=v2
 */
export const searchBasicInfoDistrict = /*#__PURE__*/ endpoint<SearchBasicInfoDistrictInput, SearchBasicInfoDistrictOutput, true>({
  id: 'corehr.v2.basic_info.district.search',
  method: 'POST',
  path: '/open-apis/corehr/v2/basic_info/districts/search',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({ page_size: number(), page_token: optional(string()) }),
      body: optional(looseObject({
        city_id_list: optional(array(string())),
        district_id_list: optional(array(string())),
        status_list: optional(array(number())),
      })),
    }),
  page: { items: 'items' },
})
