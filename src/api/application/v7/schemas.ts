// Generated from catalog/application.v7.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { looseObject, optional, string } from '../../../core/valibot.ts'
import type { CreateAppAvatarUploadOutput } from './app_avatar.upload.ts'
import type { PatchApplicationAbilityOutput } from './application.ability.ts'
import type { PatchApplicationBaseOutput } from './application.base.ts'
import type { PatchApplicationConfigOutput } from './application.config.ts'
import type { CreateApplicationPublishOutput } from './application.publish.ts'

/** Schema of {@link CreateAppAvatarUploadOutput}, for opt-in response validation. */
export const CreateAppAvatarUploadOutputSchema: GenericSchema<CreateAppAvatarUploadOutput> = /*#__PURE__*/ (() => looseObject({
  url: optional(string()),
}))()

/** Schema of {@link PatchApplicationAbilityOutput}, for opt-in response validation. */
export const PatchApplicationAbilityOutputSchema: GenericSchema<PatchApplicationAbilityOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link PatchApplicationBaseOutput}, for opt-in response validation. */
export const PatchApplicationBaseOutputSchema: GenericSchema<PatchApplicationBaseOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link PatchApplicationConfigOutput}, for opt-in response validation. */
export const PatchApplicationConfigOutputSchema: GenericSchema<PatchApplicationConfigOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link CreateApplicationPublishOutput}, for opt-in response validation. */
export const CreateApplicationPublishOutputSchema: GenericSchema<CreateApplicationPublishOutput> = /*#__PURE__*/ (() => looseObject({
  version_id: optional(string()),
  version: optional(string()),
}))()
