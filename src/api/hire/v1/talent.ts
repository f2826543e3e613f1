// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import {
  AwardSchema,
  BasicInfoCustomizedDataSchema,
  CombinedCreateCareerSchema,
  EducationSchema,
  IdentificationSchema,
  LanguageSchema,
  ProjectSchema,
  SelfEvaluationSchema,
  SnsSchema,
  WorksSchema,
} from './models.ts'
import type {
  Award,
  BasicInfoCustomizedData,
  CombinedCreateCareer,
  Education,
  Identification,
  Language,
  Project,
  SelfEvaluation,
  Sns,
  Talent,
  TalentListItem,
  Works,
} from './types.ts'

/** Input of {@link addTalentToFolder}. */
export interface AddTalentToFolderInput {
  body: { talent_id_list: string[]; folder_id: string }
}

/** `data` of a successful {@link addTalentToFolder} response. */
export interface AddTalentToFolderOutput {
  talent_id_list?: string[]
  folder_id?: string
}

/**
 * `hire.v1.talent.add_to_folder`: POST /open-apis/hire/v1/talents/add_to_folder (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=add_to_folder&project=hire&resource=talent&version=v1
 */
export const addTalentToFolder = /*#__PURE__*/ endpoint<AddTalentToFolderInput, AddTalentToFolderOutput>({
  id: 'hire.v1.talent.add_to_folder',
  method: 'POST',
  path: '/open-apis/hire/v1/talents/add_to_folder',
  tokens: ['tenant'],
  input: () => looseObject({ body: looseObject({ talent_id_list: array(string()), folder_id: string() }) }),
})

/** Input of {@link batchGetTalentId}. */
export interface BatchGetTalentIdInput {
  body?: {
    mobile_code?: string
    mobile_number_list?: string[]
    email_list?: string[]
    identification_type?: number
    identification_number_list?: string[]
  }
}

/** `data` of a successful {@link batchGetTalentId} response. */
export interface BatchGetTalentIdOutput {
  talent_list?: {
    talent_id?: string
    mobile_code?: string
    mobile_number?: string
    email?: string
    identification_type?: number
    identification_number?: string
    is_onboarded?: boolean
  }[]
}

/**
 * `hire.v1.talent.batch_get_id`: POST /open-apis/hire/v1/talents/batch_get_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_get_id&project=hire&resource=talent&version=v1
 */
export const batchGetTalentId = /*#__PURE__*/ endpoint<BatchGetTalentIdInput, BatchGetTalentIdOutput>({
  id: 'hire.v1.talent.batch_get_id',
  method: 'POST',
  path: '/open-apis/hire/v1/talents/batch_get_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: optional(looseObject({
        mobile_code: optional(string()),
        mobile_number_list: optional(array(string())),
        email_list: optional(array(string())),
        identification_type: optional(number()),
        identification_number_list: optional(array(string())),
      })),
    }),
})

/** Input of {@link combinedTalentCreate}. */
export interface CombinedTalentCreateInput {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_admin_id' }
  body: {
    init_source_id?: string
    resume_source_id?: string
    folder_id_list?: string[]
    creator_id?: string
    creator_account_type?: number
    resume_attachment_id?: string
    basic_info: {
      name: string
      mobile?: string
      mobile_country_code?: string
      email?: string
      identification?: Identification
      start_work_time?: string
      birthday?: string
      gender?: number
      nationality_id?: string
      current_city_code?: string
      hometown_city_code?: string
      customized_data?: BasicInfoCustomizedData[]
    }
    education_list?: Education[]
    career_list?: CombinedCreateCareer[]
    project_list?: Project[]
    works_list?: Works[]
    award_list?: Award[]
    language_list?: Language[]
    sns_list?: Sns[]
    preferred_city_code_list?: string[]
    self_evaluation?: SelfEvaluation
    customized_data?: BasicInfoCustomizedData[]
  }
}

/** `data` of a successful {@link combinedTalentCreate} response. */
export interface CombinedTalentCreateOutput {
  talent_id?: string
  creator_id?: string
  creator_account_type?: number
}

/**
 * `hire.v1.talent.combined_create`: POST /open-apis/hire/v1/talents/combined_create (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=combined_create&project=hire&resource=talent&version=v1
 */
export const combinedTalentCreate = /*#__PURE__*/ endpoint<CombinedTalentCreateInput, CombinedTalentCreateOutput>({
  id: 'hire.v1.talent.combined_create',
  method: 'POST',
  path: '/open-apis/hire/v1/talents/combined_create',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_admin_id'])),
      })),
      body: looseObject({
        init_source_id: optional(string()),
        resume_source_id: optional(string()),
        folder_id_list: optional(array(string())),
        creator_id: optional(string()),
        creator_account_type: optional(number()),
        resume_attachment_id: optional(string()),
        basic_info: looseObject({
          name: string(),
          mobile: optional(string()),
          mobile_country_code: optional(string()),
          email: optional(string()),
          identification: optional(IdentificationSchema()),
          start_work_time: optional(string()),
          birthday: optional(string()),
          gender: optional(number()),
          nationality_id: optional(string()),
          current_city_code: optional(string()),
          hometown_city_code: optional(string()),
          customized_data: optional(array(BasicInfoCustomizedDataSchema())),
        }),
        education_list: optional(array(EducationSchema())),
        career_list: optional(array(CombinedCreateCareerSchema())),
        project_list: optional(array(ProjectSchema())),
        works_list: optional(array(WorksSchema())),
        award_list: optional(array(AwardSchema())),
        language_list: optional(array(LanguageSchema())),
        sns_list: optional(array(SnsSchema())),
        preferred_city_code_list: optional(array(string())),
        self_evaluation: optional(SelfEvaluationSchema()),
        customized_data: optional(array(BasicInfoCustomizedDataSchema())),
      }),
    }),
})

/** Input of {@link combinedTalentUpdate}. */
export interface CombinedTalentUpdateInput {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_admin_id' }
  body: {
    talent_id: string
    init_source_id?: string
    folder_id_list?: string[]
    operator_id?: string
    operator_account_type?: number
    resume_attachment_id?: string
    basic_info: {
      name?: string
      mobile?: string
      mobile_country_code?: string
      email?: string
      identification?: Identification
      start_work_time?: string
      birthday?: string
      gender?: number
      nationality_id?: string
      current_city_code?: string
      hometown_city_code?: string
      customized_data?: BasicInfoCustomizedData[]
    }
    education_list?: Education[]
    career_list?: CombinedCreateCareer[]
    project_list?: Project[]
    works_list?: Works[]
    award_list?: Award[]
    language_list?: Language[]
    sns_list?: Sns[]
    preferred_city_code_list?: string[]
    self_evaluation?: SelfEvaluation
    customized_data?: BasicInfoCustomizedData[]
    only_parse_resume_update_talent?: boolean
  }
}

/** `data` of a successful {@link combinedTalentUpdate} response. */
export interface CombinedTalentUpdateOutput {
  talent_id?: string
  operator_id?: string
  operator_account_type?: number
}

/**
 * `hire.v1.talent.combined_update`: POST /open-apis/hire/v1/talents/combined_update (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=combined_update&project=hire&resource=talent&version=v1
 */
export const combinedTalentUpdate = /*#__PURE__*/ endpoint<CombinedTalentUpdateInput, CombinedTalentUpdateOutput>({
  id: 'hire.v1.talent.combined_update',
  method: 'POST',
  path: '/open-apis/hire/v1/talents/combined_update',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_admin_id'])),
      })),
      body: looseObject({
        talent_id: string(),
        init_source_id: optional(string()),
        folder_id_list: optional(array(string())),
        operator_id: optional(string()),
        operator_account_type: optional(number()),
        resume_attachment_id: optional(string()),
        basic_info: looseObject({
          name: optional(string()),
          mobile: optional(string()),
          mobile_country_code: optional(string()),
          email: optional(string()),
          identification: optional(IdentificationSchema()),
          start_work_time: optional(string()),
          birthday: optional(string()),
          gender: optional(number()),
          nationality_id: optional(string()),
          current_city_code: optional(string()),
          hometown_city_code: optional(string()),
          customized_data: optional(array(BasicInfoCustomizedDataSchema())),
        }),
        education_list: optional(array(EducationSchema())),
        career_list: optional(array(CombinedCreateCareerSchema())),
        project_list: optional(array(ProjectSchema())),
        works_list: optional(array(WorksSchema())),
        award_list: optional(array(AwardSchema())),
        language_list: optional(array(LanguageSchema())),
        sns_list: optional(array(SnsSchema())),
        preferred_city_code_list: optional(array(string())),
        self_evaluation: optional(SelfEvaluationSchema()),
        customized_data: optional(array(BasicInfoCustomizedDataSchema())),
        only_parse_resume_update_talent: optional(boolean()),
      }),
    }),
})

/** Input of {@link getTalent}. */
export interface GetTalentInput {
  path: { talent_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_admin_id' }
}

/** `data` of a successful {@link getTalent} response. */
export interface GetTalentOutput {
  talent?: Talent
}

/**
 * `hire.v1.talent.get`: GET /open-apis/hire/v1/talents/:talent_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=hire&resource=talent&version=v1
 */
export const getTalent = /*#__PURE__*/ endpoint<GetTalentInput, GetTalentOutput>({
  id: 'hire.v1.talent.get',
  method: 'GET',
  path: '/open-apis/hire/v1/talents/:talent_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ talent_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_admin_id'])),
      })),
    }),
})

/** Input of {@link listTalent}. */
export interface ListTalentInput {
  query?: {
    keyword?: string
    update_start_time?: string
    update_end_time?: string
    page_size?: number
    sort_by?: number
    page_token?: string
    user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_admin_id'
    query_option?: 'ignore_empty_error'
  }
}

/** `data` of a successful {@link listTalent} response. */
export interface ListTalentOutput {
  has_more?: boolean
  page_token?: string
  items?: TalentListItem[]
}

/**
 * `hire.v1.talent.list`: GET /open-apis/hire/v1/talents (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=hire&resource=talent&version=v1
 */
export const listTalent = /*#__PURE__*/ endpoint<ListTalentInput, ListTalentOutput, true>({
  id: 'hire.v1.talent.list',
  method: 'GET',
  path: '/open-apis/hire/v1/talents',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        keyword: optional(string()),
        update_start_time: optional(string()),
        update_end_time: optional(string()),
        page_size: optional(number()),
        sort_by: optional(number()),
        page_token: optional(string()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_admin_id'])),
        query_option: optional(picklist(['ignore_empty_error'])),
      })),
    }),
  page: { items: 'items' },
})

/** Input of {@link onboardTalentStatus}. */
export interface OnboardTalentStatusInput {
  path: { talent_id: string }
  body: { operation: number; onboard_time?: string; overboard_time?: string }
}

/** `data` of a successful {@link onboardTalentStatus} response. */
export type OnboardTalentStatusOutput = { [key: string]: unknown }

/**
 * `hire.v1.talent.onboard_status`: POST /open-apis/hire/v1/talents/:talent_id/onboard_status (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=onboard_status&project=hire&resource=talent&version=v1
 */
export const onboardTalentStatus = /*#__PURE__*/ endpoint<OnboardTalentStatusInput, OnboardTalentStatusOutput>({
  id: 'hire.v1.talent.onboard_status',
  method: 'POST',
  path: '/open-apis/hire/v1/talents/:talent_id/onboard_status',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ talent_id: string() }),
      body: looseObject({ operation: number(), onboard_time: optional(string()), overboard_time: optional(string()) }),
    }),
})

/** Input of {@link removeTalentToFolder}. */
export interface RemoveTalentToFolderInput {
  body: { talent_id_list: string[]; folder_id: string }
}

/** `data` of a successful {@link removeTalentToFolder} response. */
export interface RemoveTalentToFolderOutput {
  talent_id_list?: string[]
  folder_id?: string
}

/**
 * `hire.v1.talent.remove_to_folder`: POST /open-apis/hire/v1/talents/remove_to_folder (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=remove_to_folder&project=hire&resource=talent&version=v1
 */
export const removeTalentToFolder = /*#__PURE__*/ endpoint<RemoveTalentToFolderInput, RemoveTalentToFolderOutput>({
  id: 'hire.v1.talent.remove_to_folder',
  method: 'POST',
  path: '/open-apis/hire/v1/talents/remove_to_folder',
  tokens: ['tenant'],
  input: () => looseObject({ body: looseObject({ talent_id_list: array(string()), folder_id: string() }) }),
})

/** Input of {@link tagTalent}. */
export interface TagTalentInput {
  path: { talent_id: string }
  body: { operation: number; tag_id_list: string[] }
}

/** `data` of a successful {@link tagTalent} response. */
export type TagTalentOutput = { [key: string]: unknown }

/**
 * `hire.v1.talent.tag`: POST /open-apis/hire/v1/talents/:talent_id/tag (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=tag&project=hire&resource=talent&version=v1
 */
export const tagTalent = /*#__PURE__*/ endpoint<TagTalentInput, TagTalentOutput>({
  id: 'hire.v1.talent.tag',
  method: 'POST',
  path: '/open-apis/hire/v1/talents/:talent_id/tag',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ talent_id: string() }),
      body: looseObject({ operation: number(), tag_id_list: array(string()) }),
    }),
})
