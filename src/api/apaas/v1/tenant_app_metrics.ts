// Generated from catalog/apaas.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, string } from '../../../core/valibot.ts'

/** Input of {@link queryTenantAppMetrics}. */
export interface QueryTenantAppMetricsInput {
  body: { namespaces: string[]; date: string }
}

/** `data` of a successful {@link queryTenantAppMetrics} response. */
export interface QueryTenantAppMetricsOutput {
  metrics?: { namespace?: string; data?: string }[]
}

/**
 * `apaas.v1.tenant_app_metrics.query`: POST /open-apis/apaas/v1/tenant_app_metrics/query (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query&project=apaas&resource=tenant_app_metrics&version=v1
 */
export const queryTenantAppMetrics = /*#__PURE__*/ endpoint<QueryTenantAppMetricsInput, QueryTenantAppMetricsOutput>({
  id: 'apaas.v1.tenant_app_metrics.query',
  method: 'POST',
  path: '/open-apis/apaas/v1/tenant_app_metrics/query',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ body: looseObject({ namespaces: array(string()), date: string() }) }),
})
