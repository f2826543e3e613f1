// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, string } from '../../../core/valibot.ts'
import type { Name } from './types.ts'

/** Input of {@link getOfferSchema}. */
export interface GetOfferSchemaInput {
  path: { offer_schema_id: string }
}

/** `data` of a successful {@link getOfferSchema} response. */
export interface GetOfferSchemaOutput {
  id?: string
  scenario?: number
  version?: number
  object_list?: {
    id?: string
    name?: Name
    type?: string
    is_customized?: boolean
    option_list?: { name?: Name; index?: number; active_status?: number }[]
  }[]
}

/**
 * `hire.v1.offer_schema.get`: GET /open-apis/hire/v1/offer_schemas/:offer_schema_id (tenant token).
 *
 * @deprecated Use {@link getOfferApplicationForm} instead.
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=hire&resource=offer_schema&version=v1
 */
export const getOfferSchema = /*#__PURE__*/ endpoint<GetOfferSchemaInput, GetOfferSchemaOutput>({
  id: 'hire.v1.offer_schema.get',
  method: 'GET',
  path: '/open-apis/hire/v1/offer_schemas/:offer_schema_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ offer_schema_id: string() }) }),
})
