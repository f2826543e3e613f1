// Generated from catalog/mail.v1.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/mail/v1`: the mail v1 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './mailgroup.ts'
export * from './mailgroup.alias.ts'
export * from './mailgroup.manager.ts'
export * from './mailgroup.member.ts'
export * from './mailgroup.permission_member.ts'
export * from './multi_entity.ts'
export * from './public_mailbox.ts'
export * from './public_mailbox.alias.ts'
export * from './public_mailbox.member.ts'
export * from './user.ts'
export * from './user_mailbox.ts'
export * from './user_mailbox.alias.ts'
export * from './user_mailbox.draft.ts'
export * from './user_mailbox.event.ts'
export * from './user_mailbox.folder.ts'
export * from './user_mailbox.label.ts'
export * from './user_mailbox.mail_contact.ts'
export * from './user_mailbox.message.ts'
export * from './user_mailbox.message.attachment.ts'
export * from './user_mailbox.rule.ts'
export * from './user_mailbox.sent_message.ts'
export * from './user_mailbox.setting.ts'
export * from './user_mailbox.template.ts'
export * from './user_mailbox.template.attachment.ts'
export * from './user_mailbox.thread.ts'
export type * from './types.ts'
