// Generated from catalog/vc.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { ScreenSharing } from './types.ts'

/** Input of {@link getParticipantQualityList}. */
export interface GetParticipantQualityListInput {
  query: {
    meeting_start_time: string
    meeting_end_time: string
    meeting_no: string
    join_time: string
    user_id?: string
    room_id?: string
    page_size?: number
    page_token?: string
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
  }
}

/** `data` of a successful {@link getParticipantQualityList} response. */
export interface GetParticipantQualityListOutput {
  participant_quality_list?: {
    network?: {
      time?: string
      network_delay?: string
      bitrate_received?: string
      packet_loss_avg_received?: string
      packet_loss_max_received?: string
      bitrate_sent?: string
      packet_loss_avg_sent?: string
      packet_loss_max_sent?: string
    }
    audio?: {
      time?: string
      mic_input_volume?: string
      speaker_volume?: string
      bitrate_received?: string
      latency_received?: string
      jitter_received?: string
      bitrate_sent?: string
      latency_sent?: string
      jitter_sent?: string
    }
    video?: ScreenSharing
    screen_sharing?: ScreenSharing
    cpu_usage?: {
      time?: string
      client_avg_cpu_usage?: string
      client_max_cpu_usage?: string
      system_avg_cpu_usage?: string
      system_max_cpu_usage?: string
    }
  }[]
  page_token?: string
  has_more?: boolean
}

/**
 * `vc.v1.participant_quality_list.get`: GET /open-apis/vc/v1/participant_quality_list (tenant or user token).
 *
 * Paginated over `participant_quality_list`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=vc&resource=participant_quality_list&version=v1
 */
export const getParticipantQualityList = /*#__PURE__*/ endpoint<GetParticipantQualityListInput, GetParticipantQualityListOutput, true>({
  id: 'vc.v1.participant_quality_list.get',
  method: 'GET',
  path: '/open-apis/vc/v1/participant_quality_list',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: looseObject({
        meeting_start_time: string(),
        meeting_end_time: string(),
        meeting_no: string(),
        join_time: string(),
        user_id: optional(string()),
        room_id: optional(string()),
        page_size: optional(number()),
        page_token: optional(string()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
      }),
    }),
  page: { items: 'participant_quality_list' },
})
