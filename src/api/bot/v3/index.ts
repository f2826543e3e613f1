// Generated from catalog/bot.v3.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/bot/v3`: the bot v3 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './bot_info.ts'
export type * from './types.ts'
