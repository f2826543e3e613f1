// Generated from catalog/approval.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, string } from '../../../core/valibot.ts'

/** Input of {@link createExternalInstance}. */
export interface CreateExternalInstanceInput {
  body: { content: string }
}

/** `data` of a successful {@link createExternalInstance} response. */
export type CreateExternalInstanceOutput = { [key: string]: unknown }

/**
 * `approval.v2.external.instance.create`: POST /approval/openapi/v2/external/instance/create (tenant token).
 *
 * Served on the www host (`ctx.wwwUrl`, `https://www.feishu.cn`), not the Open API host.
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @deprecated Use `createExternalInstance` from `larkfn/approval/v4` instead.
 * @see https://open.feishu.cn/document/server-docs/historic-version/approval/v2/third-party-approval-integration/external-approval-instance-create
 */
export const createExternalInstance = /*#__PURE__*/ endpoint<CreateExternalInstanceInput, CreateExternalInstanceOutput>({
  id: 'approval.v2.external.instance.create',
  method: 'POST',
  path: '/approval/openapi/v2/external/instance/create',
  tokens: ['tenant'],
  input: () => looseObject({ body: looseObject({ content: string() }) }),
  host: 'www',
})
