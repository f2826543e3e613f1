// Generated from catalog/cardkit.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { looseObject, optional, string } from '../../../core/valibot.ts'
import type {
  BatchUpdateCardOutput,
  CreateCardOutput,
  IdCardConvertOutput,
  SettingsCardOutput,
  UpdateCardOutput,
} from './card.ts'
import type {
  ContentCardElementOutput,
  CreateCardElementOutput,
  DeleteCardElementOutput,
  PatchCardElementOutput,
  UpdateCardElementOutput,
} from './card.element.ts'

/** Schema of {@link BatchUpdateCardOutput}, for opt-in response validation. */
export const BatchUpdateCardOutputSchema: GenericSchema<BatchUpdateCardOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link CreateCardOutput}, for opt-in response validation. */
export const CreateCardOutputSchema: GenericSchema<CreateCardOutput> = /*#__PURE__*/ (() => looseObject({
  card_id: string(),
}))()

/** Schema of {@link IdCardConvertOutput}, for opt-in response validation. */
export const IdCardConvertOutputSchema: GenericSchema<IdCardConvertOutput> = /*#__PURE__*/ (() => looseObject({
  card_id: optional(string()),
}))()

/** Schema of {@link SettingsCardOutput}, for opt-in response validation. */
export const SettingsCardOutputSchema: GenericSchema<SettingsCardOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link UpdateCardOutput}, for opt-in response validation. */
export const UpdateCardOutputSchema: GenericSchema<UpdateCardOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link ContentCardElementOutput}, for opt-in response validation. */
export const ContentCardElementOutputSchema: GenericSchema<ContentCardElementOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link CreateCardElementOutput}, for opt-in response validation. */
export const CreateCardElementOutputSchema: GenericSchema<CreateCardElementOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link DeleteCardElementOutput}, for opt-in response validation. */
export const DeleteCardElementOutputSchema: GenericSchema<DeleteCardElementOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link PatchCardElementOutput}, for opt-in response validation. */
export const PatchCardElementOutputSchema: GenericSchema<PatchCardElementOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link UpdateCardElementOutput}, for opt-in response validation. */
export const UpdateCardElementOutputSchema: GenericSchema<UpdateCardElementOutput> = /*#__PURE__*/ (() => looseObject({
}))()
