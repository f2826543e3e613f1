// Generated from catalog/cardkit.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link batchUpdateCard}. */
export interface BatchUpdateCardInput {
  path: { card_id: string }
  body: { uuid?: string; sequence: number; actions: string }
}

/** `data` of a successful {@link batchUpdateCard} response. */
export type BatchUpdateCardOutput = { [key: string]: unknown }

/**
 * `cardkit.v1.card.batch_update`: POST /open-apis/cardkit/v1/cards/:card_id/batch_update (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_update&project=cardkit&resource=card&version=v1
 */
export const batchUpdateCard = /*#__PURE__*/ endpoint<BatchUpdateCardInput, BatchUpdateCardOutput>({
  id: 'cardkit.v1.card.batch_update',
  method: 'POST',
  path: '/open-apis/cardkit/v1/cards/:card_id/batch_update',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ card_id: string() }),
      body: looseObject({ uuid: optional(string()), sequence: number(), actions: string() }),
    }),
})

/** Input of {@link createCard}. */
export interface CreateCardInput {
  body: { type: string; data: string }
}

/** `data` of a successful {@link createCard} response. */
export interface CreateCardOutput {
  card_id: string
}

/**
 * `cardkit.v1.card.create`: POST /open-apis/cardkit/v1/cards (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=cardkit&resource=card&version=v1
 */
export const createCard = /*#__PURE__*/ endpoint<CreateCardInput, CreateCardOutput>({
  id: 'cardkit.v1.card.create',
  method: 'POST',
  path: '/open-apis/cardkit/v1/cards',
  tokens: ['tenant'],
  input: () => looseObject({ body: looseObject({ type: string(), data: string() }) }),
})

/** Input of {@link idCardConvert}. */
export interface IdCardConvertInput {
  body: { message_id: string }
}

/** `data` of a successful {@link idCardConvert} response. */
export interface IdCardConvertOutput {
  card_id?: string
}

/**
 * `cardkit.v1.card.id_convert`: POST /open-apis/cardkit/v1/cards/id_convert (tenant token).
 *
 * @deprecated Use {@link createCard} instead.
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=id_convert&project=cardkit&resource=card&version=v1
 */
export const idCardConvert = /*#__PURE__*/ endpoint<IdCardConvertInput, IdCardConvertOutput>({
  id: 'cardkit.v1.card.id_convert',
  method: 'POST',
  path: '/open-apis/cardkit/v1/cards/id_convert',
  tokens: ['tenant'],
  input: () => looseObject({ body: looseObject({ message_id: string() }) }),
})

/** Input of {@link settingsCard}. */
export interface SettingsCardInput {
  path: { card_id: string }
  body: { settings: string; uuid?: string; sequence: number }
}

/** `data` of a successful {@link settingsCard} response. */
export type SettingsCardOutput = { [key: string]: unknown }

/**
 * `cardkit.v1.card.settings`: PATCH /open-apis/cardkit/v1/cards/:card_id/settings (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=settings&project=cardkit&resource=card&version=v1
 */
export const settingsCard = /*#__PURE__*/ endpoint<SettingsCardInput, SettingsCardOutput>({
  id: 'cardkit.v1.card.settings',
  method: 'PATCH',
  path: '/open-apis/cardkit/v1/cards/:card_id/settings',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ card_id: string() }),
      body: looseObject({ settings: string(), uuid: optional(string()), sequence: number() }),
    }),
})

/** Input of {@link updateCard}. */
export interface UpdateCardInput {
  path: { card_id: string }
  body: { card: { type: 'card_json'; data: string }; uuid?: string; sequence: number }
}

/** `data` of a successful {@link updateCard} response. */
export type UpdateCardOutput = { [key: string]: unknown }

/**
 * `cardkit.v1.card.update`: PUT /open-apis/cardkit/v1/cards/:card_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update&project=cardkit&resource=card&version=v1
 */
export const updateCard = /*#__PURE__*/ endpoint<UpdateCardInput, UpdateCardOutput>({
  id: 'cardkit.v1.card.update',
  method: 'PUT',
  path: '/open-apis/cardkit/v1/cards/:card_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ card_id: string() }),
      body: looseObject({
        card: looseObject({ type: picklist(['card_json']), data: string() }),
        uuid: optional(string()),
        sequence: number(),
      }),
    }),
})
