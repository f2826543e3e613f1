// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { Application, ApplicationDetail, Employee, Offer } from './types.ts'

/** Input of {@link cancelApplicationOnboard}. */
export interface CancelApplicationOnboardInput {
  path: { application_id: string }
  body: { termination_type: number; termination_reason_id_list?: string[]; termination_reason_notes?: string }
}

/** `data` of a successful {@link cancelApplicationOnboard} response. */
export type CancelApplicationOnboardOutput = { [key: string]: unknown }

/**
 * `hire.v1.application.cancel_onboard`: POST /open-apis/hire/v1/applications/:application_id/cancel_onboard (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=cancel_onboard&project=hire&resource=application&version=v1
 */
export const cancelApplicationOnboard = /*#__PURE__*/ endpoint<CancelApplicationOnboardInput, CancelApplicationOnboardOutput>({
  id: 'hire.v1.application.cancel_onboard',
  method: 'POST',
  path: '/open-apis/hire/v1/applications/:application_id/cancel_onboard',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ application_id: string() }),
      body: looseObject({
        termination_type: number(),
        termination_reason_id_list: optional(array(string())),
        termination_reason_notes: optional(string()),
      }),
    }),
})

/** Input of {@link createApplication}. */
export interface CreateApplicationInput {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body: {
    talent_id: string
    job_id: string
    user_id?: string
    resume_source_id?: string
    application_preferred_city_code_list?: string[]
    delivery_type?: number
  }
}

/** `data` of a successful {@link createApplication} response. */
export interface CreateApplicationOutput {
  id?: string
}

/**
 * `hire.v1.application.create`: POST /open-apis/hire/v1/applications (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=hire&resource=application&version=v1
 */
export const createApplication = /*#__PURE__*/ endpoint<CreateApplicationInput, CreateApplicationOutput>({
  id: 'hire.v1.application.create',
  method: 'POST',
  path: '/open-apis/hire/v1/applications',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: looseObject({
        talent_id: string(),
        job_id: string(),
        user_id: optional(string()),
        resume_source_id: optional(string()),
        application_preferred_city_code_list: optional(array(string())),
        delivery_type: optional(number()),
      }),
    }),
})

/** Input of {@link getApplication}. */
export interface GetApplicationInput {
  path: { application_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id'; options?: 'get_latest_application_on_chain'[] }
}

/** `data` of a successful {@link getApplication} response. */
export interface GetApplicationOutput {
  application?: Application
}

/**
 * `hire.v1.application.get`: GET /open-apis/hire/v1/applications/:application_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=hire&resource=application&version=v1
 */
export const getApplication = /*#__PURE__*/ endpoint<GetApplicationInput, GetApplicationOutput>({
  id: 'hire.v1.application.get',
  method: 'GET',
  path: '/open-apis/hire/v1/applications/:application_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ application_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        options: optional(array(picklist(['get_latest_application_on_chain']))),
      })),
    }),
})

/** Input of {@link getApplicationDetail}. */
export interface GetApplicationDetailInput {
  path: { application_id: string }
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_admin_id'
    department_id_type?: 'open_department_id' | 'department_id'
    job_level_id_type?: 'people_admin_job_level_id' | 'job_level_id'
    job_family_id_type?: 'people_admin_job_category_id' | 'job_family_id'
    employee_type_id_type?: 'people_admin_employee_type_id' | 'employee_type_enum_id'
    options?: (
      | 'with_job'
      | 'with_talent'
      | 'with_interview'
      | 'with_offer'
      | 'with_evaluation'
      | 'with_employee'
      | 'with_agency'
      | 'with_referral'
      | 'with_portal'
    )[]
  }
}

/** `data` of a successful {@link getApplicationDetail} response. */
export interface GetApplicationDetailOutput {
  application_detail?: ApplicationDetail
}

/**
 * `hire.v1.application.get_detail`: GET /open-apis/hire/v1/applications/:application_id/get_detail (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get_detail&project=hire&resource=application&version=v1
 */
export const getApplicationDetail = /*#__PURE__*/ endpoint<GetApplicationDetailInput, GetApplicationDetailOutput>({
  id: 'hire.v1.application.get_detail',
  method: 'GET',
  path: '/open-apis/hire/v1/applications/:application_id/get_detail',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ application_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_admin_id'])),
        department_id_type: optional(picklist(['open_department_id', 'department_id'])),
        job_level_id_type: optional(picklist(['people_admin_job_level_id', 'job_level_id'])),
        job_family_id_type: optional(picklist(['people_admin_job_category_id', 'job_family_id'])),
        employee_type_id_type: optional(picklist(['people_admin_employee_type_id', 'employee_type_enum_id'])),
        options: optional(array(picklist([
          'with_job',
          'with_talent',
          'with_interview',
          'with_offer',
          'with_evaluation',
          'with_employee',
          'with_agency',
          'with_referral',
          'with_portal',
        ]))),
      })),
    }),
})

/** Input of {@link listApplication}. */
export interface ListApplicationInput {
  query?: {
    process_id?: string
    stage_id?: string
    talent_id?: string
    active_status?: string
    job_id?: string
    lock_status?: number[]
    page_token?: string
    page_size?: number
    update_start_time?: string
    update_end_time?: string
    keyword?: string
  }
}

/** `data` of a successful {@link listApplication} response. */
export interface ListApplicationOutput {
  items?: string[]
  page_token?: string
  has_more?: boolean
}

/**
 * `hire.v1.application.list`: GET /open-apis/hire/v1/applications (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=hire&resource=application&version=v1
 */
export const listApplication = /*#__PURE__*/ endpoint<ListApplicationInput, ListApplicationOutput, true>({
  id: 'hire.v1.application.list',
  method: 'GET',
  path: '/open-apis/hire/v1/applications',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        process_id: optional(string()),
        stage_id: optional(string()),
        talent_id: optional(string()),
        active_status: optional(string()),
        job_id: optional(string()),
        lock_status: optional(array(number())),
        page_token: optional(string()),
        page_size: optional(number()),
        update_start_time: optional(string()),
        update_end_time: optional(string()),
        keyword: optional(string()),
      })),
    }),
  page: { items: 'items' },
})

/** Input of {@link offerApplication}. */
export interface OfferApplicationInput {
  path: { application_id: string }
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    department_id_type?: 'open_department_id' | 'department_id'
    job_level_id_type?: 'people_admin_job_level_id' | 'job_level_id'
    job_family_id_type?: 'people_admin_job_category_id' | 'job_family_id'
    employee_type_id_type?: 'people_admin_employee_type_id' | 'employee_type_enum_id'
  }
}

/** `data` of a successful {@link offerApplication} response. */
export interface OfferApplicationOutput {
  offer?: Offer
}

/**
 * `hire.v1.application.offer`: GET /open-apis/hire/v1/applications/:application_id/offer (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=offer&project=hire&resource=application&version=v1
 */
export const offerApplication = /*#__PURE__*/ endpoint<OfferApplicationInput, OfferApplicationOutput>({
  id: 'hire.v1.application.offer',
  method: 'GET',
  path: '/open-apis/hire/v1/applications/:application_id/offer',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ application_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        department_id_type: optional(picklist(['open_department_id', 'department_id'])),
        job_level_id_type: optional(picklist(['people_admin_job_level_id', 'job_level_id'])),
        job_family_id_type: optional(picklist(['people_admin_job_category_id', 'job_family_id'])),
        employee_type_id_type: optional(picklist(['people_admin_employee_type_id', 'employee_type_enum_id'])),
      })),
    }),
})

/** Input of {@link recoverApplication}. */
export interface RecoverApplicationInput {
  path: { application_id: string }
}

/** `data` of a successful {@link recoverApplication} response. */
export type RecoverApplicationOutput = { [key: string]: unknown }

/**
 * `hire.v1.application.recover`: POST /open-apis/hire/v1/applications/:application_id/recover (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=recover&project=hire&resource=application&version=v1
 */
export const recoverApplication = /*#__PURE__*/ endpoint<RecoverApplicationInput, RecoverApplicationOutput>({
  id: 'hire.v1.application.recover',
  method: 'POST',
  path: '/open-apis/hire/v1/applications/:application_id/recover',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ application_id: string() }) }),
})

/** Input of {@link terminateApplication}. */
export interface TerminateApplicationInput {
  path: { application_id: string }
  body: {
    termination_type: number
    termination_reason_list?: string[]
    termination_reason_note?: string
    need_terminate_offer?: boolean
    terminate_offer_operate_type?: number
    cancel_offer_termination_type?: number
    cancel_offer_termination_reason_list?: string[]
    candidate_reject_offer_termination_reason_list?: string[]
    need_withdraw_offer_approval?: boolean
  }
}

/** `data` of a successful {@link terminateApplication} response. */
export type TerminateApplicationOutput = { [key: string]: unknown }

/**
 * `hire.v1.application.terminate`: POST /open-apis/hire/v1/applications/:application_id/terminate (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=terminate&project=hire&resource=application&version=v1
 */
export const terminateApplication = /*#__PURE__*/ endpoint<TerminateApplicationInput, TerminateApplicationOutput>({
  id: 'hire.v1.application.terminate',
  method: 'POST',
  path: '/open-apis/hire/v1/applications/:application_id/terminate',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ application_id: string() }),
      body: looseObject({
        termination_type: number(),
        termination_reason_list: optional(array(string())),
        termination_reason_note: optional(string()),
        need_terminate_offer: optional(boolean()),
        terminate_offer_operate_type: optional(number()),
        cancel_offer_termination_type: optional(number()),
        cancel_offer_termination_reason_list: optional(array(string())),
        candidate_reject_offer_termination_reason_list: optional(array(string())),
        need_withdraw_offer_approval: optional(boolean()),
      }),
    }),
})

/** Input of {@link transferApplicationOnboard}. */
export interface TransferApplicationOnboardInput {
  path: { application_id: string }
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    department_id_type?: 'open_department_id' | 'department_id' | 'people_admin_department_id'
    job_level_id_type?: 'people_admin_job_level_id' | 'job_level_id'
    job_family_id_type?: 'people_admin_job_category_id' | 'job_family_id'
    employee_type_id_type?: 'people_admin_employee_type_id' | 'employee_type_enum_id'
  }
  body?: {
    actual_onboard_time?: number
    expected_conversion_time?: number
    job_requirement_id?: string
    operator_id?: string
    onboard_city_code?: string
    department?: string
    leader?: string
    sequence?: string
    level?: string
    employee_type?: string
  }
}

/** `data` of a successful {@link transferApplicationOnboard} response. */
export interface TransferApplicationOnboardOutput {
  employee?: Employee
}

/**
 * `hire.v1.application.transfer_onboard`: POST /open-apis/hire/v1/applications/:application_id/transfer_onboard (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=transfer_onboard&project=hire&resource=application&version=v1
 */
export const transferApplicationOnboard = /*#__PURE__*/ endpoint<TransferApplicationOnboardInput, TransferApplicationOnboardOutput>({
  id: 'hire.v1.application.transfer_onboard',
  method: 'POST',
  path: '/open-apis/hire/v1/applications/:application_id/transfer_onboard',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ application_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        department_id_type: optional(picklist(['open_department_id', 'department_id', 'people_admin_department_id'])),
        job_level_id_type: optional(picklist(['people_admin_job_level_id', 'job_level_id'])),
        job_family_id_type: optional(picklist(['people_admin_job_category_id', 'job_family_id'])),
        employee_type_id_type: optional(picklist(['people_admin_employee_type_id', 'employee_type_enum_id'])),
      })),
      body: optional(looseObject({
        actual_onboard_time: optional(number()),
        expected_conversion_time: optional(number()),
        job_requirement_id: optional(string()),
        operator_id: optional(string()),
        onboard_city_code: optional(string()),
        department: optional(string()),
        leader: optional(string()),
        sequence: optional(string()),
        level: optional(string()),
        employee_type: optional(string()),
      })),
    }),
})

/** Input of {@link transferApplicationStage}. */
export interface TransferApplicationStageInput {
  path: { application_id: string }
  body: { stage_id: string }
}

/** `data` of a successful {@link transferApplicationStage} response. */
export type TransferApplicationStageOutput = { [key: string]: unknown }

/**
 * `hire.v1.application.transfer_stage`: POST /open-apis/hire/v1/applications/:application_id/transfer_stage (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=transfer_stage&project=hire&resource=application&version=v1
 */
export const transferApplicationStage = /*#__PURE__*/ endpoint<TransferApplicationStageInput, TransferApplicationStageOutput>({
  id: 'hire.v1.application.transfer_stage',
  method: 'POST',
  path: '/open-apis/hire/v1/applications/:application_id/transfer_stage',
  tokens: ['tenant'],
  input: () =>
    looseObject({ path: looseObject({ application_id: string() }), body: looseObject({ stage_id: string() }) }),
})
