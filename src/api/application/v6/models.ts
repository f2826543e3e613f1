// Generated from catalog/application.v6.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, picklist, record, string } from '../../../core/valibot.ts'
import type {
  Ability,
  Add,
  AddVisibleList,
  App,
  AppVersion,
  Callback,
  CallbackInfo,
  ContactsRange,
  DistributedRecommendItemInfo,
  DocsBlockI18n,
  Encryption,
  Event,
  I18n,
  Item,
  Mobile,
  NavigateMobile,
  Owner,
  RedirectLink,
  Scope,
  Security,
  UnderauditlistItem,
  VisibleList,
} from './types.ts'

/** Builds the schema of {@link Ability}. */
export function AbilitySchema(): GenericSchema<Ability> {
  return looseObject({
    gadget: optional(looseObject({
      enable_pc_mode: optional(number()),
      schema_urls: optional(array(string())),
      pc_use_mobile_pkg: optional(boolean()),
      pc_version: optional(string()),
      mobile_version: optional(string()),
      mobile_min_lark_version: optional(string()),
      pc_min_lark_version: optional(string()),
    })),
    web_app: optional(RedirectLinkSchema()),
    bot: optional(looseObject({
      card_request_url: optional(string()),
      bot_menu_enable: optional(boolean()),
      bot_menus: optional(array(looseObject({
        menu_id: optional(string()),
        parent_menu_id: optional(string()),
        sort: optional(number()),
        default_name: optional(string()),
        i18n_name: optional(record(string(), string())),
        redirect_link: optional(RedirectLinkSchema()),
        event_key: optional(string()),
        icon_file_key: optional(string()),
        ud_icon: optional(looseObject({ token: optional(string()), color: optional(string()) })),
        menu_content_type: optional(number()),
      }))),
      bot_menu_display_strategy: optional(number()),
    })),
    workplace_widgets: optional(array(looseObject({ min_lark_version: optional(string()) }))),
    navigate: optional(looseObject({ pc: optional(NavigateMobileSchema()), mobile: optional(NavigateMobileSchema()) })),
    cloud_doc: optional(looseObject({
      space_url: optional(string()),
      i18n: optional(array(looseObject({
        i18n_key: picklist(['zh_cn', 'en_us', 'ja_jp']),
        name: optional(string()),
        read_description: optional(string()),
        write_description: optional(string()),
      }))),
      icon_url: optional(string()),
      mode: optional(number()),
    })),
    docs_blocks: optional(array(looseObject({
      block_type_id: optional(string()),
      i18n: optional(array(DocsBlockI18nSchema())),
      mobile_icon_url: optional(string()),
      pc_icon_url: optional(string()),
    }))),
    message_action: optional(looseObject({
      pc_app_link: optional(string()),
      mobile_app_link: optional(string()),
      i18n: optional(array(DocsBlockI18nSchema())),
    })),
    plus_menu: optional(looseObject({ pc_app_link: optional(string()), mobile_app_link: optional(string()) })),
  })
}

/** Builds the schema of {@link Add}. */
export function AddSchema(): GenericSchema<Add> {
  return looseObject({ type: picklist(['administrator', 'developer', 'operator']), user_id: string() })
}

/** Builds the schema of {@link AddVisibleList}. */
export function AddVisibleListSchema(): GenericSchema<AddVisibleList> {
  return looseObject({
    user_ids: optional(array(string())),
    department_ids: optional(array(string())),
    group_ids: optional(array(string())),
  })
}

/** Builds the schema of {@link App}. */
export function AppSchema(): GenericSchema<App> {
  return looseObject({
    app_id: string(),
    creator_id: optional(string()),
    status: optional(number()),
    scene_type: optional(number()),
    payment_type: optional(number()),
    create_source: optional(picklist(['unknown', 'developer_console', 'base', 'app_engine', 'bot_builder', 'aily'])),
    redirect_urls: optional(array(string())),
    online_version_id: optional(string()),
    unaudit_version_id: optional(string()),
    app_name: optional(string()),
    avatar_url: optional(string()),
    description: optional(string()),
    scopes: optional(array(ScopeSchema())),
    back_home_url: optional(string()),
    i18n: optional(array(I18nSchema())),
    primary_language: optional(picklist(['zh_cn', 'en_us', 'ja_jp'])),
    common_categories: optional(array(string())),
    owner: optional(OwnerSchema()),
    mobile_default_ability: optional(picklist(['bot', 'gadget', 'web_app'])),
    pc_default_ability: optional(picklist(['bot', 'gadget', 'web_app'])),
    secret: optional(string()),
    event: optional(EventSchema()),
    callback: optional(CallbackSchema()),
    encryption: optional(EncryptionSchema()),
    security: optional(SecuritySchema()),
    allow_refresh_token: optional(boolean()),
    callback_info: optional(CallbackInfoSchema()),
  })
}

/** Builds the schema of {@link AppVersion}. */
export function AppVersionSchema(): GenericSchema<AppVersion> {
  return looseObject({
    app_id: string(),
    version: optional(string()),
    version_id: string(),
    app_name: optional(string()),
    avatar_url: optional(string()),
    description: optional(string()),
    scopes: optional(array(ScopeSchema())),
    back_home_url: optional(string()),
    i18n: optional(array(I18nSchema())),
    common_categories: optional(array(string())),
    events: optional(array(string())),
    status: optional(number()),
    create_time: optional(string()),
    publish_time: optional(string()),
    ability: optional(AbilitySchema()),
    remark: optional(looseObject({
      remark: optional(string()),
      update_remark: optional(string()),
      visibility: optional(looseObject({
        is_all: optional(boolean()),
        visible_list: optional(VisibleListSchema()),
        invisible_list: optional(VisibleListSchema()),
      })),
    })),
    event_infos: optional(array(looseObject({
      event_type: optional(string()),
      event_name: optional(string()),
      event_description: optional(string()),
    }))),
  })
}

/** Builds the schema of {@link Callback}. */
export function CallbackSchema(): GenericSchema<Callback> {
  return looseObject({
    callback_type: optional(string()),
    request_url: optional(string()),
    subscribed_callbacks: optional(array(string())),
  })
}

/** Builds the schema of {@link CallbackInfo}. */
export function CallbackInfoSchema(): GenericSchema<CallbackInfo> {
  return looseObject({
    callback_type: optional(picklist(['webhook', 'websocket'])),
    request_url: optional(string()),
    subscribed_callbacks: optional(array(string())),
  })
}

/** Builds the schema of {@link ContactsRange}. */
export function ContactsRangeSchema(): GenericSchema<ContactsRange> {
  return looseObject({
    contacts_scope_type: optional(picklist(['all', 'equal_to_availability', 'some'])),
    visible_list: optional(VisibleListSchema()),
  })
}

/** Builds the schema of {@link DistributedRecommendItemInfo}. */
export function DistributedRecommendItemInfoSchema(): GenericSchema<DistributedRecommendItemInfo> {
  return looseObject({
    item_id: optional(string()),
    item_type: optional(picklist(['link', 'application'])),
    name: optional(string()),
    description: optional(string()),
    link_url: optional(string()),
    client_id: optional(string()),
    icon_url: optional(string()),
    default_locale: optional(picklist(['zh_cn', 'en_us', 'ja_jp', 'zh_hk', 'zh_tw'])),
    i18n_name: optional(looseObject({
      zh_cn: optional(string()),
      zh_hk: optional(string()),
      zh_tw: optional(string()),
      en_us: optional(string()),
      ja_jp: optional(string()),
    })),
  })
}

/** Builds the schema of {@link DocsBlockI18n}. */
export function DocsBlockI18nSchema(): GenericSchema<DocsBlockI18n> {
  return looseObject({ i18n_key: optional(picklist(['zh_cn', 'en_us', 'ja_jp'])), name: optional(string()) })
}

/** Builds the schema of {@link Encryption}. */
export function EncryptionSchema(): GenericSchema<Encryption> {
  return looseObject({ encryption_key: optional(string()), verification_token: optional(string()) })
}

/** Builds the schema of {@link Event}. */
export function EventSchema(): GenericSchema<Event> {
  return looseObject({
    subscription_type: optional(string()),
    request_url: optional(string()),
    subscribed_events: optional(array(string())),
  })
}

/** Builds the schema of {@link I18n}. */
export function I18nSchema(): GenericSchema<I18n> {
  return looseObject({
    i18n_key: picklist([
      'zh_cn',
      'en_us',
      'ja_jp',
      'zh_hk',
      'zh_tw',
      'id_id',
      'ms_my',
      'de_de',
      'es_es',
      'fr_fr',
      'it_it',
      'pt_br',
      'vi_vn',
      'ru_ru',
      'th_th',
      'ko_kr',
    ]),
    name: optional(string()),
    description: optional(string()),
    help_use: optional(string()),
  })
}

/** Builds the schema of {@link Item}. */
export function ItemSchema(): GenericSchema<Item> {
  return looseObject({ metric_name: string(), metric_value: number() })
}

/** Builds the schema of {@link Mobile}. */
export function MobileSchema(): GenericSchema<Mobile> {
  return looseObject({ web_app: optional(number()), gadget: optional(number()) })
}

/** Builds the schema of {@link NavigateMobile}. */
export function NavigateMobileSchema(): GenericSchema<NavigateMobile> {
  return looseObject({
    version: optional(string()),
    image_url: optional(string()),
    hover_image_url: optional(string()),
  })
}

/** Builds the schema of {@link Owner}. */
export function OwnerSchema(): GenericSchema<Owner> {
  return looseObject({
    type: number(),
    owner_id: optional(string()),
    name: optional(string()),
    help_desk: optional(string()),
    email: optional(string()),
    phone: optional(string()),
    customer_service_account: optional(string()),
  })
}

/** Builds the schema of {@link RedirectLink}. */
export function RedirectLinkSchema(): GenericSchema<RedirectLink> {
  return looseObject({ pc_url: optional(string()), mobile_url: optional(string()) })
}

/** Builds the schema of {@link Scope}. */
export function ScopeSchema(): GenericSchema<Scope> {
  return looseObject({
    scope: string(),
    description: optional(string()),
    level: optional(number()),
    token_types: optional(array(picklist(['user', 'tenant']))),
  })
}

/** Builds the schema of {@link Security}. */
export function SecuritySchema(): GenericSchema<Security> {
  return looseObject({
    redirect_urls: optional(array(string())),
    allowed_ips: optional(array(string())),
    h5_trusted_domains: optional(array(string())),
    web_view_trusted_domains: optional(array(string())),
    allowed_schemas: optional(array(string())),
    allowed_server_domains: optional(array(string())),
  })
}

/** Builds the schema of {@link UnderauditlistItem}. */
export function UnderauditlistItemSchema(): GenericSchema<UnderauditlistItem> {
  return looseObject({
    app_id: string(),
    creator_id: optional(string()),
    status: optional(number()),
    scene_type: optional(number()),
    payment_type: optional(number()),
    create_source: optional(picklist(['developer_console', 'base', 'app_engine', 'bot_builder', 'aily', 'unknown'])),
    redirect_urls: optional(array(string())),
    online_version_id: optional(string()),
    unaudit_version_id: optional(string()),
    app_name: optional(string()),
    avatar_url: optional(string()),
    description: optional(string()),
    scopes: optional(array(looseObject({
      scope: string(),
      description: optional(string()),
      level: optional(number()),
      token_types: optional(array(picklist(['tenant', 'user']))),
    }))),
    back_home_url: optional(string()),
    i18n: optional(array(I18nSchema())),
    primary_language: optional(picklist(['zh_cn', 'en_us', 'ja_jp'])),
    common_categories: optional(array(string())),
    owner: optional(OwnerSchema()),
    mobile_default_ability: optional(picklist(['gadget', 'web_app', 'bot'])),
    pc_default_ability: optional(picklist(['gadget', 'web_app', 'bot'])),
    secret: optional(string()),
    event: optional(EventSchema()),
    callback: optional(CallbackSchema()),
    encryption: optional(EncryptionSchema()),
    security: optional(SecuritySchema()),
    allow_refresh_token: optional(boolean()),
    callback_info: optional(CallbackInfoSchema()),
  })
}

/** Builds the schema of {@link VisibleList}. */
export function VisibleListSchema(): GenericSchema<VisibleList> {
  return looseObject({
    open_ids: optional(array(string())),
    department_ids: optional(array(string())),
    group_ids: optional(array(string())),
  })
}
