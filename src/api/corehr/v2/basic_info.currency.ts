// Generated from catalog/corehr.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { Currency } from './types.ts'

/** Input of {@link searchBasicInfoCurrency}. */
export interface SearchBasicInfoCurrencyInput {
  query: { page_size: number; page_token?: string }
  body?: { currency_id_list?: string[]; status_list?: number[] }
}

/** `data` of a successful {@link searchBasicInfoCurrency} response. */
export interface SearchBasicInfoCurrencyOutput {
  items?: Currency[]
  page_token?: string
  has_more?: boolean
}

/**
 * `corehr.v2.basic_info.currency.search`: POST /open-apis/corehr/v2/basic_info/currencies/search (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=search&project=corehr&resource=basic_info.currency&version=v2
 */
export const searchBasicInfoCurrency = /*#__PURE__*/ endpoint<SearchBasicInfoCurrencyInput, SearchBasicInfoCurrencyOutput, true>({
  id: 'corehr.v2.basic_info.currency.search',
  method: 'POST',
  path: '/open-apis/corehr/v2/basic_info/currencies/search',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({ page_size: number(), page_token: optional(string()) }),
      body: optional(looseObject({
        currency_id_list: optional(array(string())),
        status_list: optional(array(number())),
      })),
    }),
  page: { items: 'items' },
})
