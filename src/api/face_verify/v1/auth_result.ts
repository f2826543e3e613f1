// Generated from catalog/face_verify.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link queryAuthResult}. */
export interface QueryAuthResultInput {
  query: { req_order_no: string; open_id?: string; employee_id?: string; ticket_type?: 'verify' }
}

/** `data` of a successful {@link queryAuthResult} response. */
export interface QueryAuthResultOutput {
  auth_state?: number
  auth_timpstamp?: number
}

/**
 * `face_verify.v1.auth_result.query`: GET /open-apis/face_verify/v1/query_auth_result (tenant token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @see https://open.feishu.cn/document/server-docs/human_authentication-v1/query-recognition-result
 */
export const queryAuthResult = /*#__PURE__*/ endpoint<QueryAuthResultInput, QueryAuthResultOutput>({
  id: 'face_verify.v1.auth_result.query',
  method: 'GET',
  path: '/open-apis/face_verify/v1/query_auth_result',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({
        req_order_no: string(),
        open_id: optional(string()),
        employee_id: optional(string()),
        ticket_type: optional(picklist(['verify'])),
      }),
    }),
})
