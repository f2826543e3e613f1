// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { Name, Object } from './types.ts'

/** Input of {@link listJobSchema}. */
export interface ListJobSchemaInput {
  query?: { page_token?: string; page_size?: number; scenario?: number }
}

/** `data` of a successful {@link listJobSchema} response. */
export interface ListJobSchemaOutput {
  items?: { id?: string; name?: Name; scenario_type?: number; object_list?: Object[] }[]
  has_more?: boolean
  page_token?: string
}

/**
 * `hire.v1.job_schema.list`: GET /open-apis/hire/v1/job_schemas (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=hire&resource=job_schema&version=v1
 */
export const listJobSchema = /*#__PURE__*/ endpoint<ListJobSchemaInput, ListJobSchemaOutput, true>({
  id: 'hire.v1.job_schema.list',
  method: 'GET',
  path: '/open-apis/hire/v1/job_schemas',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        page_token: optional(string()),
        page_size: optional(number()),
        scenario: optional(number()),
      })),
    }),
  page: { items: 'items' },
})
