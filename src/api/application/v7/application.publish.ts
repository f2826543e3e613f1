// Generated from catalog/application.v7.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link createApplicationPublish}. */
export interface CreateApplicationPublishInput {
  path: { app_id: string }
  body: {
    mobile_default_ability?: 'gadget' | 'web_app' | 'bot'
    pc_default_ability?: 'gadget' | 'web_app' | 'bot'
    remark: string
    changelog: string
    version?: string
  }
}

/** `data` of a successful {@link createApplicationPublish} response. */
export interface CreateApplicationPublishOutput {
  version_id?: string
  version?: string
}

/**
 * `application.v7.application.publish.create`: POST /open-apis/application/v7/applications/:app_id/publish (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=application&resource=application.publish&version=v7
 */
export const createApplicationPublish = /*#__PURE__*/ endpoint<CreateApplicationPublishInput, CreateApplicationPublishOutput>({
  id: 'application.v7.application.publish.create',
  method: 'POST',
  path: '/open-apis/application/v7/applications/:app_id/publish',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_id: string() }),
      body: looseObject({
        mobile_default_ability: optional(picklist(['gadget', 'web_app', 'bot'])),
        pc_default_ability: optional(picklist(['gadget', 'web_app', 'bot'])),
        remark: string(),
        changelog: string(),
        version: optional(string()),
      }),
    }),
})
