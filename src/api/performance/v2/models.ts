// Generated from catalog/performance.v2.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type {
  AdditionalInformation,
  CooperationProject,
  Data,
  Department,
  DirectProjectLeaderRecordInfo,
  FieldValuePerson,
  Name,
  Record,
  RevieweeRole,
  Stage,
} from './types.ts'

/** Builds the schema of {@link AdditionalInformation}. */
export function AdditionalInformationSchema(): GenericSchema<AdditionalInformation> {
  return looseObject({
    item_id: optional(string()),
    external_id: optional(string()),
    reviewee_user_id: string(),
    item: string(),
    time: string(),
    detailed_description: string(),
  })
}

/** Builds the schema of {@link CooperationProject}. */
export function CooperationProjectSchema(): GenericSchema<CooperationProject> {
  return looseObject({
    id: optional(string()),
    name: optional(NameSchema()),
    roles: optional(array(looseObject({
      reviewer_role: optional(RevieweeRoleSchema()),
      reviewee_role: optional(RevieweeRoleSchema()),
    }))),
    user_roles: optional(array(RevieweeRoleSchema())),
    underling_roles: optional(array(RevieweeRoleSchema())),
  })
}

/** Builds the schema of {@link Data}. */
export function DataSchema(): GenericSchema<Data> {
  return looseObject({
    user_id: optional(FieldValuePersonSchema()),
    semester_id: optional(string()),
    activity_id: optional(string()),
    review_template_id: optional(string()),
    stages: optional(array(StageSchema())),
  })
}

/** Builds the schema of {@link Department}. */
export function DepartmentSchema(): GenericSchema<Department> {
  return looseObject({ id: optional(string()), name: optional(NameSchema()) })
}

/** Builds the schema of {@link DirectProjectLeaderRecordInfo}. */
export function DirectProjectLeaderRecordInfoSchema(): GenericSchema<DirectProjectLeaderRecordInfo> {
  return looseObject({
    reviewer_id: optional(FieldValuePersonSchema()),
    cooperation_projects: optional(array(CooperationProjectSchema())),
    review_depend_projects: optional(array(CooperationProjectSchema())),
    participated_projects: optional(array(CooperationProjectSchema())),
  })
}

/** Builds the schema of {@link FieldValuePerson}. */
export function FieldValuePersonSchema(): GenericSchema<FieldValuePerson> {
  return looseObject({ open_id: optional(string()), user_id: optional(string()) })
}

/** Builds the schema of {@link Name}. */
export function NameSchema(): GenericSchema<Name> {
  return looseObject({ zh_cn: optional(string()), en_us: optional(string()) })
}

/** Builds the schema of {@link Record}. */
export function RecordSchema(): GenericSchema<Record> {
  return looseObject({
    progress: optional(number()),
    units: optional(array(looseObject({
      unit_id: optional(string()),
      is_unknown: optional(boolean()),
      data: optional(array(looseObject({
        field_id: string(),
        reviewer_user_id: optional(FieldValuePersonSchema()),
        submit_time: optional(string()),
        indicator_id: optional(string()),
        option_id: optional(string()),
        score: optional(string()),
        text: optional(string()),
        tag_based_question_id: optional(string()),
        tag_text_item_data: optional(array(looseObject({
          tag_text_id: optional(string()),
          tag_text: optional(string()),
          tag_richtext: optional(string()),
        }))),
        perf_coefficient_value: optional(string()),
        sub_indicator_data: optional(array(looseObject({
          field_id: string(),
          indicator_id: optional(string()),
          option_id: optional(string()),
          score: optional(string()),
          text: optional(string()),
          richtext: optional(string()),
        }))),
        objective_data: optional(array(looseObject({
          objective_id: string(),
          score: optional(string()),
          text: optional(string()),
          keyresult_data: optional(array(looseObject({
            keyresult_id: string(),
            score: optional(string()),
            text: optional(string()),
            richtext: optional(string()),
          }))),
          richtext: optional(string()),
        }))),
        metric_data: optional(array(looseObject({ id: string(), score: optional(string()) }))),
        leader_review_data_source: optional(picklist(['review', 'reconsideration', 'calibaration'])),
        multi_texts: optional(array(string())),
        richtext: optional(string()),
        multi_richtexts: optional(array(string())),
        is_principal_review_item: optional(boolean()),
      }))),
    }))),
    invited_review_record_info: optional(looseObject({
      reviewer_id: optional(FieldValuePersonSchema()),
      is_rejected: optional(boolean()),
      rejected_reason: optional(string()),
      distribute_type: optional(number()),
      avg_diff: optional(string()),
      relationship_with_reviewee: optional(picklist([
        'direct_report',
        'skiplevel_report',
        'former_direct_manager',
        'skiplevel_manager',
        'teammate',
        'crossteam_colleague',
      ])),
      invitedby: optional(picklist(['reviewee', 'system_default', 'manager', 'hrbp_or_others', 'voluntary'])),
    })),
    direct_project_leader_record_info: optional(DirectProjectLeaderRecordInfoSchema()),
    record_id: optional(string()),
  })
}

/** Builds the schema of {@link RevieweeRole}. */
export function RevieweeRoleSchema(): GenericSchema<RevieweeRole> {
  return looseObject({ role_id: optional(string()), name: optional(NameSchema()) })
}

/** Builds the schema of {@link Stage}. */
export function StageSchema(): GenericSchema<Stage> {
  return looseObject({
    stage_id: optional(string()),
    stage_type: optional(picklist([
      'leader_review',
      'communication_and_open_result',
      'view_result',
      'summarize_key_outputs',
      'review',
      'reconsideration',
    ])),
    template_id: optional(string()),
    records: optional(array(RecordSchema())),
    review_stage_role: optional(picklist([
      'reviewee',
      'invited_reviewer',
      'solid_line_leader',
      'dotted_line_leader',
      'secondary_solid_line_leader',
      'direct_project_leader',
      'custom_review_role',
      'metric_reviewer',
    ])),
  })
}
