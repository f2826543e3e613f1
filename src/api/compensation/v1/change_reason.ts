// Generated from catalog/compensation.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { I18nName } from './types.ts'

/** Input of {@link listChangeReason}. */
export interface ListChangeReasonInput {
  query: { page_size: number; page_token?: string }
}

/** `data` of a successful {@link listChangeReason} response. */
export interface ListChangeReasonOutput {
  items: {
    id: string
    name: string
    note: string
    active_status: number
    i18n_names: I18nName[]
    i18n_notes: I18nName[]
  }[]
  page_token?: string
  has_more: boolean
}

/**
 * `compensation.v1.change_reason.list`: GET /open-apis/compensation/v1/change_reasons (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=compensation&resource=change_reason&version=v1
 */
export const listChangeReason = /*#__PURE__*/ endpoint<ListChangeReasonInput, ListChangeReasonOutput, true>({
  id: 'compensation.v1.change_reason.list',
  method: 'GET',
  path: '/open-apis/compensation/v1/change_reasons',
  tokens: ['tenant'],
  input: () => looseObject({ query: looseObject({ page_size: number(), page_token: optional(string()) }) }),
  page: { items: 'items' },
})
