// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { CreateBasicInfoSchema, CustomizedInfoSchema, OffboardingInfoSchema, SalaryInfoSchema } from './models.ts'
import type {
  BasicInfo,
  CreateBasicInfo,
  CustomizedInfo,
  GetOffer,
  JobInfo,
  OffboardingInfo,
  SalaryInfo,
  TargetMajor,
} from './types.ts'

/** Input of {@link createOffer}. */
export interface CreateOfferInput {
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_admin_id'
    department_id_type?: 'open_department_id' | 'department_id'
    job_level_id_type?: 'people_admin_job_level_id' | 'job_level_id'
    job_family_id_type?: 'people_admin_job_category_id' | 'job_family_id'
    employee_type_id_type?: 'people_admin_employee_type_id' | 'employee_type_enum_id'
  }
  body: {
    application_id: string
    schema_id?: string
    offer_type?: number
    basic_info: CreateBasicInfo
    salary_info?: SalaryInfo
    customized_info_list?: CustomizedInfo[]
  }
}

/** `data` of a successful {@link createOffer} response. */
export interface CreateOfferOutput {
  offer_id?: string
  application_id?: string
  schema_id?: string
  offer_type?: number
  basic_info?: BasicInfo
  salary_info?: SalaryInfo
  customized_info_list?: CustomizedInfo[]
}

/**
 * `hire.v1.offer.create`: POST /open-apis/hire/v1/offers (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=hire&resource=offer&version=v1
 */
export const createOffer = /*#__PURE__*/ endpoint<CreateOfferInput, CreateOfferOutput>({
  id: 'hire.v1.offer.create',
  method: 'POST',
  path: '/open-apis/hire/v1/offers',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_admin_id'])),
        department_id_type: optional(picklist(['open_department_id', 'department_id'])),
        job_level_id_type: optional(picklist(['people_admin_job_level_id', 'job_level_id'])),
        job_family_id_type: optional(picklist(['people_admin_job_category_id', 'job_family_id'])),
        employee_type_id_type: optional(picklist(['people_admin_employee_type_id', 'employee_type_enum_id'])),
      })),
      body: looseObject({
        application_id: string(),
        schema_id: optional(string()),
        offer_type: optional(number()),
        basic_info: CreateBasicInfoSchema(),
        salary_info: optional(SalaryInfoSchema()),
        customized_info_list: optional(array(CustomizedInfoSchema())),
      }),
    }),
})

/** Input of {@link getOffer}. */
export interface GetOfferInput {
  path: { offer_id: string }
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_admin_id'
    department_id_type?: 'open_department_id' | 'department_id'
    job_level_id_type?: 'people_admin_job_level_id' | 'job_level_id'
    job_family_id_type?: 'people_admin_job_category_id' | 'job_family_id'
    employee_type_id_type?: 'people_admin_employee_type_id' | 'employee_type_enum_id'
  }
}

/** `data` of a successful {@link getOffer} response. */
export interface GetOfferOutput {
  offer?: GetOffer
}

/**
 * `hire.v1.offer.get`: GET /open-apis/hire/v1/offers/:offer_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=hire&resource=offer&version=v1
 */
export const getOffer = /*#__PURE__*/ endpoint<GetOfferInput, GetOfferOutput>({
  id: 'hire.v1.offer.get',
  method: 'GET',
  path: '/open-apis/hire/v1/offers/:offer_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ offer_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_admin_id'])),
        department_id_type: optional(picklist(['open_department_id', 'department_id'])),
        job_level_id_type: optional(picklist(['people_admin_job_level_id', 'job_level_id'])),
        job_family_id_type: optional(picklist(['people_admin_job_category_id', 'job_family_id'])),
        employee_type_id_type: optional(picklist(['people_admin_employee_type_id', 'employee_type_enum_id'])),
      })),
    }),
})

/** Input of {@link internOfferOfferStatus}. */
export interface InternOfferOfferStatusInput {
  path: { offer_id: string }
  body: {
    operation: 'confirm_onboarding' | 'cancel_onboarding' | 'offboard'
    onboarding_info?: { actual_onboarding_date: string }
    offboarding_info?: OffboardingInfo
  }
}

/** `data` of a successful {@link internOfferOfferStatus} response. */
export interface InternOfferOfferStatusOutput {
  offer_id?: string
  operation: 'confirm_onboarding' | 'cancel_onboarding' | 'offboard'
  onboarding_info?: { actual_onboarding_date: string }
  offboarding_info?: OffboardingInfo
}

/**
 * `hire.v1.offer.intern_offer_status`: POST /open-apis/hire/v1/offers/:offer_id/intern_offer_status (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=intern_offer_status&project=hire&resource=offer&version=v1
 */
export const internOfferOfferStatus = /*#__PURE__*/ endpoint<InternOfferOfferStatusInput, InternOfferOfferStatusOutput>({
  id: 'hire.v1.offer.intern_offer_status',
  method: 'POST',
  path: '/open-apis/hire/v1/offers/:offer_id/intern_offer_status',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ offer_id: string() }),
      body: looseObject({
        operation: picklist(['confirm_onboarding', 'cancel_onboarding', 'offboard']),
        onboarding_info: optional(looseObject({ actual_onboarding_date: string() })),
        offboarding_info: optional(OffboardingInfoSchema()),
      }),
    }),
})

/** Input of {@link listOffer}. */
export interface ListOfferInput {
  query: {
    page_token?: string
    page_size?: number
    talent_id: string
    user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_admin_id'
    employee_type_id_type?: 'people_admin_employee_type_id' | 'employee_type_enum_id'
  }
}

/** `data` of a successful {@link listOffer} response. */
export interface ListOfferOutput {
  has_more?: boolean
  page_token?: string
  items?: {
    id?: string
    job_info?: JobInfo
    create_time?: number
    offer_status?: number
    offer_type?: number
    employee_type?: TargetMajor
    application_id?: string
  }[]
}

/**
 * `hire.v1.offer.list`: GET /open-apis/hire/v1/offers (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=hire&resource=offer&version=v1
 */
export const listOffer = /*#__PURE__*/ endpoint<ListOfferInput, ListOfferOutput, true>({
  id: 'hire.v1.offer.list',
  method: 'GET',
  path: '/open-apis/hire/v1/offers',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({
        page_token: optional(string()),
        page_size: optional(number()),
        talent_id: string(),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_admin_id'])),
        employee_type_id_type: optional(picklist(['people_admin_employee_type_id', 'employee_type_enum_id'])),
      }),
    }),
  page: { items: 'items' },
})

/** Input of {@link offerOfferStatus}. */
export interface OfferOfferStatusInput {
  path: { offer_id: string }
  body: {
    offer_status: number
    expiration_date?: string
    termination_reason_id_list?: string[]
    termination_reason_note?: string
    cancel_offer_termination_type?: number
  }
}

/** `data` of a successful {@link offerOfferStatus} response. */
export type OfferOfferStatusOutput = { [key: string]: unknown }

/**
 * `hire.v1.offer.offer_status`: PATCH /open-apis/hire/v1/offers/:offer_id/offer_status (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=offer_status&project=hire&resource=offer&version=v1
 */
export const offerOfferStatus = /*#__PURE__*/ endpoint<OfferOfferStatusInput, OfferOfferStatusOutput>({
  id: 'hire.v1.offer.offer_status',
  method: 'PATCH',
  path: '/open-apis/hire/v1/offers/:offer_id/offer_status',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ offer_id: string() }),
      body: looseObject({
        offer_status: number(),
        expiration_date: optional(string()),
        termination_reason_id_list: optional(array(string())),
        termination_reason_note: optional(string()),
        cancel_offer_termination_type: optional(number()),
      }),
    }),
})

/** Input of {@link updateOffer}. */
export interface UpdateOfferInput {
  path: { offer_id: string }
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_admin_id'
    department_id_type?: 'open_department_id' | 'department_id'
    job_level_id_type?: 'people_admin_job_level_id' | 'job_level_id'
    job_family_id_type?: 'people_admin_job_category_id' | 'job_family_id'
    employee_type_id_type?: 'people_admin_employee_type_id' | 'employee_type_enum_id'
  }
  body: {
    schema_id: string
    basic_info: CreateBasicInfo
    salary_info?: SalaryInfo
    customized_info_list?: CustomizedInfo[]
  }
}

/** `data` of a successful {@link updateOffer} response. */
export interface UpdateOfferOutput {
  offer_id?: string
  schema_id?: string
  basic_info?: BasicInfo
  salary_info?: SalaryInfo
  customized_info_list?: CustomizedInfo[]
}

/**
 * `hire.v1.offer.update`: PUT /open-apis/hire/v1/offers/:offer_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update&project=hire&resource=offer&version=v1
 */
export const updateOffer = /*#__PURE__*/ endpoint<UpdateOfferInput, UpdateOfferOutput>({
  id: 'hire.v1.offer.update',
  method: 'PUT',
  path: '/open-apis/hire/v1/offers/:offer_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ offer_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_admin_id'])),
        department_id_type: optional(picklist(['open_department_id', 'department_id'])),
        job_level_id_type: optional(picklist(['people_admin_job_level_id', 'job_level_id'])),
        job_family_id_type: optional(picklist(['people_admin_job_category_id', 'job_family_id'])),
        employee_type_id_type: optional(picklist(['people_admin_employee_type_id', 'employee_type_enum_id'])),
      })),
      body: looseObject({
        schema_id: string(),
        basic_info: CreateBasicInfoSchema(),
        salary_info: optional(SalaryInfoSchema()),
        customized_info_list: optional(array(CustomizedInfoSchema())),
      }),
    }),
})
