// Generated from catalog/vc.v1.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/vc/v1`: the vc v1 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './alert.ts'
export * from './bot.ts'
export * from './export.ts'
export * from './material.ts'
export * from './meeting.ts'
export * from './meeting.pull_subtitle.ts'
export * from './meeting.recording.ts'
export * from './meeting_list.ts'
export * from './my_ai_mm.ts'
export * from './my_ai_room.ts'
export * from './my_ai_sip.ts'
export * from './my_ai_vc.ts'
export * from './my_ai_vc_meeting.ts'
export * from './note.ts'
export * from './participant_list.ts'
export * from './participant_quality_list.ts'
export * from './recording.ts'
export * from './report.ts'
export * from './reserve.ts'
export * from './reserve_config.ts'
export * from './reserve_config.admin.ts'
export * from './reserve_config.disable_inform.ts'
export * from './reserve_config.form.ts'
export * from './resource_reservation_list.ts'
export * from './room.ts'
export * from './room_config.ts'
export * from './room_level.ts'
export * from './scope_config.ts'
export type * from './types.ts'
