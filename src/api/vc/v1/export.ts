// Generated from catalog/vc.v1.json by codegen. Do not edit; run `npm run generate`.
import type { Download } from '../../../core/download.ts'
import { endpoint, fileEndpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link downloadExport}. */
export interface DownloadExportInput {
  query: { file_token: string }
}

/** The file of a successful {@link downloadExport} response. */
export type DownloadExportOutput = Download

/**
 * `vc.v1.export.download`: GET /open-apis/vc/v1/exports/download (tenant or user token).
 *
 * Responds with a file.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=download&project=vc&resource=export&version=v1
 */
export const downloadExport = /*#__PURE__*/ fileEndpoint<DownloadExportInput, DownloadExportOutput>({
  id: 'vc.v1.export.download',
  method: 'GET',
  path: '/open-apis/vc/v1/exports/download',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ query: looseObject({ file_token: string() }) }),
  download: true,
})

/** Input of {@link getExport}. */
export interface GetExportInput {
  path: { task_id: string }
}

/** `data` of a successful {@link getExport} response. */
export interface GetExportOutput {
  status: number
  url?: string
  file_token?: string
  fail_msg?: string
}

/**
 * `vc.v1.export.get`: GET /open-apis/vc/v1/exports/:task_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=vc&resource=export&version=v1
 */
export const getExport = /*#__PURE__*/ endpoint<GetExportInput, GetExportOutput>({
  id: 'vc.v1.export.get',
  method: 'GET',
  path: '/open-apis/vc/v1/exports/:task_id',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ task_id: string() }) }),
})

/** Input of {@link meetingExportList}. */
export interface MeetingExportListInput {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body: {
    start_time: string
    end_time: string
    meeting_status?: number
    meeting_no?: string
    user_id?: string
    room_id?: string
    meeting_type?: number
  }
}

/** `data` of a successful {@link meetingExportList} response. */
export interface MeetingExportListOutput {
  task_id?: string
}

/**
 * `vc.v1.export.meeting_list`: POST /open-apis/vc/v1/exports/meeting_list (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=meeting_list&project=vc&resource=export&version=v1
 */
export const meetingExportList = /*#__PURE__*/ endpoint<MeetingExportListInput, MeetingExportListOutput>({
  id: 'vc.v1.export.meeting_list',
  method: 'POST',
  path: '/open-apis/vc/v1/exports/meeting_list',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: looseObject({
        start_time: string(),
        end_time: string(),
        meeting_status: optional(number()),
        meeting_no: optional(string()),
        user_id: optional(string()),
        room_id: optional(string()),
        meeting_type: optional(number()),
      }),
    }),
})

/** Input of {@link participantExportList}. */
export interface ParticipantExportListInput {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body: {
    meeting_start_time: string
    meeting_end_time: string
    meeting_status?: number
    meeting_no: string
    user_id?: string
    room_id?: string
  }
}

/** `data` of a successful {@link participantExportList} response. */
export interface ParticipantExportListOutput {
  task_id?: string
}

/**
 * `vc.v1.export.participant_list`: POST /open-apis/vc/v1/exports/participant_list (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=participant_list&project=vc&resource=export&version=v1
 */
export const participantExportList = /*#__PURE__*/ endpoint<ParticipantExportListInput, ParticipantExportListOutput>({
  id: 'vc.v1.export.participant_list',
  method: 'POST',
  path: '/open-apis/vc/v1/exports/participant_list',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: looseObject({
        meeting_start_time: string(),
        meeting_end_time: string(),
        meeting_status: optional(number()),
        meeting_no: string(),
        user_id: optional(string()),
        room_id: optional(string()),
      }),
    }),
})

/** Input of {@link participantExportQualityList}. */
export interface ParticipantExportQualityListInput {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body: {
    meeting_start_time: string
    meeting_end_time: string
    meeting_no: string
    join_time: string
    user_id?: string
    room_id?: string
  }
}

/** `data` of a successful {@link participantExportQualityList} response. */
export interface ParticipantExportQualityListOutput {
  task_id?: string
}

/**
 * `vc.v1.export.participant_quality_list`: POST /open-apis/vc/v1/exports/participant_quality_list (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=participant_quality_list&project=vc&resource=export&version=v1
 */
export const participantExportQualityList = /*#__PURE__*/ endpoint<ParticipantExportQualityListInput, ParticipantExportQualityListOutput>({
  id: 'vc.v1.export.participant_quality_list',
  method: 'POST',
  path: '/open-apis/vc/v1/exports/participant_quality_list',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: looseObject({
        meeting_start_time: string(),
        meeting_end_time: string(),
        meeting_no: string(),
        join_time: string(),
        user_id: optional(string()),
        room_id: optional(string()),
      }),
    }),
})

/** Input of {@link resourceExportReservationList}. */
export interface ResourceExportReservationListInput {
  body: {
    room_level_id: string
    need_topic?: boolean
    start_time: string
    end_time: string
    room_ids?: string[]
    is_exclude?: boolean
  }
}

/** `data` of a successful {@link resourceExportReservationList} response. */
export interface ResourceExportReservationListOutput {
  task_id?: string
}

/**
 * `vc.v1.export.resource_reservation_list`: POST /open-apis/vc/v1/exports/resource_reservation_list (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=resource_reservation_list&project=vc&resource=export&version=v1
 */
export const resourceExportReservationList = /*#__PURE__*/ endpoint<ResourceExportReservationListInput, ResourceExportReservationListOutput>({
  id: 'vc.v1.export.resource_reservation_list',
  method: 'POST',
  path: '/open-apis/vc/v1/exports/resource_reservation_list',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      body: looseObject({
        room_level_id: string(),
        need_topic: optional(boolean()),
        start_time: string(),
        end_time: string(),
        room_ids: optional(array(string())),
        is_exclude: optional(boolean()),
      }),
    }),
})
