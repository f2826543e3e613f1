// Generated from catalog/application.v7.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/application/v7`: the application v7 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './app_avatar.upload.ts'
export * from './application.ability.ts'
export * from './application.base.ts'
export * from './application.config.ts'
export * from './application.publish.ts'
export type * from './types.ts'
