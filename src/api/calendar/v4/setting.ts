// Generated from catalog/calendar.v4.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, optional, string } from '../../../core/valibot.ts'

/** Input of {@link generateSettingCaldavConf}. */
export interface GenerateSettingCaldavConfInput {
  body?: { device_name?: string }
}

/** `data` of a successful {@link generateSettingCaldavConf} response. */
export interface GenerateSettingCaldavConfOutput {
  password?: string
  user_name?: string
  server_address?: string
  device_name?: string
}

/**
 * `calendar.v4.setting.generate_caldav_conf`: POST /open-apis/calendar/v4/settings/generate_caldav_conf (user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=generate_caldav_conf&project=calendar&resource=setting&version=v4
 */
export const generateSettingCaldavConf = /*#__PURE__*/ endpoint<GenerateSettingCaldavConfInput, GenerateSettingCaldavConfOutput>({
  id: 'calendar.v4.setting.generate_caldav_conf',
  method: 'POST',
  path: '/open-apis/calendar/v4/settings/generate_caldav_conf',
  tokens: ['user'],
  input: () => looseObject({ body: optional(looseObject({ device_name: optional(string()) })) }),
})
