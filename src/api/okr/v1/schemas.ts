// Generated from catalog/okr.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, string } from '../../../core/valibot.ts'
import { BlockSchema, CycleReviewSchema, MentionedUserSchema, OkrSchema, ProgressRateSchema } from './models.ts'
import type { UploadImageOutput } from './image.ts'
import type { BatchGetOkrOutput } from './okr.ts'
import type { CreatePeriodOutput, ListPeriodOutput, PatchPeriodOutput } from './period.ts'
import type { ListPeriodRuleOutput } from './period_rule.ts'
import type {
  CreateProgressRecordOutput,
  DeleteProgressRecordOutput,
  GetProgressRecordOutput,
  UpdateProgressRecordOutput,
} from './progress_record.ts'
import type { QueryReviewOutput } from './review.ts'
import type { ListUserOkrOutput } from './user.okr.ts'

/** Schema of {@link UploadImageOutput}, for opt-in response validation. */
export const UploadImageOutputSchema: GenericSchema<UploadImageOutput> = /*#__PURE__*/ (() => looseObject({
  file_token: optional(string()),
  url: optional(string()),
}))()

/** Schema of {@link BatchGetOkrOutput}, for opt-in response validation. */
export const BatchGetOkrOutputSchema: GenericSchema<BatchGetOkrOutput> = /*#__PURE__*/ (() => looseObject({
  okr_list: optional(array(OkrSchema())),
}))()

/** Schema of {@link CreatePeriodOutput}, for opt-in response validation. */
export const CreatePeriodOutputSchema: GenericSchema<CreatePeriodOutput> = /*#__PURE__*/ (() => looseObject({
  period_id: optional(string()),
  start_month: optional(string()),
  end_month: optional(string()),
}))()

/** Schema of {@link ListPeriodOutput}, for opt-in response validation. */
export const ListPeriodOutputSchema: GenericSchema<ListPeriodOutput> = /*#__PURE__*/ (() => looseObject({
  page_token: optional(string()),
  has_more: optional(boolean()),
  items: optional(array(looseObject({
    id: optional(string()),
    zh_name: optional(string()),
    en_name: optional(string()),
    status: optional(number()),
    period_start_time: optional(string()),
    period_end_time: optional(string()),
  }))),
}))()

/** Schema of {@link PatchPeriodOutput}, for opt-in response validation. */
export const PatchPeriodOutputSchema: GenericSchema<PatchPeriodOutput> = /*#__PURE__*/ (() => looseObject({
  period_id: optional(string()),
  status: optional(number()),
}))()

/** Schema of {@link ListPeriodRuleOutput}, for opt-in response validation. */
export const ListPeriodRuleOutputSchema: GenericSchema<ListPeriodRuleOutput> = /*#__PURE__*/ (() => looseObject({
  period_rules: optional(array(looseObject({
    period_rule_id: optional(string()),
    type: optional(string()),
    length: optional(number()),
    first_month: optional(number()),
  }))),
}))()

/** Schema of {@link CreateProgressRecordOutput}, for opt-in response validation. */
export const CreateProgressRecordOutputSchema: GenericSchema<CreateProgressRecordOutput> = /*#__PURE__*/ (() => looseObject({
  progress_id: optional(string()),
  modify_time: optional(string()),
  content: optional(looseObject({ blocks: optional(array(BlockSchema())) })),
  progress_rate: optional(ProgressRateSchema()),
}))()

/** Schema of {@link DeleteProgressRecordOutput}, for opt-in response validation. */
export const DeleteProgressRecordOutputSchema: GenericSchema<DeleteProgressRecordOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link GetProgressRecordOutput}, for opt-in response validation. */
export const GetProgressRecordOutputSchema: GenericSchema<GetProgressRecordOutput> = /*#__PURE__*/ (() => looseObject({
  progress_id: optional(string()),
  modify_time: optional(string()),
  content: optional(looseObject({ blocks: optional(array(BlockSchema())) })),
  progress_rate: optional(ProgressRateSchema()),
}))()

/** Schema of {@link UpdateProgressRecordOutput}, for opt-in response validation. */
export const UpdateProgressRecordOutputSchema: GenericSchema<UpdateProgressRecordOutput> = /*#__PURE__*/ (() => looseObject({
  progress_id: optional(string()),
  modify_time: optional(string()),
  content: optional(looseObject({ blocks: optional(array(BlockSchema())) })),
  progress_rate: optional(ProgressRateSchema()),
}))()

/** Schema of {@link QueryReviewOutput}, for opt-in response validation. */
export const QueryReviewOutputSchema: GenericSchema<QueryReviewOutput> = /*#__PURE__*/ (() => looseObject({
  review_list: optional(array(looseObject({
    user_id: optional(MentionedUserSchema()),
    review_period_list: optional(array(looseObject({
      period_id: optional(string()),
      cycle_review_list: optional(array(CycleReviewSchema())),
      progress_report_list: optional(array(CycleReviewSchema())),
    }))),
  }))),
}))()

/** Schema of {@link ListUserOkrOutput}, for opt-in response validation. */
export const ListUserOkrOutputSchema: GenericSchema<ListUserOkrOutput> = /*#__PURE__*/ (() => looseObject({
  total: optional(number()),
  okr_list: optional(array(OkrSchema())),
}))()
