// Generated from catalog/approval.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, maxLength, optional, pipe, string } from '../../../core/valibot.ts'

/** Input of {@link listExternal}. */
export interface ListExternalInput {
  body?: {
    approval_codes?: string[]
    /** Max 20 items. */
    instance_ids?: string[]
    user_ids?: string[]
    status?: string
    scroll_id?: string
  }
}

/** `data` of a successful {@link listExternal} response. */
export interface ListExternalOutput {
  data?: {
    instance_id?: string
    approval_code?: string
    approval_id?: string
    status?: string
    update_time?: number
    tasks?: { id?: string; status?: string; update_time?: number }[]
  }[]
  scroll_id?: string
}

/**
 * `approval.v2.external.list`: POST /approval/openapi/v2/external/list (tenant token).
 *
 * Served on the www host (`ctx.wwwUrl`, `https://www.feishu.cn`), not the Open API host.
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @deprecated Use `listExternalTask` from `larkfn/approval/v4` instead.
 * @see https://open.feishu.cn/document/server-docs/historic-version/approval/v2/third-party-approval-integration/external_status
 */
export const listExternal = /*#__PURE__*/ endpoint<ListExternalInput, ListExternalOutput>({
  id: 'approval.v2.external.list',
  method: 'POST',
  path: '/approval/openapi/v2/external/list',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: optional(looseObject({
        approval_codes: optional(array(string())),
        instance_ids: optional(pipe(array(string()), maxLength(20))),
        user_ids: optional(array(string())),
        status: optional(string()),
        scroll_id: optional(string()),
      })),
    }),
  host: 'www',
})
