// Generated from catalog/approval.v3.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { CreateExternalApprovalOutput } from './external.approval.ts'
import type { CheckExternalInstanceOutput } from './external.instance.ts'

/** Schema of {@link CreateExternalApprovalOutput}, for opt-in response validation. */
export const CreateExternalApprovalOutputSchema: GenericSchema<CreateExternalApprovalOutput> = /*#__PURE__*/ (() => looseObject({
  approval_code: optional(string()),
}))()

/** Schema of {@link CheckExternalInstanceOutput}, for opt-in response validation. */
export const CheckExternalInstanceOutputSchema: GenericSchema<CheckExternalInstanceOutput> = /*#__PURE__*/ (() => looseObject({
  diff_times: optional(array(looseObject({
    instance_id: optional(string()),
    update_time: optional(number()),
    tasks: optional(array(looseObject({ task_id: optional(string()), update_time: optional(number()) }))),
  }))),
}))()
