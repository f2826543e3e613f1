// Generated from catalog/application.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, picklist, string, union } from '../../../core/valibot.ts'
import type { GetUserVisibleAppsOutput } from './user.visible_apps.ts'

/** Schema of {@link GetUserVisibleAppsOutput}, for opt-in response validation. */
export const GetUserVisibleAppsOutputSchema: GenericSchema<GetUserVisibleAppsOutput> = /*#__PURE__*/ (() => looseObject({
  page_token: optional(string()),
  page_size: optional(number()),
  total_count: optional(number()),
  has_more: optional(union([boolean(), number()])),
  lang: optional(string()),
  app_list: optional(array(looseObject({
    app_id: optional(string()),
    primary_language: optional(string()),
    app_name: optional(string()),
    description: optional(string()),
    avatar_url: optional(string()),
    app_scene_type: optional(picklist([0, 1])),
    status: optional(picklist([0, 1])),
    mobile_default_ability: optional(number()),
    pc_default_ability: optional(number()),
    create_source: optional(picklist(['developer_console', 'base', 'app_engine', 'bot_builder', 'aily', 'unknown'])),
  }))),
}))()
