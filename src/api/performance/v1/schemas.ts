// Generated from catalog/performance.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, string } from '../../../core/valibot.ts'
import { BaseSchema, ItemSchema, ListItemSchema, NameSchema, ReviewerUserIdSchema } from './models.ts'
import type { QueryReviewDataOutput } from './review_data.ts'
import type { ListSemesterOutput } from './semester.ts'
import type { FindStageTaskByPageOutput, FindStageTaskByUserListOutput } from './stage_task.ts'

/** Schema of {@link QueryReviewDataOutput}, for opt-in response validation. */
export const QueryReviewDataOutputSchema: GenericSchema<QueryReviewDataOutput> = /*#__PURE__*/ (() => looseObject({
  semesters: optional(array(ListItemSchema())),
  activities: optional(array(looseObject({
    id: optional(string()),
    name: optional(NameSchema()),
    semester_id: optional(string()),
  }))),
  indicators: optional(array(looseObject({
    id: optional(string()),
    name: optional(NameSchema()),
    options: optional(array(looseObject({
      id: optional(string()),
      name: optional(NameSchema()),
      label: optional(string()),
    }))),
  }))),
  templates: optional(array(looseObject({
    id: optional(string()),
    name: optional(NameSchema()),
    stage: optional(string()),
  }))),
  units: optional(array(looseObject({ id: optional(string()), name: optional(NameSchema()) }))),
  fields: optional(array(looseObject({
    id: optional(string()),
    name: optional(NameSchema()),
    indicator_id: optional(string()),
    parent_field_id: optional(string()),
  }))),
  datas: optional(array(looseObject({
    user_id: optional(ReviewerUserIdSchema()),
    semester_id: optional(string()),
    activity_id: optional(string()),
    stages: optional(array(looseObject({
      stage_type: optional(string()),
      progress: optional(number()),
      data: optional(array(looseObject({
        template_id: optional(string()),
        unit_id: optional(string()),
        field_id: optional(string()),
        reviewer_user_id: optional(ReviewerUserIdSchema()),
        submit_time: optional(string()),
        indicator_id: optional(string()),
        option_id: optional(string()),
        score: optional(string()),
        text: optional(string()),
        perf_coefficient_result: optional(string()),
        richtext: optional(string()),
      }))),
    }))),
  }))),
}))()

/** Schema of {@link ListSemesterOutput}, for opt-in response validation. */
export const ListSemesterOutputSchema: GenericSchema<ListSemesterOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(ListItemSchema())),
}))()

/** Schema of {@link FindStageTaskByPageOutput}, for opt-in response validation. */
export const FindStageTaskByPageOutputSchema: GenericSchema<FindStageTaskByPageOutput> = /*#__PURE__*/ (() => looseObject({
  base: optional(BaseSchema()),
  items: optional(array(ItemSchema())),
  has_more: optional(boolean()),
  page_token: optional(string()),
}))()

/** Schema of {@link FindStageTaskByUserListOutput}, for opt-in response validation. */
export const FindStageTaskByUserListOutputSchema: GenericSchema<FindStageTaskByUserListOutput> = /*#__PURE__*/ (() => looseObject({
  base: optional(BaseSchema()),
  items: optional(array(ItemSchema())),
}))()
