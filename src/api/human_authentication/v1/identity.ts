// Generated from catalog/human_authentication.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link createIdentity}. */
export interface CreateIdentityInput {
  query: { user_id: string; user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body: { identity_name: string; identity_code: string; mobile?: string }
}

/** `data` of a successful {@link createIdentity} response. */
export interface CreateIdentityOutput {
  verify_uid: string
}

/**
 * `human_authentication.v1.identity.create`: POST /open-apis/human_authentication/v1/identities (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=human_authentication&resource=identity&version=v1
 */
export const createIdentity = /*#__PURE__*/ endpoint<CreateIdentityInput, CreateIdentityOutput>({
  id: 'human_authentication.v1.identity.create',
  method: 'POST',
  path: '/open-apis/human_authentication/v1/identities',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({ user_id: string(), user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) }),
      body: looseObject({ identity_name: string(), identity_code: string(), mobile: optional(string()) }),
    }),
})
