// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, optional, picklist, string } from '../../../core/valibot.ts'
import { IdentificationSchema, ResumeSchema } from './models.ts'
import type { Delivery, Identification, Resume } from './types.ts'

/** Input of {@link createWebsiteDeliveryByAttachment}. */
export interface CreateWebsiteDeliveryByAttachmentInput {
  path: { website_id: string }
  body: {
    job_post_id: string
    user_id: string
    resume_file_id: string
    channel_id?: string
    application_preferred_city_code_list?: string[]
    mobile_country_code?: string
    mobile?: string
    email?: string
    identification?: Identification
  }
}

/** `data` of a successful {@link createWebsiteDeliveryByAttachment} response. */
export interface CreateWebsiteDeliveryByAttachmentOutput {
  task_id?: string
}

/**
 * `hire.v1.website.delivery.create_by_attachment`: POST /open-apis/hire/v1/websites/:website_id/deliveries/create_by_attachment (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create_by_attachment&project=hire&resource=website.delivery&version=v1
 */
export const createWebsiteDeliveryByAttachment = /*#__PURE__*/ endpoint<CreateWebsiteDeliveryByAttachmentInput, CreateWebsiteDeliveryByAttachmentOutput>({
  id: 'hire.v1.website.delivery.create_by_attachment',
  method: 'POST',
  path: '/open-apis/hire/v1/websites/:website_id/deliveries/create_by_attachment',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ website_id: string() }),
      body: looseObject({
        job_post_id: string(),
        user_id: string(),
        resume_file_id: string(),
        channel_id: optional(string()),
        application_preferred_city_code_list: optional(array(string())),
        mobile_country_code: optional(string()),
        mobile: optional(string()),
        email: optional(string()),
        identification: optional(IdentificationSchema()),
      }),
    }),
})

/** Input of {@link createWebsiteDeliveryByResume}. */
export interface CreateWebsiteDeliveryByResumeInput {
  path: { website_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body: {
    job_post_id: string
    resume: Resume
    user_id: string
    application_preferred_city_code_list?: string[]
    channel_id?: string
  }
}

/** `data` of a successful {@link createWebsiteDeliveryByResume} response. */
export interface CreateWebsiteDeliveryByResumeOutput {
  delivery?: Delivery
}

/**
 * `hire.v1.website.delivery.create_by_resume`: POST /open-apis/hire/v1/websites/:website_id/deliveries/create_by_resume (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create_by_resume&project=hire&resource=website.delivery&version=v1
 */
export const createWebsiteDeliveryByResume = /*#__PURE__*/ endpoint<CreateWebsiteDeliveryByResumeInput, CreateWebsiteDeliveryByResumeOutput>({
  id: 'hire.v1.website.delivery.create_by_resume',
  method: 'POST',
  path: '/open-apis/hire/v1/websites/:website_id/deliveries/create_by_resume',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ website_id: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: looseObject({
        job_post_id: string(),
        resume: ResumeSchema(),
        user_id: string(),
        application_preferred_city_code_list: optional(array(string())),
        channel_id: optional(string()),
      }),
    }),
})
