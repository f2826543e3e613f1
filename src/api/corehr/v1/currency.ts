// Generated from catalog/corehr.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, optional, string } from '../../../core/valibot.ts'
import type { GetCurrency } from './types.ts'

/** Input of {@link getCurrency}. */
export interface GetCurrencyInput {
  path: { currency_id: string }
}

/** `data` of a successful {@link getCurrency} response. */
export interface GetCurrencyOutput {
  currency?: GetCurrency
}

/**
 * `corehr.v1.currency.get`: GET /open-apis/corehr/v1/currencies/:currency_id (tenant token).
 *
 * @deprecated
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=corehr&resource=currency&version=v1
 */
export const getCurrency = /*#__PURE__*/ endpoint<GetCurrencyInput, GetCurrencyOutput>({
  id: 'corehr.v1.currency.get',
  method: 'GET',
  path: '/open-apis/corehr/v1/currencies/:currency_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ currency_id: string() }) }),
})

/** Input of {@link listCurrency}. */
export interface ListCurrencyInput {
  query: { page_token?: string; page_size: string }
}

/** `data` of a successful {@link listCurrency} response. */
export interface ListCurrencyOutput {
  items?: GetCurrency[]
  has_more?: boolean
  page_token?: string
}

/**
 * `corehr.v1.currency.list`: GET /open-apis/corehr/v1/currencies (tenant token).
 *
 * Paginated over `items`.
 *
 * @deprecated
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=corehr&resource=currency&version=v1
 */
export const listCurrency = /*#__PURE__*/ endpoint<ListCurrencyInput, ListCurrencyOutput, true>({
  id: 'corehr.v1.currency.list',
  method: 'GET',
  path: '/open-apis/corehr/v1/currencies',
  tokens: ['tenant'],
  input: () => looseObject({ query: looseObject({ page_token: optional(string()), page_size: string() }) }),
  page: { items: 'items' },
})
