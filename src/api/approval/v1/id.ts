// Generated from catalog/approval.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, maxLength, number, optional, pipe, string } from '../../../core/valibot.ts'

/** Input of {@link getId}. */
export interface GetIdInput {
  body?: {
    tenant_key?: string
    /** Max 100 items. */
    user_id_list?: string[]
    /** Max 100 items. */
    lark_id_list?: number[]
  }
}

/** `data` of a successful {@link getId} response. */
export interface GetIdOutput {
  user_id_map?: { [key: string]: string }
  lark_id_map?: { [key: string]: string }
}

/**
 * `approval.v1.id.get`: POST /approval/openapi/v1/id/get (tenant token).
 *
 * Served on the www host (`ctx.wwwUrl`, `https://www.feishu.cn`), not the Open API host.
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @see https://open.feishu.cn/document/server-docs/approval-v4/approval-search/search-approval-id-(dedicated)
 */
export const getId = /*#__PURE__*/ endpoint<GetIdInput, GetIdOutput>({
  id: 'approval.v1.id.get',
  method: 'POST',
  path: '/approval/openapi/v1/id/get',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: optional(looseObject({
        tenant_key: optional(string()),
        user_id_list: optional(pipe(array(string()), maxLength(100))),
        lark_id_list: optional(pipe(array(number()), maxLength(100))),
      })),
    }),
  host: 'www',
})
