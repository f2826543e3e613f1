// Generated from catalog/compensation.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { I18nName } from './types.ts'

/** Input of {@link listIndicator}. */
export interface ListIndicatorInput {
  query: { page_size: number; page_token?: string }
}

/** `data` of a successful {@link listIndicator} response. */
export interface ListIndicatorOutput {
  items: {
    id: string
    name: string
    value_type: 'money' | 'number' | 'percent'
    active_status: number
    i18n_names: I18nName[]
  }[]
  page_token?: string
  has_more?: boolean
}

/**
 * `compensation.v1.indicator.list`: GET /open-apis/compensation/v1/indicators (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=compensation&resource=indicator&version=v1
 */
export const listIndicator = /*#__PURE__*/ endpoint<ListIndicatorInput, ListIndicatorOutput, true>({
  id: 'compensation.v1.indicator.list',
  method: 'GET',
  path: '/open-apis/compensation/v1/indicators',
  tokens: ['tenant'],
  input: () => looseObject({ query: looseObject({ page_size: number(), page_token: optional(string()) }) }),
  page: { items: 'items' },
})
