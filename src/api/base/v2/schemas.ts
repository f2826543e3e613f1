// Generated from catalog/base.v2.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, string } from '../../../core/valibot.ts'
import { RoleSchema } from './models.ts'
import type { CreateAppRoleOutput, ListAppRoleOutput, UpdateAppRoleOutput } from './app.role.ts'

/** Schema of {@link CreateAppRoleOutput}, for opt-in response validation. */
export const CreateAppRoleOutputSchema: GenericSchema<CreateAppRoleOutput> = /*#__PURE__*/ (() => looseObject({
  role: optional(RoleSchema()),
}))()

/** Schema of {@link ListAppRoleOutput}, for opt-in response validation. */
export const ListAppRoleOutputSchema: GenericSchema<ListAppRoleOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(RoleSchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
  total: optional(number()),
}))()

/** Schema of {@link UpdateAppRoleOutput}, for opt-in response validation. */
export const UpdateAppRoleOutputSchema: GenericSchema<UpdateAppRoleOutput> = /*#__PURE__*/ (() => looseObject({
  role: optional(RoleSchema()),
}))()
