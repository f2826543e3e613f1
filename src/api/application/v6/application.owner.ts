// Generated from catalog/application.v6.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link updateApplicationOwner}. */
export interface UpdateApplicationOwnerInput {
  path: { app_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body: { owner_id: string }
}

/** `data` of a successful {@link updateApplicationOwner} response. */
export type UpdateApplicationOwnerOutput = { [key: string]: unknown }

/**
 * `application.v6.application.owner.update`: PUT /open-apis/application/v6/applications/:app_id/owner (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update&project=application&resource=application.owner&version=v6
 */
export const updateApplicationOwner = /*#__PURE__*/ endpoint<UpdateApplicationOwnerInput, UpdateApplicationOwnerOutput>({
  id: 'application.v6.application.owner.update',
  method: 'PUT',
  path: '/open-apis/application/v6/applications/:app_id/owner',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_id: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: looseObject({ owner_id: string() }),
    }),
})
