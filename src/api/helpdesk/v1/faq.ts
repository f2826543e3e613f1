// Generated from catalog/helpdesk.v1.json by codegen. Do not edit; run `npm run generate`.
import type { Download } from '../../../core/download.ts'
import { endpoint, fileEndpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, string } from '../../../core/valibot.ts'
import { AnswerRichtextSchema } from './models.ts'
import type { AnswerRichtext, Faq } from './types.ts'

/** Input of {@link createFaq}. */
export interface CreateFaqInput {
  body?: {
    faq?: { category_id?: string; question: string; answer?: string; answer_richtext?: string; tags?: string[] }
  }
}

/** `data` of a successful {@link createFaq} response. */
export interface CreateFaqOutput {
  faq?: Faq
}

/**
 * `helpdesk.v1.faq.create`: POST /open-apis/helpdesk/v1/faqs (tenant or user token).
 *
 * Needs the `X-Lark-Helpdesk-Authorization` header.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=helpdesk&resource=faq&version=v1
 */
export const createFaq = /*#__PURE__*/ endpoint<CreateFaqInput, CreateFaqOutput>({
  id: 'helpdesk.v1.faq.create',
  method: 'POST',
  path: '/open-apis/helpdesk/v1/faqs',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      body: optional(looseObject({
        faq: optional(looseObject({
          category_id: optional(string()),
          question: string(),
          answer: optional(string()),
          answer_richtext: optional(string()),
          tags: optional(array(string())),
        })),
      })),
    }),
  headers: ['X-Lark-Helpdesk-Authorization'],
})

/** Input of {@link deleteFaq}. */
export interface DeleteFaqInput {
  path: { id: string }
}

/** `data` of a successful {@link deleteFaq} response. */
export type DeleteFaqOutput = { [key: string]: unknown }

/**
 * `helpdesk.v1.faq.delete`: DELETE /open-apis/helpdesk/v1/faqs/:id (tenant or user token).
 *
 * Needs the `X-Lark-Helpdesk-Authorization` header.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=helpdesk&resource=faq&version=v1
 */
export const deleteFaq = /*#__PURE__*/ endpoint<DeleteFaqInput, DeleteFaqOutput>({
  id: 'helpdesk.v1.faq.delete',
  method: 'DELETE',
  path: '/open-apis/helpdesk/v1/faqs/:id',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ id: string() }) }),
  headers: ['X-Lark-Helpdesk-Authorization'],
})

/** Input of {@link faqFaqImage}. */
export interface FaqFaqImageInput {
  path: { id: string; image_key: string }
}

/** The file of a successful {@link faqFaqImage} response. */
export type FaqFaqImageOutput = Download

/**
 * `helpdesk.v1.faq.faq_image`: GET /open-apis/helpdesk/v1/faqs/:id/image/:image_key (tenant or user token).
 *
 * Needs the `X-Lark-Helpdesk-Authorization` header.
 * Responds with a file.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=faq_image&project=helpdesk&resource=faq&version=v1
 */
export const faqFaqImage = /*#__PURE__*/ fileEndpoint<FaqFaqImageInput, FaqFaqImageOutput>({
  id: 'helpdesk.v1.faq.faq_image',
  method: 'GET',
  path: '/open-apis/helpdesk/v1/faqs/:id/image/:image_key',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ id: string(), image_key: string() }) }),
  headers: ['X-Lark-Helpdesk-Authorization'],
  download: true,
})

/** Input of {@link getFaq}. */
export interface GetFaqInput {
  path: { id: string }
}

/** `data` of a successful {@link getFaq} response. */
export interface GetFaqOutput {
  faq?: Faq
}

/**
 * `helpdesk.v1.faq.get`: GET /open-apis/helpdesk/v1/faqs/:id (tenant or user token).
 *
 * Needs the `X-Lark-Helpdesk-Authorization` header.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=helpdesk&resource=faq&version=v1
 */
export const getFaq = /*#__PURE__*/ endpoint<GetFaqInput, GetFaqOutput>({
  id: 'helpdesk.v1.faq.get',
  method: 'GET',
  path: '/open-apis/helpdesk/v1/faqs/:id',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ id: string() }) }),
  headers: ['X-Lark-Helpdesk-Authorization'],
})

/** Input of {@link listFaq}. */
export interface ListFaqInput {
  query?: { category_id?: string; status?: string; search?: string; page_token?: string; page_size?: number }
}

/** `data` of a successful {@link listFaq} response. */
export interface ListFaqOutput {
  has_more?: boolean
  page_token?: string
  page_size?: number
  total?: number
  items?: Faq[]
}

/**
 * `helpdesk.v1.faq.list`: GET /open-apis/helpdesk/v1/faqs (tenant or user token).
 *
 * Paginated over `items`.
 * Needs the `X-Lark-Helpdesk-Authorization` header.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=helpdesk&resource=faq&version=v1
 */
export const listFaq = /*#__PURE__*/ endpoint<ListFaqInput, ListFaqOutput, true>({
  id: 'helpdesk.v1.faq.list',
  method: 'GET',
  path: '/open-apis/helpdesk/v1/faqs',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        category_id: optional(string()),
        status: optional(string()),
        search: optional(string()),
        page_token: optional(string()),
        page_size: optional(number()),
      })),
    }),
  page: { items: 'items' },
  headers: ['X-Lark-Helpdesk-Authorization'],
})

/** Input of {@link patchFaq}. */
export interface PatchFaqInput {
  path: { id: string }
  body?: {
    faq?: {
      category_id?: string
      question: string
      answer?: string
      answer_richtext?: AnswerRichtext[]
      tags?: string[]
    }
  }
}

/** `data` of a successful {@link patchFaq} response. */
export type PatchFaqOutput = { [key: string]: unknown }

/**
 * `helpdesk.v1.faq.patch`: PATCH /open-apis/helpdesk/v1/faqs/:id (tenant or user token).
 *
 * Needs the `X-Lark-Helpdesk-Authorization` header.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=helpdesk&resource=faq&version=v1
 */
export const patchFaq = /*#__PURE__*/ endpoint<PatchFaqInput, PatchFaqOutput>({
  id: 'helpdesk.v1.faq.patch',
  method: 'PATCH',
  path: '/open-apis/helpdesk/v1/faqs/:id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ id: string() }),
      body: optional(looseObject({
        faq: optional(looseObject({
          category_id: optional(string()),
          question: string(),
          answer: optional(string()),
          answer_richtext: optional(array(AnswerRichtextSchema())),
          tags: optional(array(string())),
        })),
      })),
    }),
  headers: ['X-Lark-Helpdesk-Authorization'],
})

/** Input of {@link searchFaq}. */
export interface SearchFaqInput {
  query: { query: string; base64?: string; page_token?: string; page_size?: number }
}

/** `data` of a successful {@link searchFaq} response. */
export interface SearchFaqOutput {
  has_more?: boolean
  page_token?: string
  items?: Faq[]
}

/**
 * `helpdesk.v1.faq.search`: GET /open-apis/helpdesk/v1/faqs/search (tenant or user token).
 *
 * Paginated over `items`.
 * Needs the `X-Lark-Helpdesk-Authorization` header.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=search&project=helpdesk&resource=faq&version=v1
 */
export const searchFaq = /*#__PURE__*/ endpoint<SearchFaqInput, SearchFaqOutput, true>({
  id: 'helpdesk.v1.faq.search',
  method: 'GET',
  path: '/open-apis/helpdesk/v1/faqs/search',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: looseObject({
        query: string(),
        base64: optional(string()),
        page_token: optional(string()),
        page_size: optional(number()),
      }),
    }),
  page: { items: 'items' },
  headers: ['X-Lark-Helpdesk-Authorization'],
})
