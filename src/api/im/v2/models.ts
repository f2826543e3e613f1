// Generated from catalog/im.v2.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, picklist, record, string } from '../../../core/valibot.ts'
import type { AppFeedCard, Button, FailedCard, FailedUserReason, I18nName, TagInfo } from './types.ts'

/** Builds the schema of {@link AppFeedCard}. */
export function AppFeedCardSchema(): GenericSchema<AppFeedCard> {
  return looseObject({
    biz_id: optional(string()),
    title: optional(string()),
    avatar_key: optional(string()),
    preview: optional(string()),
    status_label: optional(looseObject({
      text: string(),
      type: picklist(['primary', 'secondary', 'success', 'danger']),
    })),
    buttons: optional(looseObject({ buttons: array(ButtonSchema()) })),
    link: optional(looseObject({ link: optional(string()) })),
    time_sensitive: optional(boolean()),
    notify: optional(looseObject({
      close_notify: optional(boolean()),
      custom_sound_text: optional(string()),
      with_custom_sound: optional(boolean()),
    })),
  })
}

/** Builds the schema of {@link Button}. */
export function ButtonSchema(): GenericSchema<Button> {
  return looseObject({
    multi_url: optional(looseObject({
      url: optional(string()),
      android_url: optional(string()),
      ios_url: optional(string()),
      pc_url: optional(string()),
    })),
    action_type: picklist(['url_page', 'webhook']),
    text: looseObject({ text: string() }),
    button_type: optional(picklist(['default', 'primary', 'success'])),
    action_map: optional(record(string(), string())),
  })
}

/** Builds the schema of {@link FailedCard}. */
export function FailedCardSchema(): GenericSchema<FailedCard> {
  return looseObject({ biz_id: string(), user_id: string(), reason: optional(picklist(['0', '1', '2', '3', '4'])) })
}

/** Builds the schema of {@link FailedUserReason}. */
export function FailedUserReasonSchema(): GenericSchema<FailedUserReason> {
  return looseObject({ error_code: optional(number()), error_message: optional(string()), user_id: optional(string()) })
}

/** Builds the schema of {@link I18nName}. */
export function I18nNameSchema(): GenericSchema<I18nName> {
  return looseObject({ locale: string(), name: optional(string()) })
}

/** Builds the schema of {@link TagInfo}. */
export function TagInfoSchema(): GenericSchema<TagInfo> {
  return looseObject({
    id: optional(string()),
    tag_type: optional(string()),
    name: optional(string()),
    i18n_names: optional(array(looseObject({ locale: optional(string()), name: optional(string()) }))),
    create_time: optional(string()),
    update_time: optional(string()),
  })
}
