// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { PortalApplySchemaListItem } from './types.ts'

/** Input of {@link listRegistrationSchema}. */
export interface ListRegistrationSchemaInput {
  query?: { page_size?: number; page_token?: string; scenario?: number }
}

/** `data` of a successful {@link listRegistrationSchema} response. */
export interface ListRegistrationSchemaOutput {
  items?: PortalApplySchemaListItem[]
  page_token?: string
  has_more?: boolean
}

/**
 * `hire.v1.registration_schema.list`: GET /open-apis/hire/v1/registration_schemas (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=hire&resource=registration_schema&version=v1
 */
export const listRegistrationSchema = /*#__PURE__*/ endpoint<ListRegistrationSchemaInput, ListRegistrationSchemaOutput, true>({
  id: 'hire.v1.registration_schema.list',
  method: 'GET',
  path: '/open-apis/hire/v1/registration_schemas',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        scenario: optional(number()),
      })),
    }),
  page: { items: 'items' },
})
