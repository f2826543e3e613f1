// Generated from catalog/application.v6.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'

/** Input of {@link applyScope}. */
export type ApplyScopeInput = { [key: string]: never }

/** `data` of a successful {@link applyScope} response. */
export type ApplyScopeOutput = { [key: string]: unknown }

/**
 * `application.v6.scope.apply`: POST /open-apis/application/v6/scopes/apply (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=apply&project=application&resource=scope&version=v6
 */
export const applyScope = /*#__PURE__*/ endpoint<ApplyScopeInput, ApplyScopeOutput>({
  id: 'application.v6.scope.apply',
  method: 'POST',
  path: '/open-apis/application/v6/scopes/apply',
  tokens: ['tenant'],
})

/** Input of {@link listScope}. */
export type ListScopeInput = { [key: string]: never }

/** `data` of a successful {@link listScope} response. */
export interface ListScopeOutput {
  scopes?: { scope_name: string; grant_status: number; scope_type?: 'user' | 'tenant' }[]
}

/**
 * `application.v6.scope.list`: GET /open-apis/application/v6/scopes (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=application&resource=scope&version=v6
 */
export const listScope = /*#__PURE__*/ endpoint<ListScopeInput, ListScopeOutput>({
  id: 'application.v6.scope.list',
  method: 'GET',
  path: '/open-apis/application/v6/scopes',
  tokens: ['tenant'],
})
