// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { ItemObject } from './types.ts'

/** Input of {@link listInterviewRegistrationSchema}. */
export interface ListInterviewRegistrationSchemaInput {
  query?: { page_token?: string; page_size?: number }
}

/** `data` of a successful {@link listInterviewRegistrationSchema} response. */
export interface ListInterviewRegistrationSchemaOutput {
  items?: { id?: string; name?: string; is_used_as_interview?: boolean; object_list?: ItemObject[] }[]
  has_more?: boolean
  page_token?: string
}

/**
 * `hire.v1.interview_registration_schema.list`: GET /open-apis/hire/v1/interview_registration_schemas (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=hire&resource=interview_registration_schema&version=v1
 */
export const listInterviewRegistrationSchema = /*#__PURE__*/ endpoint<ListInterviewRegistrationSchemaInput, ListInterviewRegistrationSchemaOutput, true>({
  id: 'hire.v1.interview_registration_schema.list',
  method: 'GET',
  path: '/open-apis/hire/v1/interview_registration_schemas',
  tokens: ['tenant'],
  input: () =>
    looseObject({ query: optional(looseObject({ page_token: optional(string()), page_size: optional(number()) })) }),
  page: { items: 'items' },
})
