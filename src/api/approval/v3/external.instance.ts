// Generated from catalog/approval.v3.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, string } from '../../../core/valibot.ts'

/** Input of {@link checkExternalInstance}. */
export interface CheckExternalInstanceInput {
  body: {
    update_times: { instance_id: string; update_time: number; tasks: { task_id: string; update_time: number }[] }[]
  }
}

/** `data` of a successful {@link checkExternalInstance} response. */
export interface CheckExternalInstanceOutput {
  diff_times?: { instance_id?: string; update_time?: number; tasks?: { task_id?: string; update_time?: number }[] }[]
}

/**
 * `approval.v3.external.instance.check`: POST /approval/openapi/v3/external/instance/check (tenant token).
 *
 * Served on the www host (`ctx.wwwUrl`, `https://www.feishu.cn`), not the Open API host.
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @deprecated Use `checkExternalInstance` from `larkfn/approval/v4` instead.
 * @see https://open.feishu.cn/document/server-docs/historic-version/approval/v2/third-party-approval-integration/external-approval-instance-check
 */
export const checkExternalInstance = /*#__PURE__*/ endpoint<CheckExternalInstanceInput, CheckExternalInstanceOutput>({
  id: 'approval.v3.external.instance.check',
  method: 'POST',
  path: '/approval/openapi/v3/external/instance/check',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: looseObject({
        update_times: array(looseObject({
          instance_id: string(),
          update_time: number(),
          tasks: array(looseObject({ task_id: string(), update_time: number() })),
        })),
      }),
    }),
  host: 'www',
})
