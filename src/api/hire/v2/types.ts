// Generated from catalog/hire.v2.json by codegen. Do not edit; run `npm run generate`.

/** Shared shape `Career` of catalog/hire.v2.json. */
export interface Career {
  company_name?: string
  description?: string
  end_time?: string
  start_time?: string
  title?: string
  customized_data_list?: CustomizedData[]
}

/** Shared shape `CustomizedData` of catalog/hire.v2.json. */
export interface CustomizedData {
  object_id?: string
  name?: Name
  object_type?: number
  value?: {
    content?: string
    option?: Option
    option_list?: Option[]
    time_range?: { start_time?: string; end_time?: string }
    time?: string
    number?: string
    customized_attachment?: { file_id?: string; file_name?: string; content_type?: string; file_size?: number }[]
  }
}

/** Shared shape `DimensionOption` of catalog/hire.v2.json. */
export interface DimensionOption {
  id?: string
  name?: Name
  score_val?: number
  alias_name?: Name
}

/** Shared shape `InterviewRecord` of catalog/hire.v2.json. */
export interface InterviewRecord {
  id?: string
  feedback_form_id?: string
  commit_status?: number
  submit_time?: string
  record_score?: { score?: number; total_score?: number }
  interviewer?: { id: string; name?: Name }
  attachments?: {
    file_id?: string
    file_name?: string
    content_type?: string
    file_size?: number
    create_time?: string
  }[]
  module_assessments?: ModuleAssessment[]
}

/** Shared shape `ModuleAssessment` of catalog/hire.v2.json. */
export interface ModuleAssessment {
  interview_feedback_form_module_id?: string
  module_name?: Name
  module_type?: number
  module_weight?: number
  module_score?: number
  dimension_assessments?: {
    interview_feedback_form_dimension_id?: string
    dimension_name?: Name
    dimension_type?: number
    weight?: number
    dimension_content?: string
    dimension_option?: DimensionOption
    dimension_options?: DimensionOption[]
    dimension_score?: number
    recommended_job_level?: { lower_limit_job_level_name?: Name; higher_limit_job_level_name?: Name }
    question_assessments?: {
      question_type?: number
      title?: Name
      description?: Name
      content?: string
      abilities?: { name?: Name; description?: Name }[]
    }[]
    ability_assessments?: { id?: string; ability_id?: string; content?: string }[]
  }[]
}

/** Shared shape `Name` of catalog/hire.v2.json. */
export interface Name {
  zh_cn?: string
  en_us?: string
}

/** Shared shape `Option` of catalog/hire.v2.json. */
export interface Option {
  key?: string
  name?: Name
}
