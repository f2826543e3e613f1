// Generated from catalog/ehr.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, optional, string } from '../../../core/valibot.ts'
import { ItemSchema } from './models.ts'
import type { ListEmployeeOutput } from './employee.ts'

/** Schema of {@link ListEmployeeOutput}, for opt-in response validation. */
export const ListEmployeeOutputSchema: GenericSchema<ListEmployeeOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(ItemSchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()
