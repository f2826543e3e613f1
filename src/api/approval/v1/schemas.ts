// Generated from catalog/approval.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { looseObject, optional, record, string } from '../../../core/valibot.ts'
import type { GetIdOutput } from './id.ts'
import type { SendMessageOutput, UpdateMessageOutput } from './message.ts'

/** Schema of {@link GetIdOutput}, for opt-in response validation. */
export const GetIdOutputSchema: GenericSchema<GetIdOutput> = /*#__PURE__*/ (() => looseObject({
  user_id_map: optional(record(string(), string())),
  lark_id_map: optional(record(string(), string())),
}))()

/** Schema of {@link SendMessageOutput}, for opt-in response validation. */
export const SendMessageOutputSchema: GenericSchema<SendMessageOutput> = /*#__PURE__*/ (() => looseObject({
  message_id: optional(string()),
}))()

/** Schema of {@link UpdateMessageOutput}, for opt-in response validation. */
export const UpdateMessageOutputSchema: GenericSchema<UpdateMessageOutput> = /*#__PURE__*/ (() => looseObject({
  message_id: optional(string()),
}))()
