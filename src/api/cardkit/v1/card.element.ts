// Generated from catalog/cardkit.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link contentCardElement}. */
export interface ContentCardElementInput {
  path: { card_id: string; element_id: string }
  body: { uuid?: string; content: string; sequence: number }
}

/** `data` of a successful {@link contentCardElement} response. */
export type ContentCardElementOutput = { [key: string]: unknown }

/**
 * `cardkit.v1.card.element.content`: PUT /open-apis/cardkit/v1/cards/:card_id/elements/:element_id/content (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=content&project=cardkit&resource=card.element&version=v1
 */
export const contentCardElement = /*#__PURE__*/ endpoint<ContentCardElementInput, ContentCardElementOutput>({
  id: 'cardkit.v1.card.element.content',
  method: 'PUT',
  path: '/open-apis/cardkit/v1/cards/:card_id/elements/:element_id/content',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ card_id: string(), element_id: string() }),
      body: looseObject({ uuid: optional(string()), content: string(), sequence: number() }),
    }),
})

/** Input of {@link createCardElement}. */
export interface CreateCardElementInput {
  path: { card_id: string }
  body: {
    type: 'insert_before' | 'insert_after' | 'append'
    target_element_id?: string
    uuid?: string
    sequence: number
    elements: string
  }
}

/** `data` of a successful {@link createCardElement} response. */
export type CreateCardElementOutput = { [key: string]: unknown }

/**
 * `cardkit.v1.card.element.create`: POST /open-apis/cardkit/v1/cards/:card_id/elements (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=cardkit&resource=card.element&version=v1
 */
export const createCardElement = /*#__PURE__*/ endpoint<CreateCardElementInput, CreateCardElementOutput>({
  id: 'cardkit.v1.card.element.create',
  method: 'POST',
  path: '/open-apis/cardkit/v1/cards/:card_id/elements',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ card_id: string() }),
      body: looseObject({
        type: picklist(['insert_before', 'insert_after', 'append']),
        target_element_id: optional(string()),
        uuid: optional(string()),
        sequence: number(),
        elements: string(),
      }),
    }),
})

/** Input of {@link deleteCardElement}. */
export interface DeleteCardElementInput {
  path: { card_id: string; element_id: string }
  body: { uuid?: string; sequence: number }
}

/** `data` of a successful {@link deleteCardElement} response. */
export type DeleteCardElementOutput = { [key: string]: unknown }

/**
 * `cardkit.v1.card.element.delete`: DELETE /open-apis/cardkit/v1/cards/:card_id/elements/:element_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=cardkit&resource=card.element&version=v1
 */
export const deleteCardElement = /*#__PURE__*/ endpoint<DeleteCardElementInput, DeleteCardElementOutput>({
  id: 'cardkit.v1.card.element.delete',
  method: 'DELETE',
  path: '/open-apis/cardkit/v1/cards/:card_id/elements/:element_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ card_id: string(), element_id: string() }),
      body: looseObject({ uuid: optional(string()), sequence: number() }),
    }),
})

/** Input of {@link patchCardElement}. */
export interface PatchCardElementInput {
  path: { card_id: string; element_id: string }
  body: { partial_element: string; uuid?: string; sequence: number }
}

/** `data` of a successful {@link patchCardElement} response. */
export type PatchCardElementOutput = { [key: string]: unknown }

/**
 * `cardkit.v1.card.element.patch`: PATCH /open-apis/cardkit/v1/cards/:card_id/elements/:element_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=cardkit&resource=card.element&version=v1
 */
export const patchCardElement = /*#__PURE__*/ endpoint<PatchCardElementInput, PatchCardElementOutput>({
  id: 'cardkit.v1.card.element.patch',
  method: 'PATCH',
  path: '/open-apis/cardkit/v1/cards/:card_id/elements/:element_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ card_id: string(), element_id: string() }),
      body: looseObject({ partial_element: string(), uuid: optional(string()), sequence: number() }),
    }),
})

/** Input of {@link updateCardElement}. */
export interface UpdateCardElementInput {
  path: { card_id: string; element_id: string }
  body: { uuid?: string; element: string; sequence: number }
}

/** `data` of a successful {@link updateCardElement} response. */
export type UpdateCardElementOutput = { [key: string]: unknown }

/**
 * `cardkit.v1.card.element.update`: PUT /open-apis/cardkit/v1/cards/:card_id/elements/:element_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update&project=cardkit&resource=card.element&version=v1
 */
export const updateCardElement = /*#__PURE__*/ endpoint<UpdateCardElementInput, UpdateCardElementOutput>({
  id: 'cardkit.v1.card.element.update',
  method: 'PUT',
  path: '/open-apis/cardkit/v1/cards/:card_id/elements/:element_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ card_id: string(), element_id: string() }),
      body: looseObject({ uuid: optional(string()), element: string(), sequence: number() }),
    }),
})
