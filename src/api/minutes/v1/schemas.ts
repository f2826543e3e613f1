// Generated from catalog/minutes.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, string } from '../../../core/valibot.ts'
import type {
  ArtifactsMinuteOutput,
  GetMinuteOutput,
  SearchMinuteOutput,
  SubscriptionMinuteOutput,
  UnsubscriptionMinuteOutput,
} from './minute.ts'
import type { GetMinuteMediaOutput } from './minute.media.ts'
import type { GetMinuteStatisticsOutput } from './minute.statistics.ts'

/** Schema of {@link ArtifactsMinuteOutput}, for opt-in response validation. */
export const ArtifactsMinuteOutputSchema: GenericSchema<ArtifactsMinuteOutput> = /*#__PURE__*/ (() => looseObject({
  summary: optional(string()),
  minute_chapters: optional(array(looseObject({
    title: optional(string()),
    start_ms: optional(string()),
    stop_ms: optional(string()),
    summary_content: optional(string()),
  }))),
  minute_todos: optional(array(looseObject({
    content: optional(string()),
    assignees: optional(array(string())),
    is_done: optional(boolean()),
    todo_id: optional(string()),
    operation: optional(string()),
  }))),
  keywords: optional(array(string())),
  transcript: optional(string()),
}))()

/** Schema of {@link GetMinuteOutput}, for opt-in response validation. */
export const GetMinuteOutputSchema: GenericSchema<GetMinuteOutput> = /*#__PURE__*/ (() => looseObject({
  minute: optional(looseObject({
    token: optional(string()),
    owner_id: optional(string()),
    create_time: optional(string()),
    title: optional(string()),
    cover: optional(string()),
    duration: optional(string()),
    url: optional(string()),
    note_id: optional(string()),
  })),
}))()

/** Schema of {@link SearchMinuteOutput}, for opt-in response validation. */
export const SearchMinuteOutputSchema: GenericSchema<SearchMinuteOutput> = /*#__PURE__*/ (() => looseObject({
  items: array(looseObject({
    token: string(),
    display_info: optional(string()),
    meta_data: optional(looseObject({
      app_link: optional(string()),
      avatar: optional(string()),
      description: optional(string()),
    })),
  })),
  total: optional(number()),
  has_more: boolean(),
  page_token: optional(string()),
  notice: optional(string()),
}))()

/** Schema of {@link SubscriptionMinuteOutput}, for opt-in response validation. */
export const SubscriptionMinuteOutputSchema: GenericSchema<SubscriptionMinuteOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link UnsubscriptionMinuteOutput}, for opt-in response validation. */
export const UnsubscriptionMinuteOutputSchema: GenericSchema<UnsubscriptionMinuteOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link GetMinuteMediaOutput}, for opt-in response validation. */
export const GetMinuteMediaOutputSchema: GenericSchema<GetMinuteMediaOutput> = /*#__PURE__*/ (() => looseObject({
  download_url: optional(string()),
}))()

/** Schema of {@link GetMinuteStatisticsOutput}, for opt-in response validation. */
export const GetMinuteStatisticsOutputSchema: GenericSchema<GetMinuteStatisticsOutput> = /*#__PURE__*/ (() => looseObject({
  statistics: optional(looseObject({
    user_view_count: optional(string()),
    page_view_count: optional(string()),
    user_view_list: optional(array(looseObject({ user_id: optional(string()), view_time: optional(string()) }))),
  })),
}))()
