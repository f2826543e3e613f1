// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { PortalApplySchemaListItem } from './types.ts'

/** Input of {@link listPortalApplySchema}. */
export interface ListPortalApplySchemaInput {
  query?: { page_size?: number; page_token?: string }
}

/** `data` of a successful {@link listPortalApplySchema} response. */
export interface ListPortalApplySchemaOutput {
  items?: PortalApplySchemaListItem[]
  page_token?: string
  has_more?: boolean
}

/**
 * `hire.v1.portal_apply_schema.list`: GET /open-apis/hire/v1/portal_apply_schemas (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=hire&resource=portal_apply_schema&version=v1
 */
export const listPortalApplySchema = /*#__PURE__*/ endpoint<ListPortalApplySchemaInput, ListPortalApplySchemaOutput, true>({
  id: 'hire.v1.portal_apply_schema.list',
  method: 'GET',
  path: '/open-apis/hire/v1/portal_apply_schemas',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({ query: optional(looseObject({ page_size: optional(number()), page_token: optional(string()) })) }),
  page: { items: 'items' },
})
