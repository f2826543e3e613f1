// Generated from catalog/im.v2.json by codegen. Do not edit; run `npm run generate`.

/** Shared shape `AppFeedCard` of catalog/im.v2.json. */
export interface AppFeedCard {
  biz_id?: string
  title?: string
  avatar_key?: string
  preview?: string
  status_label?: { text: string; type: 'primary' | 'secondary' | 'success' | 'danger' }
  buttons?: { buttons: Button[] }
  link?: { link?: string }
  time_sensitive?: boolean
  notify?: { close_notify?: boolean; custom_sound_text?: string; with_custom_sound?: boolean }
}

/** Shared shape `Button` of catalog/im.v2.json. */
export interface Button {
  multi_url?: { url?: string; android_url?: string; ios_url?: string; pc_url?: string }
  action_type: 'url_page' | 'webhook'
  text: { text: string }
  button_type?: 'default' | 'primary' | 'success'
  action_map?: { [key: string]: string }
}

/** Shared shape `FailedCard` of catalog/im.v2.json. */
export interface FailedCard {
  biz_id: string
  user_id: string
  reason?: '0' | '1' | '2' | '3' | '4'
}

/** Shared shape `FailedUserReason` of catalog/im.v2.json. */
export interface FailedUserReason {
  error_code?: number
  error_message?: string
  user_id?: string
}

/** Shared shape `I18nName` of catalog/im.v2.json. */
export interface I18nName {
  locale: string
  name?: string
}

/** Shared shape `TagInfo` of catalog/im.v2.json. */
export interface TagInfo {
  id?: string
  tag_type?: string
  name?: string
  i18n_names?: { locale?: string; name?: string }[]
  create_time?: string
  update_time?: string
}
