// Generated from catalog/block.v2.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { looseObject, optional, string } from '../../../core/valibot.ts'
import type { CreateEntityOutput, UpdateEntityOutput } from './entity.ts'
import type { CreateMessageOutput } from './message.ts'

/** Schema of {@link CreateEntityOutput}, for opt-in response validation. */
export const CreateEntityOutputSchema: GenericSchema<CreateEntityOutput> = /*#__PURE__*/ (() => looseObject({
  entity: looseObject({
    block_id: string(),
    title: optional(string()),
    block_type_id: string(),
    source_data: string(),
    source_meta: string(),
    version: string(),
    source_link: optional(string()),
    summary: optional(string()),
    preview: optional(string()),
    i18n_summay: optional(string()),
    i18n_preview: optional(string()),
    owner: optional(string()),
    extra: optional(string()),
  }),
}))()

/** Schema of {@link UpdateEntityOutput}, for opt-in response validation. */
export const UpdateEntityOutputSchema: GenericSchema<UpdateEntityOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link CreateMessageOutput}, for opt-in response validation. */
export const CreateMessageOutputSchema: GenericSchema<CreateMessageOutput> = /*#__PURE__*/ (() => looseObject({}))()
