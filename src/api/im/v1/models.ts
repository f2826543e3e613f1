// Generated from catalog/im.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, optional, picklist, string } from '../../../core/valibot.ts'
import type {
  ChatMenuItem,
  ChatMenuTopLevel,
  ChatTab,
  CreatePin,
  I18nNames,
  Item,
  ListItem,
  Mention,
  Operator,
  RedirectLink,
  RestrictedModeSetting,
  Sender,
  TabConfig,
  TabContent,
} from './types.ts'

/** Builds the schema of {@link ChatMenuItem}. */
export function ChatMenuItemSchema(): GenericSchema<ChatMenuItem> {
  return looseObject({
    action_type: optional(picklist(['NONE', 'REDIRECT_LINK'])),
    redirect_link: optional(RedirectLinkSchema()),
    image_key: optional(string()),
    name: optional(string()),
    i18n_names: optional(I18nNamesSchema()),
  })
}

/** Builds the schema of {@link ChatMenuTopLevel}. */
export function ChatMenuTopLevelSchema(): GenericSchema<ChatMenuTopLevel> {
  return looseObject({
    chat_menu_top_level_id: optional(string()),
    chat_menu_item: optional(ChatMenuItemSchema()),
    children: optional(array(looseObject({
      chat_menu_second_level_id: optional(string()),
      chat_menu_item: optional(ChatMenuItemSchema()),
    }))),
  })
}

/** Builds the schema of {@link ChatTab}. */
export function ChatTabSchema(): GenericSchema<ChatTab> {
  return looseObject({
    tab_id: optional(string()),
    tab_name: optional(string()),
    tab_type: picklist([
      'message',
      'doc_list',
      'doc',
      'pin',
      'meeting_minute',
      'chat_announcement',
      'url',
      'file',
      'files_resources',
      'images_videos',
      'task',
    ]),
    tab_content: optional(TabContentSchema()),
    tab_config: optional(TabConfigSchema()),
  })
}

/** Builds the schema of {@link CreatePin}. */
export function CreatePinSchema(): GenericSchema<CreatePin> {
  return looseObject({
    message_id: string(),
    chat_id: optional(string()),
    operator_id: optional(string()),
    operator_id_type: optional(string()),
    create_time: optional(string()),
  })
}

/** Builds the schema of {@link I18nNames}. */
export function I18nNamesSchema(): GenericSchema<I18nNames> {
  return looseObject({ zh_cn: optional(string()), en_us: optional(string()), ja_jp: optional(string()) })
}

/** Builds the schema of {@link Item}. */
export function ItemSchema(): GenericSchema<Item> {
  return looseObject({
    message_id: optional(string()),
    root_id: optional(string()),
    parent_id: optional(string()),
    thread_id: optional(string()),
    msg_type: optional(string()),
    create_time: optional(string()),
    update_time: optional(string()),
    deleted: optional(boolean()),
    updated: optional(boolean()),
    chat_id: optional(string()),
    sender: optional(SenderSchema()),
    body: optional(looseObject({ content: string() })),
    mentions: optional(array(MentionSchema())),
    upper_message_id: optional(string()),
    message_app_link: optional(string()),
    message_position: optional(string()),
    thread_message_position: optional(string()),
  })
}

/** Builds the schema of {@link ListItem}. */
export function ListItemSchema(): GenericSchema<ListItem> {
  return looseObject({
    chat_id: optional(string()),
    avatar: optional(string()),
    name: optional(string()),
    description: optional(string()),
    owner_id: optional(string()),
    owner_id_type: optional(string()),
    external: optional(boolean()),
    tenant_key: optional(string()),
    labels: optional(array(string())),
    chat_status: optional(picklist(['normal', 'dissolved', 'dissolved_save'])),
    chat_mode: optional(picklist(['group', 'p2p', 'topic'])),
    p2p_target_type: optional(picklist(['user', 'bot'])),
    p2p_target_id: optional(string()),
  })
}

/** Builds the schema of {@link Mention}. */
export function MentionSchema(): GenericSchema<Mention> {
  return looseObject({ key: string(), id: string(), id_type: string(), name: string(), tenant_key: optional(string()) })
}

/** Builds the schema of {@link Operator}. */
export function OperatorSchema(): GenericSchema<Operator> {
  return looseObject({ operator_id: string(), operator_type: picklist(['app', 'user']) })
}

/** Builds the schema of {@link RedirectLink}. */
export function RedirectLinkSchema(): GenericSchema<RedirectLink> {
  return looseObject({
    common_url: optional(string()),
    ios_url: optional(string()),
    android_url: optional(string()),
    pc_url: optional(string()),
    web_url: optional(string()),
  })
}

/** Builds the schema of {@link RestrictedModeSetting}. */
export function RestrictedModeSettingSchema(): GenericSchema<RestrictedModeSetting> {
  return looseObject({
    status: optional(boolean()),
    screenshot_has_permission_setting: optional(picklist(['all_members', 'not_anyone'])),
    download_has_permission_setting: optional(picklist(['all_members', 'not_anyone'])),
    message_has_permission_setting: optional(picklist(['all_members', 'not_anyone'])),
  })
}

/** Builds the schema of {@link Sender}. */
export function SenderSchema(): GenericSchema<Sender> {
  return looseObject({
    id: string(),
    id_type: string(),
    sender_type: string(),
    tenant_key: optional(string()),
    sender_name: optional(string()),
    open_bot_id: optional(string()),
    sender_i18n_names: optional(I18nNamesSchema()),
  })
}

/** Builds the schema of {@link TabConfig}. */
export function TabConfigSchema(): GenericSchema<TabConfig> {
  return looseObject({ icon_key: optional(string()), is_built_in: optional(boolean()) })
}

/** Builds the schema of {@link TabContent}. */
export function TabContentSchema(): GenericSchema<TabContent> {
  return looseObject({
    url: optional(string()),
    doc: optional(string()),
    meeting_minute: optional(string()),
    task: optional(string()),
  })
}
