// Generated from catalog/user.v4.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, looseObject, optional, string } from '../../../core/valibot.ts'
import type { ListAppAdminUserOutput } from './app_admin_user.ts'

/** Schema of {@link ListAppAdminUserOutput}, for opt-in response validation. */
export const ListAppAdminUserOutputSchema: GenericSchema<ListAppAdminUserOutput> = /*#__PURE__*/ (() => looseObject({
  user_list: optional(array(looseObject({
    open_id: optional(string()),
    user_id: optional(string()),
    union_id: optional(string()),
  }))),
}))()
