// Generated from catalog/corehr.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { Name } from './types.ts'

/** Input of {@link searchBasicInfoBank}. */
export interface SearchBasicInfoBankInput {
  query: { page_size: number; page_token?: string }
  body?: {
    bank_id_list?: string[]
    bank_name_list?: string[]
    status_list?: number[]
    update_start_time?: string
    update_end_time?: string
  }
}

/** `data` of a successful {@link searchBasicInfoBank} response. */
export interface SearchBasicInfoBankOutput {
  items?: {
    bank_id?: string
    bank_name?: Name[]
    bank_code?: string
    country_region_id?: string
    status?: number
    create_time?: string
    update_time?: string
  }[]
  page_token?: string
  has_more?: boolean
}

/**
 * `corehr.v2.basic_info.bank.search`: POST /open-apis/corehr/v2/basic_info/banks/search (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=search&project=corehr&resource=basic_info.bank&version=v2
 */
export const searchBasicInfoBank = /*#__PURE__*/ endpoint<SearchBasicInfoBankInput, SearchBasicInfoBankOutput, true>({
  id: 'corehr.v2.basic_info.bank.search',
  method: 'POST',
  path: '/open-apis/corehr/v2/basic_info/banks/search',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({ page_size: number(), page_token: optional(string()) }),
      body: optional(looseObject({
        bank_id_list: optional(array(string())),
        bank_name_list: optional(array(string())),
        status_list: optional(array(number())),
        update_start_time: optional(string()),
        update_end_time: optional(string()),
      })),
    }),
  page: { items: 'items' },
})
