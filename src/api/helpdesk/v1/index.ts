// Generated from catalog/helpdesk.v1.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/helpdesk/v1`: the helpdesk v1 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './agent.ts'
export * from './agent.schedules.ts'
export * from './agent_schedule.ts'
export * from './agent_skill.ts'
export * from './agent_skill_rule.ts'
export * from './bot.message.ts'
export * from './category.ts'
export * from './event.ts'
export * from './faq.ts'
export * from './notification.ts'
export * from './ticket.ts'
export * from './ticket.message.ts'
export * from './ticket_customized_field.ts'
export type * from './types.ts'
