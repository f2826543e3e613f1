// Generated from catalog/application.v6.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { boolean, looseObject, optional, string } from '../../../core/valibot.ts'

/** Input of {@link updateApplicationManagement}. */
export interface UpdateApplicationManagementInput {
  path: { app_id: string }
  body?: { enable?: boolean }
}

/** `data` of a successful {@link updateApplicationManagement} response. */
export type UpdateApplicationManagementOutput = { [key: string]: unknown }

/**
 * `application.v6.application.management.update`: PUT /open-apis/application/v6/applications/:app_id/management (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update&project=application&resource=application.management&version=v6
 */
export const updateApplicationManagement = /*#__PURE__*/ endpoint<UpdateApplicationManagementInput, UpdateApplicationManagementOutput>({
  id: 'application.v6.application.management.update',
  method: 'PUT',
  path: '/open-apis/application/v6/applications/:app_id/management',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_id: string() }),
      body: optional(looseObject({ enable: optional(boolean()) })),
    }),
})
