// Generated from catalog/corehr.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { AdditionalNationalitie } from './types.ts'

/** Input of {@link searchBasicInfoNationality}. */
export interface SearchBasicInfoNationalityInput {
  query: { page_size: number; page_token?: string }
  body?: { nationality_id_list?: string[]; country_region_id_list?: string[]; status_list?: number[] }
}

/** `data` of a successful {@link searchBasicInfoNationality} response. */
export interface SearchBasicInfoNationalityOutput {
  items?: AdditionalNationalitie[]
  page_token?: string
  has_more?: boolean
}

/**
 * `corehr.v2.basic_info.nationality.search`: POST /open-apis/corehr/v2/basic_info/nationalities/search (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=search&project=corehr&resource=basic_info.nationality&version=v2
 */
export const searchBasicInfoNationality = /*#__PURE__*/ endpoint<SearchBasicInfoNationalityInput, SearchBasicInfoNationalityOutput, true>({
  id: 'corehr.v2.basic_info.nationality.search',
  method: 'POST',
  path: '/open-apis/corehr/v2/basic_info/nationalities/search',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({ page_size: number(), page_token: optional(string()) }),
      body: optional(looseObject({
        nationality_id_list: optional(array(string())),
        country_region_id_list: optional(array(string())),
        status_list: optional(array(number())),
      })),
    }),
  page: { items: 'items' },
})
