// Generated from catalog/im.v1.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/im/v1`: the im v1 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './batch_message.ts'
export * from './chat.ts'
export * from './chat.announcement.ts'
export * from './chat.managers.ts'
export * from './chat.members.ts'
export * from './chat.menu_item.ts'
export * from './chat.menu_tree.ts'
export * from './chat.moderation.ts'
export * from './chat.tab.ts'
export * from './chat.top_notice.ts'
export * from './file.ts'
export * from './image.ts'
export * from './message.ts'
export * from './message.reaction.ts'
export * from './message.resource.ts'
export * from './pin.ts'
export * from './thread.ts'
export type * from './types.ts'
