// Generated from catalog/application.v6.json by codegen. Do not edit; run `npm run generate`.

/** Shared shape `Ability` of catalog/application.v6.json. */
export interface Ability {
  gadget?: {
    enable_pc_mode?: number
    schema_urls?: string[]
    pc_use_mobile_pkg?: boolean
    pc_version?: string
    mobile_version?: string
    mobile_min_lark_version?: string
    pc_min_lark_version?: string
  }
  web_app?: RedirectLink
  bot?: {
    card_request_url?: string
    bot_menu_enable?: boolean
    bot_menus?: {
      menu_id?: string
      parent_menu_id?: string
      sort?: number
      default_name?: string
      i18n_name?: { [key: string]: string }
      redirect_link?: RedirectLink
      event_key?: string
      icon_file_key?: string
      ud_icon?: { token?: string; color?: string }
      menu_content_type?: number
    }[]
    bot_menu_display_strategy?: number
  }
  workplace_widgets?: { min_lark_version?: string }[]
  navigate?: { pc?: NavigateMobile; mobile?: NavigateMobile }
  cloud_doc?: {
    space_url?: string
    i18n?: {
      i18n_key: 'zh_cn' | 'en_us' | 'ja_jp'
      name?: string
      read_description?: string
      write_description?: string
    }[]
    icon_url?: string
    mode?: number
  }
  docs_blocks?: { block_type_id?: string; i18n?: DocsBlockI18n[]; mobile_icon_url?: string; pc_icon_url?: string }[]
  message_action?: { pc_app_link?: string; mobile_app_link?: string; i18n?: DocsBlockI18n[] }
  plus_menu?: { pc_app_link?: string; mobile_app_link?: string }
}

/** Shared shape `Add` of catalog/application.v6.json. */
export interface Add {
  type: 'administrator' | 'developer' | 'operator'
  user_id: string
}

/** Shared shape `AddVisibleList` of catalog/application.v6.json. */
export interface AddVisibleList {
  user_ids?: string[]
  department_ids?: string[]
  group_ids?: string[]
}

/** Shared shape `App` of catalog/application.v6.json. */
export interface App {
  app_id: string
  creator_id?: string
  status?: number
  scene_type?: number
  payment_type?: number
  create_source?: 'unknown' | 'developer_console' | 'base' | 'app_engine' | 'bot_builder' | 'aily'
  redirect_urls?: string[]
  online_version_id?: string
  unaudit_version_id?: string
  app_name?: string
  avatar_url?: string
  description?: string
  scopes?: Scope[]
  back_home_url?: string
  i18n?: I18n[]
  primary_language?: 'zh_cn' | 'en_us' | 'ja_jp'
  common_categories?: string[]
  owner?: Owner
  mobile_default_ability?: 'bot' | 'gadget' | 'web_app'
  pc_default_ability?: 'bot' | 'gadget' | 'web_app'
  secret?: string
  event?: Event
  callback?: Callback
  encryption?: Encryption
  security?: Security
  allow_refresh_token?: boolean
  callback_info?: CallbackInfo
}

/** Shared shape `AppVersion` of catalog/application.v6.json. */
export interface AppVersion {
  app_id: string
  version?: string
  version_id: string
  app_name?: string
  avatar_url?: string
  description?: string
  scopes?: Scope[]
  back_home_url?: string
  i18n?: I18n[]
  common_categories?: string[]
  events?: string[]
  status?: number
  create_time?: string
  publish_time?: string
  ability?: Ability
  remark?: {
    remark?: string
    update_remark?: string
    visibility?: { is_all?: boolean; visible_list?: VisibleList; invisible_list?: VisibleList }
  }
  event_infos?: { event_type?: string; event_name?: string; event_description?: string }[]
}

/** Shared shape `Callback` of catalog/application.v6.json. */
export interface Callback {
  callback_type?: string
  request_url?: string
  subscribed_callbacks?: string[]
}

/** Shared shape `CallbackInfo` of catalog/application.v6.json. */
export interface CallbackInfo {
  callback_type?: 'webhook' | 'websocket'
  request_url?: string
  subscribed_callbacks?: string[]
}

/** Shared shape `ContactsRange` of catalog/application.v6.json. */
export interface ContactsRange {
  contacts_scope_type?: 'all' | 'equal_to_availability' | 'some'
  visible_list?: VisibleList
}

/** Shared shape `DistributedRecommendItemInfo` of catalog/application.v6.json. */
export interface DistributedRecommendItemInfo {
  item_id?: string
  item_type?: 'link' | 'application'
  name?: string
  description?: string
  link_url?: string
  client_id?: string
  icon_url?: string
  default_locale?: 'zh_cn' | 'en_us' | 'ja_jp' | 'zh_hk' | 'zh_tw'
  i18n_name?: { zh_cn?: string; zh_hk?: string; zh_tw?: string; en_us?: string; ja_jp?: string }
}

/** Shared shape `DocsBlockI18n` of catalog/application.v6.json. */
export interface DocsBlockI18n {
  i18n_key?: 'zh_cn' | 'en_us' | 'ja_jp'
  name?: string
}

/** Shared shape `Encryption` of catalog/application.v6.json. */
export interface Encryption {
  encryption_key?: string
  verification_token?: string
}

/** Shared shape `Event` of catalog/application.v6.json. */
export interface Event {
  subscription_type?: string
  request_url?: string
  subscribed_events?: string[]
}

/** Shared shape `I18n` of catalog/application.v6.json. */
export interface I18n {
  i18n_key:
    | 'zh_cn'
    | 'en_us'
    | 'ja_jp'
    | 'zh_hk'
    | 'zh_tw'
    | 'id_id'
    | 'ms_my'
    | 'de_de'
    | 'es_es'
    | 'fr_fr'
    | 'it_it'
    | 'pt_br'
    | 'vi_vn'
    | 'ru_ru'
    | 'th_th'
    | 'ko_kr'
  name?: string
  description?: string
  help_use?: string
}

/** Shared shape `Item` of catalog/application.v6.json. */
export interface Item {
  metric_name: string
  metric_value: number
}

/** Shared shape `Mobile` of catalog/application.v6.json. */
export interface Mobile {
  web_app?: number
  gadget?: number
}

/** Shared shape `NavigateMobile` of catalog/application.v6.json. */
export interface NavigateMobile {
  version?: string
  image_url?: string
  hover_image_url?: string
}

/** Shared shape `Owner` of catalog/application.v6.json. */
export interface Owner {
  type: number
  owner_id?: string
  name?: string
  help_desk?: string
  email?: string
  phone?: string
  customer_service_account?: string
}

/** Shared shape `RedirectLink` of catalog/application.v6.json. */
export interface RedirectLink {
  pc_url?: string
  mobile_url?: string
}

/** Shared shape `Scope` of catalog/application.v6.json. */
export interface Scope {
  scope: string
  description?: string
  level?: number
  token_types?: ('user' | 'tenant')[]
}

/** Shared shape `Security` of catalog/application.v6.json. */
export interface Security {
  redirect_urls?: string[]
  allowed_ips?: string[]
  h5_trusted_domains?: string[]
  web_view_trusted_domains?: string[]
  allowed_schemas?: string[]
  allowed_server_domains?: string[]
}

/** Shared shape `UnderauditlistItem` of catalog/application.v6.json. */
export interface UnderauditlistItem {
  app_id: string
  creator_id?: string
  status?: number
  scene_type?: number
  payment_type?: number
  create_source?: 'developer_console' | 'base' | 'app_engine' | 'bot_builder' | 'aily' | 'unknown'
  redirect_urls?: string[]
  online_version_id?: string
  unaudit_version_id?: string
  app_name?: string
  avatar_url?: string
  description?: string
  scopes?: { scope: string; description?: string; level?: number; token_types?: ('tenant' | 'user')[] }[]
  back_home_url?: string
  i18n?: I18n[]
  primary_language?: 'zh_cn' | 'en_us' | 'ja_jp'
  common_categories?: string[]
  owner?: Owner
  mobile_default_ability?: 'gadget' | 'web_app' | 'bot'
  pc_default_ability?: 'gadget' | 'web_app' | 'bot'
  secret?: string
  event?: Event
  callback?: Callback
  encryption?: Encryption
  security?: Security
  allow_refresh_token?: boolean
  callback_info?: CallbackInfo
}

/** Shared shape `VisibleList` of catalog/application.v6.json. */
export interface VisibleList {
  open_ids?: string[]
  department_ids?: string[]
  group_ids?: string[]
}
