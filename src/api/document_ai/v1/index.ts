// Generated from catalog/document_ai.v1.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/document_ai/v1`: the document_ai v1 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './bank_card.ts'
export * from './business_card.ts'
export * from './business_license.ts'
export * from './chinese_passport.ts'
export * from './contract.ts'
export * from './driving_license.ts'
export * from './food_manage_license.ts'
export * from './food_produce_license.ts'
export * from './health_certificate.ts'
export * from './hkm_mainland_travel_permit.ts'
export * from './id_card.ts'
export * from './resume.ts'
export * from './taxi_invoice.ts'
export * from './train_invoice.ts'
export * from './tw_mainland_travel_permit.ts'
export * from './vat_invoice.ts'
export * from './vehicle_invoice.ts'
export * from './vehicle_license.ts'
export type * from './types.ts'
