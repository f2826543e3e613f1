// Generated from catalog/im.v1.json by codegen. Do not edit; run `npm run generate`.

/** Shared shape `ChatMenuItem` of catalog/im.v1.json. */
export interface ChatMenuItem {
  action_type?: 'NONE' | 'REDIRECT_LINK'
  redirect_link?: RedirectLink
  image_key?: string
  name?: string
  i18n_names?: I18nNames
}

/** Shared shape `ChatMenuTopLevel` of catalog/im.v1.json. */
export interface ChatMenuTopLevel {
  chat_menu_top_level_id?: string
  chat_menu_item?: ChatMenuItem
  children?: { chat_menu_second_level_id?: string; chat_menu_item?: ChatMenuItem }[]
}

/** Shared shape `ChatTab` of catalog/im.v1.json. */
export interface ChatTab {
  tab_id?: string
  tab_name?: string
  tab_type:
    | 'message'
    | 'doc_list'
    | 'doc'
    | 'pin'
    | 'meeting_minute'
    | 'chat_announcement'
    | 'url'
    | 'file'
    | 'files_resources'
    | 'images_videos'
    | 'task'
  tab_content?: TabContent
  tab_config?: TabConfig
}

/** Shared shape `CreatePin` of catalog/im.v1.json. */
export interface CreatePin {
  message_id: string
  chat_id?: string
  operator_id?: string
  operator_id_type?: string
  create_time?: string
}

/** Shared shape `I18nNames` of catalog/im.v1.json. */
export interface I18nNames {
  zh_cn?: string
  en_us?: string
  ja_jp?: string
}

/** Shared shape `Item` of catalog/im.v1.json. */
export interface Item {
  message_id?: string
  root_id?: string
  parent_id?: string
  thread_id?: string
  msg_type?: string
  create_time?: string
  update_time?: string
  deleted?: boolean
  updated?: boolean
  chat_id?: string
  sender?: Sender
  body?: { content: string }
  mentions?: Mention[]
  upper_message_id?: string
  message_app_link?: string
  message_position?: string
  thread_message_position?: string
}

/** Shared shape `ListItem` of catalog/im.v1.json. */
export interface ListItem {
  chat_id?: string
  avatar?: string
  name?: string
  description?: string
  owner_id?: string
  owner_id_type?: string
  external?: boolean
  tenant_key?: string
  labels?: string[]
  chat_status?: 'normal' | 'dissolved' | 'dissolved_save'
  chat_mode?: 'group' | 'p2p' | 'topic'
  p2p_target_type?: 'user' | 'bot'
  p2p_target_id?: string
}

/** Shared shape `Mention` of catalog/im.v1.json. */
export interface Mention {
  key: string
  id: string
  id_type: string
  name: string
  tenant_key?: string
}

/** Shared shape `Operator` of catalog/im.v1.json. */
export interface Operator {
  operator_id: string
  operator_type: 'app' | 'user'
}

/** Shared shape `RedirectLink` of catalog/im.v1.json. */
export interface RedirectLink {
  common_url?: string
  ios_url?: string
  android_url?: string
  pc_url?: string
  web_url?: string
}

/** Shared shape `RestrictedModeSetting` of catalog/im.v1.json. */
export interface RestrictedModeSetting {
  status?: boolean
  screenshot_has_permission_setting?: 'all_members' | 'not_anyone'
  download_has_permission_setting?: 'all_members' | 'not_anyone'
  message_has_permission_setting?: 'all_members' | 'not_anyone'
}

/** Shared shape `Sender` of catalog/im.v1.json. */
export interface Sender {
  id: string
  id_type: string
  sender_type: string
  tenant_key?: string
  sender_name?: string
  open_bot_id?: string
  sender_i18n_names?: I18nNames
}

/** Shared shape `TabConfig` of catalog/im.v1.json. */
export interface TabConfig {
  icon_key?: string
  is_built_in?: boolean
}

/** Shared shape `TabContent` of catalog/im.v1.json. */
export interface TabContent {
  url?: string
  doc?: string
  meeting_minute?: string
  task?: string
}
