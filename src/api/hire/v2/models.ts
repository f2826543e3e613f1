// Generated from catalog/hire.v2.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, looseObject, number, optional, string } from '../../../core/valibot.ts'
import type {
  Career,
  CustomizedData,
  DimensionOption,
  InterviewRecord,
  ModuleAssessment,
  Name,
  Option,
} from './types.ts'

/** Builds the schema of {@link Career}. */
export function CareerSchema(): GenericSchema<Career> {
  return looseObject({
    company_name: optional(string()),
    description: optional(string()),
    end_time: optional(string()),
    start_time: optional(string()),
    title: optional(string()),
    customized_data_list: optional(array(CustomizedDataSchema())),
  })
}

/** Builds the schema of {@link CustomizedData}. */
export function CustomizedDataSchema(): GenericSchema<CustomizedData> {
  return looseObject({
    object_id: optional(string()),
    name: optional(NameSchema()),
    object_type: optional(number()),
    value: optional(looseObject({
      content: optional(string()),
      option: optional(OptionSchema()),
      option_list: optional(array(OptionSchema())),
      time_range: optional(looseObject({ start_time: optional(string()), end_time: optional(string()) })),
      time: optional(string()),
      number: optional(string()),
      customized_attachment: optional(array(looseObject({
        file_id: optional(string()),
        file_name: optional(string()),
        content_type: optional(string()),
        file_size: optional(number()),
      }))),
    })),
  })
}

/** Builds the schema of {@link DimensionOption}. */
export function DimensionOptionSchema(): GenericSchema<DimensionOption> {
  return looseObject({
    id: optional(string()),
    name: optional(NameSchema()),
    score_val: optional(number()),
    alias_name: optional(NameSchema()),
  })
}

/** Builds the schema of {@link InterviewRecord}. */
export function InterviewRecordSchema(): GenericSchema<InterviewRecord> {
  return looseObject({
    id: optional(string()),
    feedback_form_id: optional(string()),
    commit_status: optional(number()),
    submit_time: optional(string()),
    record_score: optional(looseObject({ score: optional(number()), total_score: optional(number()) })),
    interviewer: optional(looseObject({ id: string(), name: optional(NameSchema()) })),
    attachments: optional(array(looseObject({
      file_id: optional(string()),
      file_name: optional(string()),
      content_type: optional(string()),
      file_size: optional(number()),
      create_time: optional(string()),
    }))),
    module_assessments: optional(array(ModuleAssessmentSchema())),
  })
}

/** Builds the schema of {@link ModuleAssessment}. */
export function ModuleAssessmentSchema(): GenericSchema<ModuleAssessment> {
  return looseObject({
    interview_feedback_form_module_id: optional(string()),
    module_name: optional(NameSchema()),
    module_type: optional(number()),
    module_weight: optional(number()),
    module_score: optional(number()),
    dimension_assessments: optional(array(looseObject({
      interview_feedback_form_dimension_id: optional(string()),
      dimension_name: optional(NameSchema()),
      dimension_type: optional(number()),
      weight: optional(number()),
      dimension_content: optional(string()),
      dimension_option: optional(DimensionOptionSchema()),
      dimension_options: optional(array(DimensionOptionSchema())),
      dimension_score: optional(number()),
      recommended_job_level: optional(looseObject({
        lower_limit_job_level_name: optional(NameSchema()),
        higher_limit_job_level_name: optional(NameSchema()),
      })),
      question_assessments: optional(array(looseObject({
        question_type: optional(number()),
        title: optional(NameSchema()),
        description: optional(NameSchema()),
        content: optional(string()),
        abilities: optional(array(looseObject({ name: optional(NameSchema()), description: optional(NameSchema()) }))),
      }))),
      ability_assessments: optional(array(looseObject({
        id: optional(string()),
        ability_id: optional(string()),
        content: optional(string()),
      }))),
    }))),
  })
}

/** Builds the schema of {@link Name}. */
export function NameSchema(): GenericSchema<Name> {
  return looseObject({ zh_cn: optional(string()), en_us: optional(string()) })
}

/** Builds the schema of {@link Option}. */
export function OptionSchema(): GenericSchema<Option> {
  return looseObject({ key: optional(string()), name: optional(NameSchema()) })
}
