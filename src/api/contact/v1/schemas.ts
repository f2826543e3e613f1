// Generated from catalog/contact.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, optional, string } from '../../../core/valibot.ts'
import type { GetUserAdminScopeOutput } from './user.admin_scope.ts'

/** Schema of {@link GetUserAdminScopeOutput}, for opt-in response validation. */
export const GetUserAdminScopeOutputSchema: GenericSchema<GetUserAdminScopeOutput> = /*#__PURE__*/ (() => looseObject({
  is_all: optional(boolean()),
  department_list: optional(array(string())),
}))()
