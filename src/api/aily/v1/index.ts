// Generated from catalog/aily.v1.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/aily/v1`: the aily v1 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './agent.agent_artifact.ts'
export * from './agent.agent_attachment.ts'
export * from './agent.agent_chat.ts'
export * from './agent.agent_chat_session.ts'
export * from './agent.agent_visibility.ts'
export * from './aily_session.ts'
export * from './aily_session.aily_message.ts'
export * from './aily_session.run.ts'
export * from './app.data_asset.ts'
export * from './app.data_asset_tag.ts'
export * from './app.knowledge.ts'
export * from './app.skill.ts'
export * from './file.ts'
export * from './tenant.app_stat.ts'
export type * from './types.ts'
