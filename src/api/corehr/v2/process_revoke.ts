// Generated from catalog/corehr.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { boolean, looseObject, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link updateProcessRevoke}. */
export interface UpdateProcessRevokeInput {
  path: { process_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id' }
  body?: { user_id?: string; reason?: string; system_user?: boolean }
}

/** `data` of a successful {@link updateProcessRevoke} response. */
export type UpdateProcessRevokeOutput = { [key: string]: unknown }

/**
 * `corehr.v2.process_revoke.update`: PUT /open-apis/corehr/v2/process_revoke/:process_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update&project=corehr&resource=process_revoke&version=v2
 */
export const updateProcessRevoke = /*#__PURE__*/ endpoint<UpdateProcessRevokeInput, UpdateProcessRevokeOutput>({
  id: 'corehr.v2.process_revoke.update',
  method: 'PUT',
  path: '/open-apis/corehr/v2/process_revoke/:process_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ process_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
      })),
      body: optional(looseObject({
        user_id: optional(string()),
        reason: optional(string()),
        system_user: optional(boolean()),
      })),
    }),
})
