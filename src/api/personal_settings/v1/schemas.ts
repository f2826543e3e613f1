// Generated from catalog/personal_settings.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { SystemStatusSchema } from './models.ts'
import type {
  BatchCloseSystemStatusOutput,
  BatchOpenSystemStatusOutput,
  CreateSystemStatusOutput,
  DeleteSystemStatusOutput,
  ListSystemStatusOutput,
  PatchSystemStatusOutput,
} from './system_status.ts'

/** Schema of {@link BatchCloseSystemStatusOutput}, for opt-in response validation. */
export const BatchCloseSystemStatusOutputSchema: GenericSchema<BatchCloseSystemStatusOutput> = /*#__PURE__*/ (() => looseObject({
  result_list: array(looseObject({
    user_id: optional(string()),
    result: optional(picklist(['success', 'fail', 'invisible_user_id', 'invalid_user_id', 'resign_user_id'])),
  })),
}))()

/** Schema of {@link BatchOpenSystemStatusOutput}, for opt-in response validation. */
export const BatchOpenSystemStatusOutputSchema: GenericSchema<BatchOpenSystemStatusOutput> = /*#__PURE__*/ (() => looseObject({
  result_list: array(looseObject({
    user_id: string(),
    end_time: number(),
    result: optional(picklist([
      'success_show',
      'success_user_close_syn',
      'success_user_in_higher_priority_system_status',
      'fail',
      'invisible_user_id',
      'invalid_user_id',
      'resign_user_id',
    ])),
  })),
}))()

/** Schema of {@link CreateSystemStatusOutput}, for opt-in response validation. */
export const CreateSystemStatusOutputSchema: GenericSchema<CreateSystemStatusOutput> = /*#__PURE__*/ (() => looseObject({
  system_status: optional(SystemStatusSchema()),
}))()

/** Schema of {@link DeleteSystemStatusOutput}, for opt-in response validation. */
export const DeleteSystemStatusOutputSchema: GenericSchema<DeleteSystemStatusOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link ListSystemStatusOutput}, for opt-in response validation. */
export const ListSystemStatusOutputSchema: GenericSchema<ListSystemStatusOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(SystemStatusSchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link PatchSystemStatusOutput}, for opt-in response validation. */
export const PatchSystemStatusOutputSchema: GenericSchema<PatchSystemStatusOutput> = /*#__PURE__*/ (() => looseObject({
  system_status: optional(SystemStatusSchema()),
}))()
