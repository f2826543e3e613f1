// Generated from catalog/hire.v2.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, string } from '../../../core/valibot.ts'
import { CareerSchema, CustomizedDataSchema, InterviewRecordSchema, NameSchema } from './models.ts'
import type { GetInterviewRecordOutput, ListInterviewRecordOutput } from './interview_record.ts'
import type { GetTalentOutput } from './talent.ts'

/** Schema of {@link GetInterviewRecordOutput}, for opt-in response validation. */
export const GetInterviewRecordOutputSchema: GenericSchema<GetInterviewRecordOutput> = /*#__PURE__*/ (() => looseObject({
  interview_record: optional(InterviewRecordSchema()),
}))()

/** Schema of {@link ListInterviewRecordOutput}, for opt-in response validation. */
export const ListInterviewRecordOutputSchema: GenericSchema<ListInterviewRecordOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(InterviewRecordSchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link GetTalentOutput}, for opt-in response validation. */
export const GetTalentOutputSchema: GenericSchema<GetTalentOutput> = /*#__PURE__*/ (() => looseObject({
  talent_id: optional(string()),
  basic_info: optional(looseObject({
    name: string(),
    mobile_number: optional(string()),
    mobile_code: optional(string()),
    email: optional(string()),
    experience_years: optional(number()),
    age: optional(number()),
    nationality_code: optional(string()),
    gender: optional(number()),
    current_location_code: optional(string()),
    hometown_location_code: optional(string()),
    preferred_location_code_list: optional(array(string())),
    home_address: optional(string()),
    identification_type: optional(number()),
    identification_number: optional(string()),
    birthday: optional(number()),
    marital_status: optional(number()),
    customized_data_list: optional(array(CustomizedDataSchema())),
    hukou_location_code: optional(string()),
    update_time: optional(string()),
    create_time: optional(string()),
    confidential: optional(number()),
  })),
  education_list: optional(array(looseObject({
    degree: optional(number()),
    school_name: optional(string()),
    major: optional(string()),
    start_time: optional(string()),
    end_time: optional(string()),
    education_type: optional(number()),
    academic_ranking: optional(number()),
    tag_list: optional(array(number())),
    customized_data_list: optional(array(CustomizedDataSchema())),
  }))),
  career_list: optional(array(CareerSchema())),
  project_list: optional(array(looseObject({
    project_name: optional(string()),
    role: optional(string()),
    link: optional(string()),
    description: optional(string()),
    start_time: optional(string()),
    end_time: optional(string()),
    customized_data_list: optional(array(CustomizedDataSchema())),
  }))),
  works_list: optional(array(looseObject({
    id: optional(string()),
    link: optional(string()),
    description: optional(string()),
    customized_data_list: optional(array(CustomizedDataSchema())),
  }))),
  award_list: optional(array(looseObject({
    award_name: optional(string()),
    award_time: optional(string()),
    description: optional(string()),
    customized_data_list: optional(array(CustomizedDataSchema())),
  }))),
  language_list: optional(array(looseObject({
    language: optional(number()),
    proficiency: optional(number()),
    customized_data_list: optional(array(CustomizedDataSchema())),
  }))),
  sns_list: optional(array(looseObject({
    sns_type: optional(number()),
    link: optional(string()),
    customized_data_list: optional(array(CustomizedDataSchema())),
  }))),
  resume_source_list: optional(array(looseObject({
    id: optional(string()),
    zh_name: optional(string()),
    en_name: optional(string()),
  }))),
  internship_list: optional(array(CareerSchema())),
  customized_data_list: optional(array(looseObject({
    module_id: optional(string()),
    name: optional(NameSchema()),
    object_type: optional(number()),
    children: optional(array(CustomizedDataSchema())),
  }))),
  resume_attachment_id_list: optional(array(string())),
  resume_attachment_list: optional(array(looseObject({
    id: optional(string()),
    name: optional(string()),
    mime: optional(string()),
    create_time: optional(string()),
  }))),
  interview_registration_list: optional(array(looseObject({
    id: optional(string()),
    registration_time: optional(number()),
    download_url: optional(string()),
  }))),
  registration_list: optional(array(looseObject({
    id: optional(string()),
    registration_time: optional(number()),
    download_url: optional(string()),
    scenario: optional(number()),
  }))),
  is_onboarded: optional(boolean()),
  is_in_agency_period: optional(boolean()),
  top_degree: optional(number()),
  talent_pool_id_list: optional(array(string())),
  talent_folder_ref_list_v2: optional(array(looseObject({
    name: optional(string()),
    folder_id: optional(string()),
    owner_id: optional(string()),
    add_time: optional(string()),
  }))),
  tag_list: optional(array(looseObject({
    id: optional(string()),
    name: optional(NameSchema()),
    description: optional(NameSchema()),
    type: optional(number()),
  }))),
  similar_info_v2: optional(looseObject({
    is_similar_talent: optional(boolean()),
    similar_talent_id_list: optional(array(string())),
  })),
  block_info: optional(looseObject({
    blocked_time: optional(string()),
    creator_id: optional(string()),
    reason: optional(string()),
  })),
  talent_pool_ref_list_v2: optional(array(looseObject({
    id: optional(string()),
    name: optional(NameSchema()),
    description: optional(NameSchema()),
    add_time: optional(string()),
  }))),
  note_list_v2: optional(array(looseObject({
    id: optional(string()),
    talent_id: optional(string()),
    application_id: optional(string()),
    create_time: optional(string()),
    update_time: optional(string()),
    creator_id: optional(string()),
    content: optional(string()),
    privacy: optional(number()),
  }))),
}))()
