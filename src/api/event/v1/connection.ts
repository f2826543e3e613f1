// Generated from catalog/event.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'

/** Input of {@link getConnection}. */
export type GetConnectionInput = { [key: string]: never }

/** `data` of a successful {@link getConnection} response. */
export interface GetConnectionOutput {
  online_instance_cnt?: number
}

/**
 * `event.v1.connection.get`: GET /open-apis/event/v1/connection (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=event&resource=connection&version=v1
 */
export const getConnection = /*#__PURE__*/ endpoint<GetConnectionInput, GetConnectionOutput>({
  id: 'event.v1.connection.get',
  method: 'GET',
  path: '/open-apis/event/v1/connection',
  tokens: ['tenant', 'user'],
})
