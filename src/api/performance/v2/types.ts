// Generated from catalog/performance.v2.json by codegen. Do not edit; run `npm run generate`.

/** Shared shape `AdditionalInformation` of catalog/performance.v2.json. */
export interface AdditionalInformation {
  item_id?: string
  external_id?: string
  reviewee_user_id: string
  item: string
  time: string
  detailed_description: string
}

/** Shared shape `CooperationProject` of catalog/performance.v2.json. */
export interface CooperationProject {
  id?: string
  name?: Name
  roles?: { reviewer_role?: RevieweeRole; reviewee_role?: RevieweeRole }[]
  user_roles?: RevieweeRole[]
  underling_roles?: RevieweeRole[]
}

/** Shared shape `Data` of catalog/performance.v2.json. */
export interface Data {
  user_id?: FieldValuePerson
  semester_id?: string
  activity_id?: string
  review_template_id?: string
  stages?: Stage[]
}

/** Shared shape `Department` of catalog/performance.v2.json. */
export interface Department {
  id?: string
  name?: Name
}

/** Shared shape `DirectProjectLeaderRecordInfo` of catalog/performance.v2.json. */
export interface DirectProjectLeaderRecordInfo {
  reviewer_id?: FieldValuePerson
  cooperation_projects?: CooperationProject[]
  review_depend_projects?: CooperationProject[]
  participated_projects?: CooperationProject[]
}

/** Shared shape `FieldValuePerson` of catalog/performance.v2.json. */
export interface FieldValuePerson {
  open_id?: string
  user_id?: string
}

/** Shared shape `Name` of catalog/performance.v2.json. */
export interface Name {
  zh_cn?: string
  en_us?: string
}

/** Shared shape `Record` of catalog/performance.v2.json. */
export interface Record {
  progress?: number
  units?: {
    unit_id?: string
    is_unknown?: boolean
    data?: {
      field_id: string
      reviewer_user_id?: FieldValuePerson
      submit_time?: string
      indicator_id?: string
      option_id?: string
      score?: string
      text?: string
      tag_based_question_id?: string
      tag_text_item_data?: { tag_text_id?: string; tag_text?: string; tag_richtext?: string }[]
      perf_coefficient_value?: string
      sub_indicator_data?: {
        field_id: string
        indicator_id?: string
        option_id?: string
        score?: string
        text?: string
        richtext?: string
      }[]
      objective_data?: {
        objective_id: string
        score?: string
        text?: string
        keyresult_data?: { keyresult_id: string; score?: string; text?: string; richtext?: string }[]
        richtext?: string
      }[]
      metric_data?: { id: string; score?: string }[]
      leader_review_data_source?: 'review' | 'reconsideration' | 'calibaration'
      multi_texts?: string[]
      richtext?: string
      multi_richtexts?: string[]
      is_principal_review_item?: boolean
    }[]
  }[]
  invited_review_record_info?: {
    reviewer_id?: FieldValuePerson
    is_rejected?: boolean
    rejected_reason?: string
    distribute_type?: number
    avg_diff?: string
    relationship_with_reviewee?:
      | 'direct_report'
      | 'skiplevel_report'
      | 'former_direct_manager'
      | 'skiplevel_manager'
      | 'teammate'
      | 'crossteam_colleague'
    invitedby?: 'reviewee' | 'system_default' | 'manager' | 'hrbp_or_others' | 'voluntary'
  }
  direct_project_leader_record_info?: DirectProjectLeaderRecordInfo
  record_id?: string
}

/** Shared shape `RevieweeRole` of catalog/performance.v2.json. */
export interface RevieweeRole {
  role_id?: string
  name?: Name
}

/** Shared shape `Stage` of catalog/performance.v2.json. */
export interface Stage {
  stage_id?: string
  stage_type?:
    | 'leader_review'
    | 'communication_and_open_result'
    | 'view_result'
    | 'summarize_key_outputs'
    | 'review'
    | 'reconsideration'
  template_id?: string
  records?: Record[]
  review_stage_role?:
    | 'reviewee'
    | 'invited_reviewer'
    | 'solid_line_leader'
    | 'dotted_line_leader'
    | 'secondary_solid_line_leader'
    | 'direct_project_leader'
    | 'custom_review_role'
    | 'metric_reviewer'
}
