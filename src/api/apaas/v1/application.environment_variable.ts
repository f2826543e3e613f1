// Generated from catalog/apaas.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { GetItem } from './types.ts'

/** Input of {@link getApplicationEnvironmentVariable}. */
export interface GetApplicationEnvironmentVariableInput {
  path: { namespace: string; environment_variable_api_name: string }
}

/** `data` of a successful {@link getApplicationEnvironmentVariable} response. */
export interface GetApplicationEnvironmentVariableOutput {
  item?: GetItem
}

/**
 * `apaas.v1.application.environment_variable.get`: GET /open-apis/apaas/v1/applications/:namespace/environment_variables/:environment_variable_api_name (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=apaas&resource=application.environment_variable&version=v1
 */
export const getApplicationEnvironmentVariable = /*#__PURE__*/ endpoint<GetApplicationEnvironmentVariableInput, GetApplicationEnvironmentVariableOutput>({
  id: 'apaas.v1.application.environment_variable.get',
  method: 'GET',
  path: '/open-apis/apaas/v1/applications/:namespace/environment_variables/:environment_variable_api_name',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ namespace: string(), environment_variable_api_name: string() }) }),
})

/** Input of {@link queryApplicationEnvironmentVariable}. */
export interface QueryApplicationEnvironmentVariableInput {
  path: { namespace: string }
  body?: { filter?: { quick_query?: string }; limit?: number; offset?: number }
}

/** `data` of a successful {@link queryApplicationEnvironmentVariable} response. */
export interface QueryApplicationEnvironmentVariableOutput {
  items?: GetItem[]
  total: number
}

/**
 * `apaas.v1.application.environment_variable.query`: POST /open-apis/apaas/v1/applications/:namespace/environment_variables/query (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query&project=apaas&resource=application.environment_variable&version=v1
 */
export const queryApplicationEnvironmentVariable = /*#__PURE__*/ endpoint<QueryApplicationEnvironmentVariableInput, QueryApplicationEnvironmentVariableOutput>({
  id: 'apaas.v1.application.environment_variable.query',
  method: 'POST',
  path: '/open-apis/apaas/v1/applications/:namespace/environment_variables/query',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ namespace: string() }),
      body: optional(looseObject({
        filter: optional(looseObject({ quick_query: optional(string()) })),
        limit: optional(number()),
        offset: optional(number()),
      })),
    }),
})
