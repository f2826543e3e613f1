// Generated from catalog/message.v4.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, looseObject, optional, string } from '../../../core/valibot.ts'
import type { BatchSendMessageOutput } from './message.ts'

/** Schema of {@link BatchSendMessageOutput}, for opt-in response validation. */
export const BatchSendMessageOutputSchema: GenericSchema<BatchSendMessageOutput> = /*#__PURE__*/ (() => looseObject({
  message_id: optional(string()),
  invalid_department_ids: optional(array(string())),
  invalid_open_ids: optional(array(string())),
  invalid_user_ids: optional(array(string())),
  invalid_union_ids: optional(array(string())),
}))()
