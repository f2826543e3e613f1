// Generated from catalog/im.v2.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/im/v2`: the im v2 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './app_feed_card.ts'
export * from './app_feed_card.batch.ts'
export * from './biz_entity_tag_relation.ts'
export * from './chat.ts'
export * from './chat_button.ts'
export * from './feed_card.ts'
export * from './tag.ts'
export * from './url_preview.ts'
export type * from './types.ts'
