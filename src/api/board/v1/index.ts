// Generated from catalog/board.v1.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/board/v1`: the board v1 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './whiteboard.ts'
export * from './whiteboard.node.ts'
export type * from './types.ts'
