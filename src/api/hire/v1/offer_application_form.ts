// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { Name, OfferApplyForm } from './types.ts'

/** Input of {@link getOfferApplicationForm}. */
export interface GetOfferApplicationFormInput {
  path: { offer_application_form_id: string }
}

/** `data` of a successful {@link getOfferApplicationForm} response. */
export interface GetOfferApplicationFormOutput {
  offer_apply_form?: OfferApplyForm
}

/**
 * `hire.v1.offer_application_form.get`: GET /open-apis/hire/v1/offer_application_forms/:offer_application_form_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=hire&resource=offer_application_form&version=v1
 */
export const getOfferApplicationForm = /*#__PURE__*/ endpoint<GetOfferApplicationFormInput, GetOfferApplicationFormOutput>({
  id: 'hire.v1.offer_application_form.get',
  method: 'GET',
  path: '/open-apis/hire/v1/offer_application_forms/:offer_application_form_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ offer_application_form_id: string() }) }),
})

/** Input of {@link listOfferApplicationForm}. */
export interface ListOfferApplicationFormInput {
  query?: { page_token?: string; page_size?: number }
}

/** `data` of a successful {@link listOfferApplicationForm} response. */
export interface ListOfferApplicationFormOutput {
  has_more?: boolean
  page_token?: string
  items?: { id?: string; name?: Name; create_time?: string }[]
}

/**
 * `hire.v1.offer_application_form.list`: GET /open-apis/hire/v1/offer_application_forms (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=hire&resource=offer_application_form&version=v1
 */
export const listOfferApplicationForm = /*#__PURE__*/ endpoint<ListOfferApplicationFormInput, ListOfferApplicationFormOutput, true>({
  id: 'hire.v1.offer_application_form.list',
  method: 'GET',
  path: '/open-apis/hire/v1/offer_application_forms',
  tokens: ['tenant'],
  input: () =>
    looseObject({ query: optional(looseObject({ page_token: optional(string()), page_size: optional(number()) })) }),
  page: { items: 'items' },
})
