// Generated from catalog/hire.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, optional, picklist, string } from '../../../core/valibot.ts'
import type { Career, CustomizedData, Name } from './types.ts'

/** Input of {@link getTalent}. */
export interface GetTalentInput {
  path: { talent_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_admin_id' }
}

/** `data` of a successful {@link getTalent} response. */
export interface GetTalentOutput {
  talent_id?: string
  basic_info?: {
    name: string
    mobile_number?: string
    mobile_code?: string
    email?: string
    experience_years?: number
    age?: number
    nationality_code?: string
    gender?: number
    current_location_code?: string
    hometown_location_code?: string
    preferred_location_code_list?: string[]
    home_address?: string
    identification_type?: number
    identification_number?: string
    birthday?: number
    marital_status?: number
    customized_data_list?: CustomizedData[]
    hukou_location_code?: string
    update_time?: string
    create_time?: string
    confidential?: number
  }
  education_list?: {
    degree?: number
    school_name?: string
    major?: string
    start_time?: string
    end_time?: string
    education_type?: number
    academic_ranking?: number
    tag_list?: number[]
    customized_data_list?: CustomizedData[]
  }[]
  career_list?: Career[]
  project_list?: {
    project_name?: string
    role?: string
    link?: string
    description?: string
    start_time?: string
    end_time?: string
    customized_data_list?: CustomizedData[]
  }[]
  works_list?: { id?: string; link?: string; description?: string; customized_data_list?: CustomizedData[] }[]
  award_list?: {
    award_name?: string
    award_time?: string
    description?: string
    customized_data_list?: CustomizedData[]
  }[]
  language_list?: { language?: number; proficiency?: number; customized_data_list?: CustomizedData[] }[]
  sns_list?: { sns_type?: number; link?: string; customized_data_list?: CustomizedData[] }[]
  resume_source_list?: { id?: string; zh_name?: string; en_name?: string }[]
  internship_list?: Career[]
  customized_data_list?: { module_id?: string; name?: Name; object_type?: number; children?: CustomizedData[] }[]
  resume_attachment_id_list?: string[]
  resume_attachment_list?: { id?: string; name?: string; mime?: string; create_time?: string }[]
  interview_registration_list?: { id?: string; registration_time?: number; download_url?: string }[]
  registration_list?: { id?: string; registration_time?: number; download_url?: string; scenario?: number }[]
  is_onboarded?: boolean
  is_in_agency_period?: boolean
  top_degree?: number
  talent_pool_id_list?: string[]
  talent_folder_ref_list_v2?: { name?: string; folder_id?: string; owner_id?: string; add_time?: string }[]
  tag_list?: { id?: string; name?: Name; description?: Name; type?: number }[]
  similar_info_v2?: { is_similar_talent?: boolean; similar_talent_id_list?: string[] }
  block_info?: { blocked_time?: string; creator_id?: string; reason?: string }
  talent_pool_ref_list_v2?: { id?: string; name?: Name; description?: Name; add_time?: string }[]
  note_list_v2?: {
    id?: string
    talent_id?: string
    application_id?: string
    create_time?: string
    update_time?: string
    creator_id?: string
    content?: string
    privacy?: number
  }[]
}

/**
 * `hire.v2.talent.get`: GET /open-apis/hire/v2/talents/:talent_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=hire&resource=talent&version=v2
 */
export const getTalent = /*#__PURE__*/ endpoint<GetTalentInput, GetTalentOutput>({
  id: 'hire.v2.talent.get',
  method: 'GET',
  path: '/open-apis/hire/v2/talents/:talent_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ talent_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_admin_id'])),
      })),
    }),
})
