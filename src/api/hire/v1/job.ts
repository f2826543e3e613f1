// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { CustomizedDataSchema, InterviewAppointmentConfigSchema, JobManagerSchema } from './models.ts'
import type {
  CustomizedData,
  InterviewAppointmentConfig,
  Job,
  JobConfig,
  JobDetail,
  JobListItem,
  JobManager,
  PortalWebsiteApplyFormSchemaInfo,
  TargetMajor,
} from './types.ts'

/** Input of {@link closeJob}. */
export interface CloseJobInput {
  path: { job_id: string }
}

/** `data` of a successful {@link closeJob} response. */
export type CloseJobOutput = { [key: string]: unknown }

/**
 * `hire.v1.job.close`: POST /open-apis/hire/v1/jobs/:job_id/close (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=close&project=hire&resource=job&version=v1
 */
export const closeJob = /*#__PURE__*/ endpoint<CloseJobInput, CloseJobOutput>({
  id: 'hire.v1.job.close',
  method: 'POST',
  path: '/open-apis/hire/v1/jobs/:job_id/close',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ job_id: string() }) }),
})

/** Input of {@link combinedJobCreate}. */
export interface CombinedJobCreateInput {
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    department_id_type?: 'open_department_id' | 'department_id'
    job_level_id_type?: 'people_admin_job_level_id' | 'job_level_id'
    job_family_id_type?: 'people_admin_job_category_id' | 'job_family_id'
  }
  body: {
    code?: string
    experience?: number
    expiry_time?: number
    customized_data_list?: CustomizedData[]
    min_level_id?: string
    min_salary?: number
    title: string
    job_managers: JobManager
    job_process_id: string
    process_type: number
    subject_id?: string
    job_function_id?: string
    department_id: string
    head_count?: number
    is_never_expired: boolean
    max_salary?: number
    requirement?: string
    address_id?: string
    description?: string
    highlight_list?: string[]
    job_type_id: string
    max_level_id?: string
    recruitment_type_id: string
    required_degree?: number
    job_category_id?: string
    address_id_list?: string[]
    job_attribute?: number
    expiry_timestamp?: string
    interview_registration_schema_id?: string
    onboard_registration_schema_id?: string
    target_major_id_list?: string[]
    portal_website_apply_form_schema_id?: string
  }
}

/** `data` of a successful {@link combinedJobCreate} response. */
export interface CombinedJobCreateOutput {
  default_job_post?: { id?: string }
  job?: Job
  job_manager?: JobManager
  interview_registration_schema_info?: PortalWebsiteApplyFormSchemaInfo
  onboard_registration_schema_info?: PortalWebsiteApplyFormSchemaInfo
  target_major_list?: TargetMajor[]
  portal_website_apply_form_schema_info?: PortalWebsiteApplyFormSchemaInfo
}

/**
 * `hire.v1.job.combined_create`: POST /open-apis/hire/v1/jobs/combined_create (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=combined_create&project=hire&resource=job&version=v1
 */
export const combinedJobCreate = /*#__PURE__*/ endpoint<CombinedJobCreateInput, CombinedJobCreateOutput>({
  id: 'hire.v1.job.combined_create',
  method: 'POST',
  path: '/open-apis/hire/v1/jobs/combined_create',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        department_id_type: optional(picklist(['open_department_id', 'department_id'])),
        job_level_id_type: optional(picklist(['people_admin_job_level_id', 'job_level_id'])),
        job_family_id_type: optional(picklist(['people_admin_job_category_id', 'job_family_id'])),
      })),
      body: looseObject({
        code: optional(string()),
        experience: optional(number()),
        expiry_time: optional(number()),
        customized_data_list: optional(array(CustomizedDataSchema())),
        min_level_id: optional(string()),
        min_salary: optional(number()),
        title: string(),
        job_managers: JobManagerSchema(),
        job_process_id: string(),
        process_type: number(),
        subject_id: optional(string()),
        job_function_id: optional(string()),
        department_id: string(),
        head_count: optional(number()),
        is_never_expired: boolean(),
        max_salary: optional(number()),
        requirement: optional(string()),
        address_id: optional(string()),
        description: optional(string()),
        highlight_list: optional(array(string())),
        job_type_id: string(),
        max_level_id: optional(string()),
        recruitment_type_id: string(),
        required_degree: optional(number()),
        job_category_id: optional(string()),
        address_id_list: optional(array(string())),
        job_attribute: optional(number()),
        expiry_timestamp: optional(string()),
        interview_registration_schema_id: optional(string()),
        onboard_registration_schema_id: optional(string()),
        target_major_id_list: optional(array(string())),
        portal_website_apply_form_schema_id: optional(string()),
      }),
    }),
})

/** Input of {@link combinedJobUpdate}. */
export interface CombinedJobUpdateInput {
  path: { job_id: string }
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    department_id_type?: 'open_department_id' | 'department_id'
    job_level_id_type?: 'people_admin_job_level_id' | 'job_level_id'
    job_family_id_type?: 'people_admin_job_category_id' | 'job_family_id'
  }
  body: {
    id?: string
    experience?: number
    expiry_time?: number
    customized_data_list?: CustomizedData[]
    min_level_id?: string
    min_salary?: number
    title?: string
    job_managers: JobManager
    job_process_id?: string
    subject_id?: string
    job_function_id?: string
    department_id?: string
    head_count?: number
    is_never_expired: boolean
    max_salary?: number
    requirement?: string
    address_id?: string
    description?: string
    highlight_list?: string[]
    job_type_id: string
    max_level_id?: string
    required_degree?: number
    job_category_id?: string
    address_id_list?: string[]
    job_attribute?: number
    expiry_timestamp?: string
    target_major_id_list?: string[]
  }
}

/** `data` of a successful {@link combinedJobUpdate} response. */
export interface CombinedJobUpdateOutput {
  default_job_post?: { id?: string }
  job?: Job
  job_manager?: JobManager
  interview_registration_schema_info?: PortalWebsiteApplyFormSchemaInfo
  onboard_registration_schema_info?: PortalWebsiteApplyFormSchemaInfo
  target_major_list?: TargetMajor[]
  portal_website_apply_form_schema_info?: PortalWebsiteApplyFormSchemaInfo
}

/**
 * `hire.v1.job.combined_update`: POST /open-apis/hire/v1/jobs/:job_id/combined_update (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=combined_update&project=hire&resource=job&version=v1
 */
export const combinedJobUpdate = /*#__PURE__*/ endpoint<CombinedJobUpdateInput, CombinedJobUpdateOutput>({
  id: 'hire.v1.job.combined_update',
  method: 'POST',
  path: '/open-apis/hire/v1/jobs/:job_id/combined_update',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ job_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        department_id_type: optional(picklist(['open_department_id', 'department_id'])),
        job_level_id_type: optional(picklist(['people_admin_job_level_id', 'job_level_id'])),
        job_family_id_type: optional(picklist(['people_admin_job_category_id', 'job_family_id'])),
      })),
      body: looseObject({
        id: optional(string()),
        experience: optional(number()),
        expiry_time: optional(number()),
        customized_data_list: optional(array(CustomizedDataSchema())),
        min_level_id: optional(string()),
        min_salary: optional(number()),
        title: optional(string()),
        job_managers: JobManagerSchema(),
        job_process_id: optional(string()),
        subject_id: optional(string()),
        job_function_id: optional(string()),
        department_id: optional(string()),
        head_count: optional(number()),
        is_never_expired: boolean(),
        max_salary: optional(number()),
        requirement: optional(string()),
        address_id: optional(string()),
        description: optional(string()),
        highlight_list: optional(array(string())),
        job_type_id: string(),
        max_level_id: optional(string()),
        required_degree: optional(number()),
        job_category_id: optional(string()),
        address_id_list: optional(array(string())),
        job_attribute: optional(number()),
        expiry_timestamp: optional(string()),
        target_major_id_list: optional(array(string())),
      }),
    }),
})

/** Input of {@link configJob}. */
export interface ConfigJobInput {
  path: { job_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_admin_id' }
}

/** `data` of a successful {@link configJob} response. */
export interface ConfigJobOutput {
  job_config?: JobConfig
}

/**
 * `hire.v1.job.config`: GET /open-apis/hire/v1/jobs/:job_id/config (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=config&project=hire&resource=job&version=v1
 */
export const configJob = /*#__PURE__*/ endpoint<ConfigJobInput, ConfigJobOutput>({
  id: 'hire.v1.job.config',
  method: 'GET',
  path: '/open-apis/hire/v1/jobs/:job_id/config',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ job_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_admin_id'])),
      })),
    }),
})

/** Input of {@link getJob}. */
export interface GetJobInput {
  path: { job_id: string }
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_admin_id'
    department_id_type?: 'open_department_id' | 'department_id'
    job_level_id_type?: 'people_admin_job_level_id' | 'job_level_id'
    job_family_id_type?: 'people_admin_job_category_id' | 'job_family_id'
  }
}

/** `data` of a successful {@link getJob} response. */
export interface GetJobOutput {
  job?: Job
}

/**
 * `hire.v1.job.get`: GET /open-apis/hire/v1/jobs/:job_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=hire&resource=job&version=v1
 */
export const getJob = /*#__PURE__*/ endpoint<GetJobInput, GetJobOutput>({
  id: 'hire.v1.job.get',
  method: 'GET',
  path: '/open-apis/hire/v1/jobs/:job_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ job_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_admin_id'])),
        department_id_type: optional(picklist(['open_department_id', 'department_id'])),
        job_level_id_type: optional(picklist(['people_admin_job_level_id', 'job_level_id'])),
        job_family_id_type: optional(picklist(['people_admin_job_category_id', 'job_family_id'])),
      })),
    }),
})

/** Input of {@link getJobDetail}. */
export interface GetJobDetailInput {
  path: { job_id: string }
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_admin_id'
    department_id_type?: 'open_department_id' | 'department_id'
    job_level_id_type?: 'people_admin_job_level_id' | 'job_level_id'
    job_family_id_type?: 'people_admin_job_category_id' | 'job_family_id'
  }
}

/** `data` of a successful {@link getJobDetail} response. */
export interface GetJobDetailOutput {
  job_detail?: JobDetail
}

/**
 * `hire.v1.job.get_detail`: GET /open-apis/hire/v1/jobs/:job_id/get_detail (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get_detail&project=hire&resource=job&version=v1
 */
export const getJobDetail = /*#__PURE__*/ endpoint<GetJobDetailInput, GetJobDetailOutput>({
  id: 'hire.v1.job.get_detail',
  method: 'GET',
  path: '/open-apis/hire/v1/jobs/:job_id/get_detail',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ job_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_admin_id'])),
        department_id_type: optional(picklist(['open_department_id', 'department_id'])),
        job_level_id_type: optional(picklist(['people_admin_job_level_id', 'job_level_id'])),
        job_family_id_type: optional(picklist(['people_admin_job_category_id', 'job_family_id'])),
      })),
    }),
})

/** Input of {@link listJob}. */
export interface ListJobInput {
  query?: {
    update_start_time?: string
    update_end_time?: string
    page_size?: number
    page_token?: string
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    department_id_type?: 'open_department_id' | 'department_id'
    job_level_id_type?: 'people_admin_job_level_id' | 'job_level_id'
    job_family_id_type?: 'people_admin_job_category_id' | 'job_family_id'
    recruiter_id_list?: string[]
    hiring_manager_id_list?: string[]
    assistant_id_list?: string[]
    department_id?: string
    with_sub_department?: boolean
  }
}

/** `data` of a successful {@link listJob} response. */
export interface ListJobOutput {
  has_more?: boolean
  page_token?: string
  items?: JobListItem[]
}

/**
 * `hire.v1.job.list`: GET /open-apis/hire/v1/jobs (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=hire&resource=job&version=v1
 */
export const listJob = /*#__PURE__*/ endpoint<ListJobInput, ListJobOutput, true>({
  id: 'hire.v1.job.list',
  method: 'GET',
  path: '/open-apis/hire/v1/jobs',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        update_start_time: optional(string()),
        update_end_time: optional(string()),
        page_size: optional(number()),
        page_token: optional(string()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        department_id_type: optional(picklist(['open_department_id', 'department_id'])),
        job_level_id_type: optional(picklist(['people_admin_job_level_id', 'job_level_id'])),
        job_family_id_type: optional(picklist(['people_admin_job_category_id', 'job_family_id'])),
        recruiter_id_list: optional(array(string())),
        hiring_manager_id_list: optional(array(string())),
        assistant_id_list: optional(array(string())),
        department_id: optional(string()),
        with_sub_department: optional(boolean()),
      })),
    }),
  page: { items: 'items' },
})

/** Input of {@link openJob}. */
export interface OpenJobInput {
  path: { job_id: string }
  body: { expiry_time?: number; is_never_expired: boolean }
}

/** `data` of a successful {@link openJob} response. */
export type OpenJobOutput = { [key: string]: unknown }

/**
 * `hire.v1.job.open`: POST /open-apis/hire/v1/jobs/:job_id/open (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=open&project=hire&resource=job&version=v1
 */
export const openJob = /*#__PURE__*/ endpoint<OpenJobInput, OpenJobOutput>({
  id: 'hire.v1.job.open',
  method: 'POST',
  path: '/open-apis/hire/v1/jobs/:job_id/open',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ job_id: string() }),
      body: looseObject({ expiry_time: optional(number()), is_never_expired: boolean() }),
    }),
})

/** Input of {@link recruiterJob}. */
export interface RecruiterJobInput {
  path: { job_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
}

/** `data` of a successful {@link recruiterJob} response. */
export interface RecruiterJobOutput {
  info?: { id?: string; recruiter_id?: string; hiring_manager_id_list?: string[]; assistant_id_list?: string[] }
}

/**
 * `hire.v1.job.recruiter`: GET /open-apis/hire/v1/jobs/:job_id/recruiter (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=recruiter&project=hire&resource=job&version=v1
 */
export const recruiterJob = /*#__PURE__*/ endpoint<RecruiterJobInput, RecruiterJobOutput>({
  id: 'hire.v1.job.recruiter',
  method: 'GET',
  path: '/open-apis/hire/v1/jobs/:job_id/recruiter',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ job_id: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
    }),
})

/** Input of {@link updateJobConfig}. */
export interface UpdateJobConfigInput {
  path: { job_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body: {
    offer_apply_schema_id?: string
    offer_process_conf?: string
    recommended_evaluator_id_list?: string[]
    update_option_list: number[]
    assessment_template_biz_id?: string
    interview_round_conf_list?: { interviewer_id_list?: string[]; round?: number }[]
    jr_id_list?: string[]
    interview_registration_schema_id?: string
    onboard_registration_schema_id?: string
    interview_round_type_conf_list?: { round_biz_id?: string; assessment_template_biz_id?: string }[]
    related_job_id_list?: string[]
    interview_appointment_config?: InterviewAppointmentConfig
    portal_website_apply_form_schema_id?: string
  }
}

/** `data` of a successful {@link updateJobConfig} response. */
export interface UpdateJobConfigOutput {
  job_config?: JobConfig
}

/**
 * `hire.v1.job.update_config`: POST /open-apis/hire/v1/jobs/:job_id/update_config (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update_config&project=hire&resource=job&version=v1
 */
export const updateJobConfig = /*#__PURE__*/ endpoint<UpdateJobConfigInput, UpdateJobConfigOutput>({
  id: 'hire.v1.job.update_config',
  method: 'POST',
  path: '/open-apis/hire/v1/jobs/:job_id/update_config',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ job_id: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: looseObject({
        offer_apply_schema_id: optional(string()),
        offer_process_conf: optional(string()),
        recommended_evaluator_id_list: optional(array(string())),
        update_option_list: array(number()),
        assessment_template_biz_id: optional(string()),
        interview_round_conf_list: optional(array(looseObject({
          interviewer_id_list: optional(array(string())),
          round: optional(number()),
        }))),
        jr_id_list: optional(array(string())),
        interview_registration_schema_id: optional(string()),
        onboard_registration_schema_id: optional(string()),
        interview_round_type_conf_list: optional(array(looseObject({
          round_biz_id: optional(string()),
          assessment_template_biz_id: optional(string()),
        }))),
        related_job_id_list: optional(array(string())),
        interview_appointment_config: optional(InterviewAppointmentConfigSchema()),
        portal_website_apply_form_schema_id: optional(string()),
      }),
    }),
})
