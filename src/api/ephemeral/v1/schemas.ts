// Generated from catalog/ephemeral.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { looseObject, optional, string } from '../../../core/valibot.ts'
import type { DeleteMessageOutput, SendMessageOutput } from './message.ts'

/** Schema of {@link DeleteMessageOutput}, for opt-in response validation. */
export const DeleteMessageOutputSchema: GenericSchema<DeleteMessageOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link SendMessageOutput}, for opt-in response validation. */
export const SendMessageOutputSchema: GenericSchema<SendMessageOutput> = /*#__PURE__*/ (() => looseObject({
  message_id: optional(string()),
}))()
