// Generated from catalog/application.v6.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/application/v6`: the application v6 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './app_badge.ts'
export * from './app_recommend_rule.ts'
export * from './application.ts'
export * from './application.app_usage.ts'
export * from './application.app_version.ts'
export * from './application.collaborators.ts'
export * from './application.contacts_range.ts'
export * from './application.feedback.ts'
export * from './application.management.ts'
export * from './application.owner.ts'
export * from './application.visibility.ts'
export * from './scope.ts'
export type * from './types.ts'
