// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, optional, string } from '../../../core/valibot.ts'
import { NameSchema } from './models.ts'
import type { Name } from './types.ts'

/** Input of {@link updateOfferCustomField}. */
export interface UpdateOfferCustomFieldInput {
  path: { offer_custom_field_id: string }
  body: { name: Name; config?: { options?: { name?: Name }[] } }
}

/** `data` of a successful {@link updateOfferCustomField} response. */
export type UpdateOfferCustomFieldOutput = { [key: string]: unknown }

/**
 * `hire.v1.offer_custom_field.update`: PUT /open-apis/hire/v1/offer_custom_fields/:offer_custom_field_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update&project=hire&resource=offer_custom_field&version=v1
 */
export const updateOfferCustomField = /*#__PURE__*/ endpoint<UpdateOfferCustomFieldInput, UpdateOfferCustomFieldOutput>({
  id: 'hire.v1.offer_custom_field.update',
  method: 'PUT',
  path: '/open-apis/hire/v1/offer_custom_fields/:offer_custom_field_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ offer_custom_field_id: string() }),
      body: looseObject({
        name: NameSchema(),
        config: optional(looseObject({ options: optional(array(looseObject({ name: optional(NameSchema()) }))) })),
      }),
    }),
})
