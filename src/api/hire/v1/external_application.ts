// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { ExternalApplication } from './types.ts'

/** Input of {@link createExternalApplication}. */
export interface CreateExternalApplicationInput {
  body: {
    external_id?: string
    job_recruitment_type?: number
    job_title?: string
    resume_source?: string
    stage?: string
    talent_id: string
    termination_reason?: string
    delivery_type?: number
    modify_time?: number
    create_time?: number
    termination_type?: string
  }
}

/** `data` of a successful {@link createExternalApplication} response. */
export interface CreateExternalApplicationOutput {
  external_application?: ExternalApplication
}

/**
 * `hire.v1.external_application.create`: POST /open-apis/hire/v1/external_applications (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=hire&resource=external_application&version=v1
 */
export const createExternalApplication = /*#__PURE__*/ endpoint<CreateExternalApplicationInput, CreateExternalApplicationOutput>({
  id: 'hire.v1.external_application.create',
  method: 'POST',
  path: '/open-apis/hire/v1/external_applications',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: looseObject({
        external_id: optional(string()),
        job_recruitment_type: optional(number()),
        job_title: optional(string()),
        resume_source: optional(string()),
        stage: optional(string()),
        talent_id: string(),
        termination_reason: optional(string()),
        delivery_type: optional(number()),
        modify_time: optional(number()),
        create_time: optional(number()),
        termination_type: optional(string()),
      }),
    }),
})

/** Input of {@link deleteExternalApplication}. */
export interface DeleteExternalApplicationInput {
  path: { external_application_id: string }
  query?: { talent_id?: string }
}

/** `data` of a successful {@link deleteExternalApplication} response. */
export interface DeleteExternalApplicationOutput {
  external_application?: ExternalApplication
}

/**
 * `hire.v1.external_application.delete`: DELETE /open-apis/hire/v1/external_applications/:external_application_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=hire&resource=external_application&version=v1
 */
export const deleteExternalApplication = /*#__PURE__*/ endpoint<DeleteExternalApplicationInput, DeleteExternalApplicationOutput>({
  id: 'hire.v1.external_application.delete',
  method: 'DELETE',
  path: '/open-apis/hire/v1/external_applications/:external_application_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ external_application_id: string() }),
      query: optional(looseObject({ talent_id: optional(string()) })),
    }),
})

/** Input of {@link listExternalApplication}. */
export interface ListExternalApplicationInput {
  query?: { talent_id?: string; page_size?: number; page_token?: string }
}

/** `data` of a successful {@link listExternalApplication} response. */
export interface ListExternalApplicationOutput {
  items?: {
    id?: string
    job_recruitment_type?: number
    job_title?: string
    resume_source?: string
    stage?: string
    talent_id: string
    termination_reason?: string
    delivery_type?: number
    modify_time?: number
    create_time?: number
    termination_type?: string
  }[]
  has_more?: boolean
  page_token?: string
}

/**
 * `hire.v1.external_application.list`: GET /open-apis/hire/v1/external_applications (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=hire&resource=external_application&version=v1
 */
export const listExternalApplication = /*#__PURE__*/ endpoint<ListExternalApplicationInput, ListExternalApplicationOutput, true>({
  id: 'hire.v1.external_application.list',
  method: 'GET',
  path: '/open-apis/hire/v1/external_applications',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        talent_id: optional(string()),
        page_size: optional(number()),
        page_token: optional(string()),
      })),
    }),
  page: { items: 'items' },
})

/** Input of {@link updateExternalApplication}. */
export interface UpdateExternalApplicationInput {
  path: { external_application_id: string }
  body: {
    external_id?: string
    job_recruitment_type?: number
    job_title?: string
    resume_source?: string
    stage?: string
    talent_id: string
    termination_reason?: string
    delivery_type?: number
    modify_time?: number
    create_time?: number
    termination_type?: string
  }
}

/** `data` of a successful {@link updateExternalApplication} response. */
export interface UpdateExternalApplicationOutput {
  external_application?: ExternalApplication
}

/**
 * `hire.v1.external_application.update`: PUT /open-apis/hire/v1/external_applications/:external_application_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update&project=hire&resource=external_application&version=v1
 */
export const updateExternalApplication = /*#__PURE__*/ endpoint<UpdateExternalApplicationInput, UpdateExternalApplicationOutput>({
  id: 'hire.v1.external_application.update',
  method: 'PUT',
  path: '/open-apis/hire/v1/external_applications/:external_application_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ external_application_id: string() }),
      body: looseObject({
        external_id: optional(string()),
        job_recruitment_type: optional(number()),
        job_title: optional(string()),
        resume_source: optional(string()),
        stage: optional(string()),
        talent_id: string(),
        termination_reason: optional(string()),
        delivery_type: optional(number()),
        modify_time: optional(number()),
        create_time: optional(number()),
        termination_type: optional(string()),
      }),
    }),
})
