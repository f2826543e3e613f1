// Generated from catalog/vc.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link getMeetingPullSubtitle}. */
export interface GetMeetingPullSubtitleInput {
  path: { meeting_id: string }
  query: {
    uid: string
    page_token?: string
    page_size?: string
    did: string
    user_id_type?: 'user_id' | 'union_id' | 'open_id'
  }
}

/** `data` of a successful {@link getMeetingPullSubtitle} response. */
export interface GetMeetingPullSubtitleOutput {
  has_more?: boolean
  page_token?: string
  meeting_subtitles?: {
    seg_id?: number
    subtitle?: {
      content?: string
      language?: string
      speaker_user_id?: number
      speaker_device_id?: number
      ssd_speaker?: { user_id?: string; speaker_id?: number; speaker_id_type?: number }
    }
  }[]
}

/**
 * `vc.v1.meeting.pull_subtitle.get`: GET /open-apis/vc/v1/meetings/:meeting_id/pull_subtitle (tenant or user token).
 *
 * Paginated over `meeting_subtitles`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=vc&resource=meeting.pull_subtitle&version=v1
 */
export const getMeetingPullSubtitle = /*#__PURE__*/ endpoint<GetMeetingPullSubtitleInput, GetMeetingPullSubtitleOutput, true>({
  id: 'vc.v1.meeting.pull_subtitle.get',
  method: 'GET',
  path: '/open-apis/vc/v1/meetings/:meeting_id/pull_subtitle',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ meeting_id: string() }),
      query: looseObject({
        uid: string(),
        page_token: optional(string()),
        page_size: optional(string()),
        did: string(),
        user_id_type: optional(picklist(['user_id', 'union_id', 'open_id'])),
      }),
    }),
  page: { items: 'meeting_subtitles' },
})
