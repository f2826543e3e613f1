// Generated from catalog/application.v2.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, looseObject, optional, picklist, string } from '../../../core/valibot.ts'
import { InvisibleUserSchema } from './models.ts'
import type { GetAppVisibilityOutput } from './app.visibility.ts'

/** Schema of {@link GetAppVisibilityOutput}, for opt-in response validation. */
export const GetAppVisibilityOutputSchema: GenericSchema<GetAppVisibilityOutput> = /*#__PURE__*/ (() => looseObject({
  departments: optional(array(looseObject({ id: optional(string()) }))),
  invisible_departments: optional(array(looseObject({ id: optional(string()) }))),
  users: optional(array(InvisibleUserSchema())),
  invisible_users: optional(array(InvisibleUserSchema())),
  groups: optional(array(looseObject({ id: optional(string()) }))),
  invisible_groups: optional(array(looseObject({ id: optional(string()) }))),
  is_visible_to_all: optional(picklist([0, 1])),
  has_more_users: optional(picklist([0, 1])),
  user_page_token: optional(string()),
}))()
