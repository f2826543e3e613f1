// Generated from catalog/lingo.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'

/** Input of {@link listClassification}. */
export interface ListClassificationInput {
  query?: { page_size?: number; page_token?: string; repo_id?: string }
}

/** `data` of a successful {@link listClassification} response. */
export interface ListClassificationOutput {
  items?: { id: string; name?: string; father_id?: string; i18n_names?: { language: number; name: string }[] }[]
  page_token?: string
  has_more?: boolean
}

/**
 * `lingo.v1.classification.list`: GET /open-apis/lingo/v1/classifications (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=lingo&resource=classification&version=v1
 */
export const listClassification = /*#__PURE__*/ endpoint<ListClassificationInput, ListClassificationOutput, true>({
  id: 'lingo.v1.classification.list',
  method: 'GET',
  path: '/open-apis/lingo/v1/classifications',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        repo_id: optional(string()),
      })),
    }),
  page: { items: 'items' },
})
