// Generated from catalog/performance.v2.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/performance/v2`: the performance v2 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './activity.ts'
export * from './additional_information.ts'
export * from './additional_informations.batch.ts'
export * from './indicator.ts'
export * from './metric_detail.ts'
export * from './metric_field.ts'
export * from './metric_lib.ts'
export * from './metric_tag.ts'
export * from './metric_template.ts'
export * from './question.ts'
export * from './review_data.ts'
export * from './review_template.ts'
export * from './reviewee.ts'
export * from './user_group_user_rel.ts'
export * from './user_info.ts'
export type * from './types.ts'
