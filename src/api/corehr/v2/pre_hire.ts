// Generated from catalog/corehr.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import {
  BasicInfoSchema,
  BasicInfoUpdateSchema,
  BasicInfoUpdateWorkExperienceSchema,
  EducationInfoSchema,
  OfferInfoSchema,
  OfferInfoUpdateSchema,
} from './models.ts'
import type {
  BasicInfo,
  BasicInfoUpdate,
  BasicInfoUpdateWorkExperience,
  EducationInfo,
  OfferInfo,
  OfferInfoUpdate,
  PreHireSearchItem,
  QueryItem,
} from './types.ts'

/** Input of {@link completePreHire}. */
export interface CompletePreHireInput {
  path: { pre_hire_id: string }
}

/** `data` of a successful {@link completePreHire} response. */
export interface CompletePreHireOutput {
  success?: boolean
}

/**
 * `corehr.v2.pre_hire.complete`: POST /open-apis/corehr/v2/pre_hires/:pre_hire_id/complete (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=complete&project=corehr&resource=pre_hire&version=v2
 */
export const completePreHire = /*#__PURE__*/ endpoint<CompletePreHireInput, CompletePreHireOutput>({
  id: 'corehr.v2.pre_hire.complete',
  method: 'POST',
  path: '/open-apis/corehr/v2/pre_hires/:pre_hire_id/complete',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ pre_hire_id: string() }) }),
})

/** Input of {@link createPreHire}. */
export interface CreatePreHireInput {
  body: {
    basic_info: BasicInfo
    offer_info: OfferInfo
    education_info?: EducationInfo[]
    work_experience?: BasicInfoUpdateWorkExperience[]
    ats_application_id?: string
    application?: string
    out_biz_id?: string
  }
}

/** `data` of a successful {@link createPreHire} response. */
export interface CreatePreHireOutput {
  pre_hire_id?: string
}

/**
 * `corehr.v2.pre_hire.create`: POST /open-apis/corehr/v2/pre_hires (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=corehr&resource=pre_hire&version=v2
 */
export const createPreHire = /*#__PURE__*/ endpoint<CreatePreHireInput, CreatePreHireOutput>({
  id: 'corehr.v2.pre_hire.create',
  method: 'POST',
  path: '/open-apis/corehr/v2/pre_hires',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: looseObject({
        basic_info: BasicInfoSchema(),
        offer_info: OfferInfoSchema(),
        education_info: optional(array(EducationInfoSchema())),
        work_experience: optional(array(BasicInfoUpdateWorkExperienceSchema())),
        ats_application_id: optional(string()),
        application: optional(string()),
        out_biz_id: optional(string()),
      }),
    }),
})

/** Input of {@link deletePreHire}. */
export interface DeletePreHireInput {
  path: { pre_hire_id: string }
}

/** `data` of a successful {@link deletePreHire} response. */
export type DeletePreHireOutput = { [key: string]: unknown }

/**
 * `corehr.v2.pre_hire.delete`: DELETE /open-apis/corehr/v2/pre_hires/:pre_hire_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=corehr&resource=pre_hire&version=v2
 */
export const deletePreHire = /*#__PURE__*/ endpoint<DeletePreHireInput, DeletePreHireOutput>({
  id: 'corehr.v2.pre_hire.delete',
  method: 'DELETE',
  path: '/open-apis/corehr/v2/pre_hires/:pre_hire_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ pre_hire_id: string() }) }),
})

/** Input of {@link patchPreHire}. */
export interface PatchPreHireInput {
  path: { pre_hire_id: string }
  body?: {
    basic_info_update?: BasicInfoUpdate
    offer_info_update?: OfferInfoUpdate
    standard_update_fields?: string[]
    custom_update_fields?: string[]
    person_custom_update_fields?: string[]
  }
}

/** `data` of a successful {@link patchPreHire} response. */
export interface PatchPreHireOutput {
  pre_hire_id?: string
}

/**
 * `corehr.v2.pre_hire.patch`: PATCH /open-apis/corehr/v2/pre_hires/:pre_hire_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=corehr&resource=pre_hire&version=v2
 */
export const patchPreHire = /*#__PURE__*/ endpoint<PatchPreHireInput, PatchPreHireOutput>({
  id: 'corehr.v2.pre_hire.patch',
  method: 'PATCH',
  path: '/open-apis/corehr/v2/pre_hires/:pre_hire_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ pre_hire_id: string() }),
      body: optional(looseObject({
        basic_info_update: optional(BasicInfoUpdateSchema()),
        offer_info_update: optional(OfferInfoUpdateSchema()),
        standard_update_fields: optional(array(string())),
        custom_update_fields: optional(array(string())),
        person_custom_update_fields: optional(array(string())),
      })),
    }),
})

/** Input of {@link queryPreHire}. */
export interface QueryPreHireInput {
  query: {
    page_size: number
    page_token?: string
    user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id'
    department_id_type?: 'open_department_id' | 'department_id' | 'people_corehr_department_id'
  }
  body?: { pre_hire_ids?: string[]; fields?: string[] }
}

/** `data` of a successful {@link queryPreHire} response. */
export interface QueryPreHireOutput {
  items?: QueryItem[]
  page_token?: string
  has_more?: boolean
}

/**
 * `corehr.v2.pre_hire.query`: POST /open-apis/corehr/v2/pre_hires/query (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query&project=corehr&resource=pre_hire&version=v2
 */
export const queryPreHire = /*#__PURE__*/ endpoint<QueryPreHireInput, QueryPreHireOutput, true>({
  id: 'corehr.v2.pre_hire.query',
  method: 'POST',
  path: '/open-apis/corehr/v2/pre_hires/query',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({
        page_size: number(),
        page_token: optional(string()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
        department_id_type: optional(picklist(['open_department_id', 'department_id', 'people_corehr_department_id'])),
      }),
      body: optional(looseObject({ pre_hire_ids: optional(array(string())), fields: optional(array(string())) })),
    }),
  page: { items: 'items' },
})

/** Input of {@link restorePreHireFlowInstance}. */
export interface RestorePreHireFlowInstanceInput {
  body: { pre_hire_id: string; confirm_workforce?: boolean }
}

/** `data` of a successful {@link restorePreHireFlowInstance} response. */
export interface RestorePreHireFlowInstanceOutput {
  success?: boolean
}

/**
 * `corehr.v2.pre_hire.restore_flow_instance`: POST /open-apis/corehr/v2/pre_hires/restore_flow_instance (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=restore_flow_instance&project=corehr&resource=pre_hire&version=v2
 */
export const restorePreHireFlowInstance = /*#__PURE__*/ endpoint<RestorePreHireFlowInstanceInput, RestorePreHireFlowInstanceOutput>({
  id: 'corehr.v2.pre_hire.restore_flow_instance',
  method: 'POST',
  path: '/open-apis/corehr/v2/pre_hires/restore_flow_instance',
  tokens: ['tenant'],
  input: () => looseObject({ body: looseObject({ pre_hire_id: string(), confirm_workforce: optional(boolean()) }) }),
})

/** Input of {@link searchPreHire}. */
export interface SearchPreHireInput {
  query: {
    page_size: number
    page_token?: string
    user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id'
    department_id_type?: 'open_department_id' | 'department_id' | 'people_corehr_department_id'
  }
  body?: {
    worker_ids?: string[]
    pre_hire_ids?: string[]
    person_ids?: string[]
    onboarding_date_start?: string
    onboarding_date_end?: string
    updated_date_start?: string
    updated_date_end?: string
    onboarding_location_ids?: string[]
    onboarding_status?: 'preboarding' | 'deleted' | 'day_one' | 'withdrawn' | 'completed'
    department_ids?: string[]
    direct_manager_ids?: string[]
    employee_type_ids?: string[]
    employee_subtype_ids?: string[]
    job_family_ids?: string[]
    key_word?: string
    condition_worker?: boolean
    rehire?: 'to_be_confirmed' | 'no' | 'yes'
    fields?: string[]
  }
}

/** `data` of a successful {@link searchPreHire} response. */
export interface SearchPreHireOutput {
  items?: PreHireSearchItem[]
  page_token?: string
  has_more?: boolean
}

/**
 * `corehr.v2.pre_hire.search`: POST /open-apis/corehr/v2/pre_hires/search (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=search&project=corehr&resource=pre_hire&version=v2
 */
export const searchPreHire = /*#__PURE__*/ endpoint<SearchPreHireInput, SearchPreHireOutput, true>({
  id: 'corehr.v2.pre_hire.search',
  method: 'POST',
  path: '/open-apis/corehr/v2/pre_hires/search',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({
        page_size: number(),
        page_token: optional(string()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
        department_id_type: optional(picklist(['open_department_id', 'department_id', 'people_corehr_department_id'])),
      }),
      body: optional(looseObject({
        worker_ids: optional(array(string())),
        pre_hire_ids: optional(array(string())),
        person_ids: optional(array(string())),
        onboarding_date_start: optional(string()),
        onboarding_date_end: optional(string()),
        updated_date_start: optional(string()),
        updated_date_end: optional(string()),
        onboarding_location_ids: optional(array(string())),
        onboarding_status: optional(picklist(['preboarding', 'deleted', 'day_one', 'withdrawn', 'completed'])),
        department_ids: optional(array(string())),
        direct_manager_ids: optional(array(string())),
        employee_type_ids: optional(array(string())),
        employee_subtype_ids: optional(array(string())),
        job_family_ids: optional(array(string())),
        key_word: optional(string()),
        condition_worker: optional(boolean()),
        rehire: optional(picklist(['to_be_confirmed', 'no', 'yes'])),
        fields: optional(array(string())),
      })),
    }),
  page: { items: 'items' },
})

/** Input of {@link transformPreHireOnboardingTask}. */
export interface TransformPreHireOnboardingTaskInput {
  body: { pre_hire_id: string; task_code: string; transform_type: string; review_decision?: string; reason?: string }
}

/** `data` of a successful {@link transformPreHireOnboardingTask} response. */
export interface TransformPreHireOnboardingTaskOutput {
  success?: boolean
}

/**
 * `corehr.v2.pre_hire.transform_onboarding_task`: POST /open-apis/corehr/v2/pre_hires/transform_onboarding_task (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=transform_onboarding_task&project=corehr&resource=pre_hire&version=v2
 */
export const transformPreHireOnboardingTask = /*#__PURE__*/ endpoint<TransformPreHireOnboardingTaskInput, TransformPreHireOnboardingTaskOutput>({
  id: 'corehr.v2.pre_hire.transform_onboarding_task',
  method: 'POST',
  path: '/open-apis/corehr/v2/pre_hires/transform_onboarding_task',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      body: looseObject({
        pre_hire_id: string(),
        task_code: string(),
        transform_type: string(),
        review_decision: optional(string()),
        reason: optional(string()),
      }),
    }),
})

/** Input of {@link transitPreHireTask}. */
export interface TransitPreHireTaskInput {
  path: { pre_hire_id: string }
  body: { task_id: string }
}

/** `data` of a successful {@link transitPreHireTask} response. */
export interface TransitPreHireTaskOutput {
  success?: boolean
}

/**
 * `corehr.v2.pre_hire.transit_task`: POST /open-apis/corehr/v2/pre_hires/:pre_hire_id/transit_task (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=transit_task&project=corehr&resource=pre_hire&version=v2
 */
export const transitPreHireTask = /*#__PURE__*/ endpoint<TransitPreHireTaskInput, TransitPreHireTaskOutput>({
  id: 'corehr.v2.pre_hire.transit_task',
  method: 'POST',
  path: '/open-apis/corehr/v2/pre_hires/:pre_hire_id/transit_task',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ pre_hire_id: string() }), body: looseObject({ task_id: string() }) }),
})

/** Input of {@link withdrawPreHireOnboarding}. */
export interface WithdrawPreHireOnboardingInput {
  body: { pre_hire_id: string; withdraw_reason: string }
}

/** `data` of a successful {@link withdrawPreHireOnboarding} response. */
export interface WithdrawPreHireOnboardingOutput {
  success?: boolean
}

/**
 * `corehr.v2.pre_hire.withdraw_onboarding`: POST /open-apis/corehr/v2/pre_hires/withdraw_onboarding (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=withdraw_onboarding&project=corehr&resource=pre_hire&version=v2
 */
export const withdrawPreHireOnboarding = /*#__PURE__*/ endpoint<WithdrawPreHireOnboardingInput, WithdrawPreHireOnboardingOutput>({
  id: 'corehr.v2.pre_hire.withdraw_onboarding',
  method: 'POST',
  path: '/open-apis/corehr/v2/pre_hires/withdraw_onboarding',
  tokens: ['tenant'],
  input: () => looseObject({ body: looseObject({ pre_hire_id: string(), withdraw_reason: string() }) }),
})
