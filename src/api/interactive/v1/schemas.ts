// Generated from catalog/interactive.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { looseObject } from '../../../core/valibot.ts'
import type { UpdateCardOutput } from './card.ts'

/** Schema of {@link UpdateCardOutput}, for opt-in response validation. */
export const UpdateCardOutputSchema: GenericSchema<UpdateCardOutput> = /*#__PURE__*/ (() => looseObject({}))()
