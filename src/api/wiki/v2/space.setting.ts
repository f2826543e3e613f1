// Generated from catalog/wiki.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, optional, string } from '../../../core/valibot.ts'

/** Input of {@link updateSpaceSetting}. */
export interface UpdateSpaceSettingInput {
  path: { space_id: string }
  body?: { create_setting?: string; security_setting?: string; comment_setting?: string }
}

/** `data` of a successful {@link updateSpaceSetting} response. */
export interface UpdateSpaceSettingOutput {
  setting?: { create_setting?: string; security_setting?: string; comment_setting?: string }
}

/**
 * `wiki.v2.space.setting.update`: PUT /open-apis/wiki/v2/spaces/:space_id/setting (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update&project=wiki&resource=space.setting&version=v2
 */
export const updateSpaceSetting = /*#__PURE__*/ endpoint<UpdateSpaceSettingInput, UpdateSpaceSettingOutput>({
  id: 'wiki.v2.space.setting.update',
  method: 'PUT',
  path: '/open-apis/wiki/v2/spaces/:space_id/setting',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ space_id: string() }),
      body: optional(looseObject({
        create_setting: optional(string()),
        security_setting: optional(string()),
        comment_setting: optional(string()),
      })),
    }),
})
