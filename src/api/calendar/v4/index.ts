// Generated from catalog/calendar.v4.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/calendar/v4`: the calendar v4 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './calendar.ts'
export * from './calendar.acl.ts'
export * from './calendar.event.ts'
export * from './calendar.event.attendee.ts'
export * from './calendar.event.attendee.chat_member.ts'
export * from './calendar.event.meeting_chat.ts'
export * from './calendar.event.meeting_minute.ts'
export * from './exchange_binding.ts'
export * from './freebusy.ts'
export * from './setting.ts'
export * from './timeoff_event.ts'
export type * from './types.ts'
