// Generated from catalog/security_and_compliance.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'

/** Input of {@link getMultiGeoEntityTenant}. */
export type GetMultiGeoEntityTenantInput = { [key: string]: never }

/** `data` of a successful {@link getMultiGeoEntityTenant} response. */
export interface GetMultiGeoEntityTenantOutput {
  tenant?: { available_geo_locations: string[] }
}

/**
 * `security_and_compliance.v1.multi_geo_entity.tenant.get`: GET /open-apis/security_and_compliance/v1/multi_geo_entity/tenant (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=security_and_compliance&resource=multi_geo_entity.tenant&version=v1
 */
export const getMultiGeoEntityTenant = /*#__PURE__*/ endpoint<GetMultiGeoEntityTenantInput, GetMultiGeoEntityTenantOutput>({
  id: 'security_and_compliance.v1.multi_geo_entity.tenant.get',
  method: 'GET',
  path: '/open-apis/security_and_compliance/v1/multi_geo_entity/tenant',
  tokens: ['tenant', 'user'],
})
