// Generated from catalog/contact.v3.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/contact/v3`: the contact v3 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './custom_attr.ts'
export * from './department.ts'
export * from './employee_type_enum.ts'
export * from './functional_role.ts'
export * from './functional_role.member.ts'
export * from './group.ts'
export * from './group.member.ts'
export * from './job_family.ts'
export * from './job_level.ts'
export * from './job_title.ts'
export * from './scope.ts'
export * from './unit.ts'
export * from './user.ts'
export * from './work_city.ts'
export type * from './types.ts'
