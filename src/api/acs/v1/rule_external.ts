// Generated from catalog/acs.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, optional, picklist, string } from '../../../core/valibot.ts'
import { RuleSchema } from './models.ts'
import type { Rule } from './types.ts'

/** Input of {@link createRuleExternal}. */
export interface CreateRuleExternalInput {
  query?: { rule_id?: string; user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body: { rule: Rule }
}

/** `data` of a successful {@link createRuleExternal} response. */
export interface CreateRuleExternalOutput {
  rule_id: string
}

/**
 * `acs.v1.rule_external.create`: POST /open-apis/acs/v1/rule_external (user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=acs&resource=rule_external&version=v1
 */
export const createRuleExternal = /*#__PURE__*/ endpoint<CreateRuleExternalInput, CreateRuleExternalOutput>({
  id: 'acs.v1.rule_external.create',
  method: 'POST',
  path: '/open-apis/acs/v1/rule_external',
  tokens: ['user'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        rule_id: optional(string()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
      })),
      body: looseObject({ rule: RuleSchema() }),
    }),
})

/** Input of {@link deleteRuleExternal}. */
export interface DeleteRuleExternalInput {
  query: { rule_id: string }
}

/** `data` of a successful {@link deleteRuleExternal} response. */
export type DeleteRuleExternalOutput = { [key: string]: unknown }

/**
 * `acs.v1.rule_external.delete`: DELETE /open-apis/acs/v1/rule_external (user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=acs&resource=rule_external&version=v1
 */
export const deleteRuleExternal = /*#__PURE__*/ endpoint<DeleteRuleExternalInput, DeleteRuleExternalOutput>({
  id: 'acs.v1.rule_external.delete',
  method: 'DELETE',
  path: '/open-apis/acs/v1/rule_external',
  tokens: ['user'],
  input: () => looseObject({ query: looseObject({ rule_id: string() }) }),
})

/** Input of {@link deviceRuleExternalBind}. */
export interface DeviceRuleExternalBindInput {
  body: { device_id: string; rule_ids: string[] }
}

/** `data` of a successful {@link deviceRuleExternalBind} response. */
export type DeviceRuleExternalBindOutput = { [key: string]: unknown }

/**
 * `acs.v1.rule_external.device_bind`: POST /open-apis/acs/v1/rule_external/device_bind (user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=device_bind&project=acs&resource=rule_external&version=v1
 */
export const deviceRuleExternalBind = /*#__PURE__*/ endpoint<DeviceRuleExternalBindInput, DeviceRuleExternalBindOutput>({
  id: 'acs.v1.rule_external.device_bind',
  method: 'POST',
  path: '/open-apis/acs/v1/rule_external/device_bind',
  tokens: ['user'],
  input: () => looseObject({ body: looseObject({ device_id: string(), rule_ids: array(string()) }) }),
})

/** Input of {@link getRuleExternal}. */
export interface GetRuleExternalInput {
  query?: { device_id?: string; user_id_type?: 'open_id' | 'union_id' | 'user_id' }
}

/** `data` of a successful {@link getRuleExternal} response. */
export interface GetRuleExternalOutput {
  rules: Rule[]
}

/**
 * `acs.v1.rule_external.get`: GET /open-apis/acs/v1/rule_external (user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=acs&resource=rule_external&version=v1
 */
export const getRuleExternal = /*#__PURE__*/ endpoint<GetRuleExternalInput, GetRuleExternalOutput>({
  id: 'acs.v1.rule_external.get',
  method: 'GET',
  path: '/open-apis/acs/v1/rule_external',
  tokens: ['user'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        device_id: optional(string()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
      })),
    }),
})
