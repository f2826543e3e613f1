// Generated from catalog/mdm.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link bindUserAuthDataRelation}. */
export interface BindUserAuthDataRelationInput {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body: {
    root_dimension_type: string
    sub_dimension_types: string[]
    authorized_user_ids: string[]
    uams_app_id: string
  }
}

/** `data` of a successful {@link bindUserAuthDataRelation} response. */
export type BindUserAuthDataRelationOutput = { [key: string]: unknown }

/**
 * `mdm.v1.user_auth_data_relation.bind`: POST /open-apis/mdm/v1/user_auth_data_relations/bind (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=bind&project=mdm&resource=user_auth_data_relation&version=v1
 */
export const bindUserAuthDataRelation = /*#__PURE__*/ endpoint<BindUserAuthDataRelationInput, BindUserAuthDataRelationOutput>({
  id: 'mdm.v1.user_auth_data_relation.bind',
  method: 'POST',
  path: '/open-apis/mdm/v1/user_auth_data_relations/bind',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: looseObject({
        root_dimension_type: string(),
        sub_dimension_types: array(string()),
        authorized_user_ids: array(string()),
        uams_app_id: string(),
      }),
    }),
})

/** Input of {@link unbindUserAuthDataRelation}. */
export interface UnbindUserAuthDataRelationInput {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body: {
    root_dimension_type: string
    sub_dimension_types: string[]
    authorized_user_ids: string[]
    uams_app_id: string
  }
}

/** `data` of a successful {@link unbindUserAuthDataRelation} response. */
export type UnbindUserAuthDataRelationOutput = { [key: string]: unknown }

/**
 * `mdm.v1.user_auth_data_relation.unbind`: POST /open-apis/mdm/v1/user_auth_data_relations/unbind (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=unbind&project=mdm&resource=user_auth_data_relation&version=v1
 */
export const unbindUserAuthDataRelation = /*#__PURE__*/ endpoint<UnbindUserAuthDataRelationInput, UnbindUserAuthDataRelationOutput>({
  id: 'mdm.v1.user_auth_data_relation.unbind',
  method: 'POST',
  path: '/open-apis/mdm/v1/user_auth_data_relations/unbind',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: looseObject({
        root_dimension_type: string(),
        sub_dimension_types: array(string()),
        authorized_user_ids: array(string()),
        uams_app_id: string(),
      }),
    }),
})
