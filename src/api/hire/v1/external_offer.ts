// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { ExternalOffer } from './types.ts'

/** Input of {@link batchQueryExternalOffer}. */
export interface BatchQueryExternalOfferInput {
  query?: { external_application_id?: string; page_size?: number; page_token?: string }
  body?: { external_offer_id_list?: string[] }
}

/** `data` of a successful {@link batchQueryExternalOffer} response. */
export interface BatchQueryExternalOfferOutput {
  items?: ExternalOffer[]
  page_token?: string
  has_more?: boolean
}

/**
 * `hire.v1.external_offer.batch_query`: POST /open-apis/hire/v1/external_offers/batch_query (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_query&project=hire&resource=external_offer&version=v1
 */
export const batchQueryExternalOffer = /*#__PURE__*/ endpoint<BatchQueryExternalOfferInput, BatchQueryExternalOfferOutput, true>({
  id: 'hire.v1.external_offer.batch_query',
  method: 'POST',
  path: '/open-apis/hire/v1/external_offers/batch_query',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        external_application_id: optional(string()),
        page_size: optional(number()),
        page_token: optional(string()),
      })),
      body: optional(looseObject({ external_offer_id_list: optional(array(string())) })),
    }),
  page: { items: 'items' },
})

/** Input of {@link createExternalOffer}. */
export interface CreateExternalOfferInput {
  body: {
    external_id?: string
    external_application_id: string
    biz_create_time?: string
    owner?: string
    creator?: string
    offer_status?: string
    attachment_id_list?: string[]
  }
}

/** `data` of a successful {@link createExternalOffer} response. */
export interface CreateExternalOfferOutput {
  external_offer?: ExternalOffer
}

/**
 * `hire.v1.external_offer.create`: POST /open-apis/hire/v1/external_offers (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=hire&resource=external_offer&version=v1
 */
export const createExternalOffer = /*#__PURE__*/ endpoint<CreateExternalOfferInput, CreateExternalOfferOutput>({
  id: 'hire.v1.external_offer.create',
  method: 'POST',
  path: '/open-apis/hire/v1/external_offers',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: looseObject({
        external_id: optional(string()),
        external_application_id: string(),
        biz_create_time: optional(string()),
        owner: optional(string()),
        creator: optional(string()),
        offer_status: optional(string()),
        attachment_id_list: optional(array(string())),
      }),
    }),
})

/** Input of {@link deleteExternalOffer}. */
export interface DeleteExternalOfferInput {
  path: { external_offer_id: string }
}

/** `data` of a successful {@link deleteExternalOffer} response. */
export type DeleteExternalOfferOutput = { [key: string]: unknown }

/**
 * `hire.v1.external_offer.delete`: DELETE /open-apis/hire/v1/external_offers/:external_offer_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=hire&resource=external_offer&version=v1
 */
export const deleteExternalOffer = /*#__PURE__*/ endpoint<DeleteExternalOfferInput, DeleteExternalOfferOutput>({
  id: 'hire.v1.external_offer.delete',
  method: 'DELETE',
  path: '/open-apis/hire/v1/external_offers/:external_offer_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ external_offer_id: string() }) }),
})

/** Input of {@link updateExternalOffer}. */
export interface UpdateExternalOfferInput {
  path: { external_offer_id: string }
  body: {
    external_id?: string
    external_application_id: string
    biz_create_time?: string
    owner?: string
    creator?: string
    offer_status?: string
    attachment_id_list?: string[]
  }
}

/** `data` of a successful {@link updateExternalOffer} response. */
export interface UpdateExternalOfferOutput {
  external_offer?: ExternalOffer
}

/**
 * `hire.v1.external_offer.update`: PUT /open-apis/hire/v1/external_offers/:external_offer_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update&project=hire&resource=external_offer&version=v1
 */
export const updateExternalOffer = /*#__PURE__*/ endpoint<UpdateExternalOfferInput, UpdateExternalOfferOutput>({
  id: 'hire.v1.external_offer.update',
  method: 'PUT',
  path: '/open-apis/hire/v1/external_offers/:external_offer_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ external_offer_id: string() }),
      body: looseObject({
        external_id: optional(string()),
        external_application_id: string(),
        biz_create_time: optional(string()),
        owner: optional(string()),
        creator: optional(string()),
        offer_status: optional(string()),
        attachment_id_list: optional(array(string())),
      }),
    }),
})
