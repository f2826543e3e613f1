// Generated from catalog/docx.v1.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/docx/v1`: the docx v1 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './chat.announcement.ts'
export * from './chat.announcement.block.ts'
export * from './chat.announcement.block.children.ts'
export * from './document.ts'
export * from './document.block.ts'
export * from './document.block.children.ts'
export * from './document.block.descendant.ts'
export type * from './types.ts'
