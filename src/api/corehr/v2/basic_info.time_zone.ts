// Generated from catalog/corehr.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { Name } from './types.ts'

/** Input of {@link searchBasicInfoTimeZone}. */
export interface SearchBasicInfoTimeZoneInput {
  query: { page_size: number; page_token?: string }
  body?: { time_zone_id_list?: string[]; status_list?: number[] }
}

/** `data` of a successful {@link searchBasicInfoTimeZone} response. */
export interface SearchBasicInfoTimeZoneOutput {
  items?: { time_zone_id?: string; name?: Name[]; time_zone_code?: string; utc_offset?: string; status?: number }[]
  page_token?: string
  has_more?: boolean
}

/**
 * `corehr.v2.basic_info.time_zone.search`: POST /open-apis/corehr/v2/basic_info/time_zones/search (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=search&project=corehr&resource=basic_info.time_zone&version=v2
 */
export const searchBasicInfoTimeZone = /*#__PURE__*/ endpoint<SearchBasicInfoTimeZoneInput, SearchBasicInfoTimeZoneOutput, true>({
  id: 'corehr.v2.basic_info.time_zone.search',
  method: 'POST',
  path: '/open-apis/corehr/v2/basic_info/time_zones/search',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({ page_size: number(), page_token: optional(string()) }),
      body: optional(looseObject({
        time_zone_id_list: optional(array(string())),
        status_list: optional(array(number())),
      })),
    }),
  page: { items: 'items' },
})
