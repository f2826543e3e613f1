// Generated from catalog/bot.v4.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/bot/v4`: the bot v4 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './bot.ts'
export type * from './types.ts'
