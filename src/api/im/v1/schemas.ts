// Generated from catalog/im.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import {
  ChatMenuItemSchema,
  ChatMenuTopLevelSchema,
  ChatTabSchema,
  CreatePinSchema,
  I18nNamesSchema,
  ItemSchema,
  ListItemSchema,
  MentionSchema,
  OperatorSchema,
  RestrictedModeSettingSchema,
  SenderSchema,
} from './models.ts'
import type {
  DeleteBatchMessageOutput,
  GetBatchMessageProgressOutput,
  ReadBatchMessageUserOutput,
} from './batch_message.ts'
import type {
  CreateChatOutput,
  DeleteChatOutput,
  GetChatOutput,
  LinkChatOutput,
  ListChatOutput,
  SearchChatOutput,
  UpdateChatOutput,
} from './chat.ts'
import type { GetChatAnnouncementOutput, PatchChatAnnouncementOutput } from './chat.announcement.ts'
import type { AddChatManagersManagersOutput, DeleteChatManagersManagersOutput } from './chat.managers.ts'
import type {
  CreateChatMembersOutput,
  DeleteChatMembersOutput,
  GetChatMembersOutput,
  IsChatMembersInChatOutput,
  MeChatMembersJoinOutput,
} from './chat.members.ts'
import type { PatchChatMenuItemOutput } from './chat.menu_item.ts'
import type {
  CreateChatMenuTreeOutput,
  DeleteChatMenuTreeOutput,
  GetChatMenuTreeOutput,
  SortChatMenuTreeOutput,
} from './chat.menu_tree.ts'
import type { GetChatModerationOutput, UpdateChatModerationOutput } from './chat.moderation.ts'
import type {
  CreateChatTabOutput,
  DeleteChatTabTabsOutput,
  ListChatTabTabsOutput,
  SortChatTabTabsOutput,
  UpdateChatTabTabsOutput,
} from './chat.tab.ts'
import type { DeleteChatTopNoticeTopNoticeOutput, PutChatTopNoticeTopNoticeOutput } from './chat.top_notice.ts'
import type { CreateFileOutput } from './file.ts'
import type { CreateImageOutput } from './image.ts'
import type {
  CreateMessageOutput,
  DeleteMessageOutput,
  ForwardMessageOutput,
  GetMessageOutput,
  ListMessageOutput,
  MergeMessageForwardOutput,
  PatchMessageOutput,
  PushMessageFollowUpOutput,
  ReadMessageUsersOutput,
  ReplyMessageOutput,
  SearchMessageOutput,
  UpdateMessageOutput,
  UrgentMessageAppOutput,
  UrgentMessagePhoneOutput,
  UrgentMessageSmsOutput,
} from './message.ts'
import type {
  BatchQueryMessageReactionOutput,
  CreateMessageReactionOutput,
  DeleteMessageReactionOutput,
  ListMessageReactionOutput,
} from './message.reaction.ts'
import type { CreatePinOutput, DeletePinOutput, ListPinOutput } from './pin.ts'
import type { ForwardThreadOutput } from './thread.ts'

/** Schema of {@link DeleteBatchMessageOutput}, for opt-in response validation. */
export const DeleteBatchMessageOutputSchema: GenericSchema<DeleteBatchMessageOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link GetBatchMessageProgressOutput}, for opt-in response validation. */
export const GetBatchMessageProgressOutputSchema: GenericSchema<GetBatchMessageProgressOutput> = /*#__PURE__*/ (() => looseObject({
  batch_message_send_progress: optional(looseObject({
    valid_user_ids_count: optional(number()),
    success_user_ids_count: optional(number()),
    read_user_ids_count: optional(number()),
  })),
  batch_message_recall_progress: optional(looseObject({
    recall: optional(boolean()),
    recall_count: optional(number()),
  })),
}))()

/** Schema of {@link ReadBatchMessageUserOutput}, for opt-in response validation. */
export const ReadBatchMessageUserOutputSchema: GenericSchema<ReadBatchMessageUserOutput> = /*#__PURE__*/ (() => looseObject({
  read_user: optional(looseObject({ read_count: string(), total_count: string() })),
}))()

/** Schema of {@link CreateChatOutput}, for opt-in response validation. */
export const CreateChatOutputSchema: GenericSchema<CreateChatOutput> = /*#__PURE__*/ (() => looseObject({
  chat_id: optional(string()),
  avatar: optional(string()),
  name: optional(string()),
  description: optional(string()),
  i18n_names: optional(I18nNamesSchema()),
  owner_id: optional(string()),
  owner_id_type: optional(string()),
  urgent_setting: optional(picklist(['all_members', 'only_owner'])),
  video_conference_setting: optional(picklist(['all_members', 'only_owner'])),
  pin_manage_setting: optional(picklist(['all_members', 'only_owner'])),
  add_member_permission: optional(string()),
  share_card_permission: optional(string()),
  at_all_permission: optional(string()),
  edit_permission: optional(string()),
  group_message_type: optional(string()),
  chat_mode: optional(string()),
  chat_type: optional(string()),
  chat_tag: optional(string()),
  external: optional(boolean()),
  tenant_key: optional(string()),
  join_message_visibility: optional(string()),
  leave_message_visibility: optional(string()),
  membership_approval: optional(string()),
  moderation_permission: optional(string()),
  labels: optional(array(string())),
  toolkit_ids: optional(array(string())),
  restricted_mode_setting: optional(RestrictedModeSettingSchema()),
  hide_member_count_setting: optional(picklist(['all_members', 'only_owner'])),
}))()

/** Schema of {@link DeleteChatOutput}, for opt-in response validation. */
export const DeleteChatOutputSchema: GenericSchema<DeleteChatOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link GetChatOutput}, for opt-in response validation. */
export const GetChatOutputSchema: GenericSchema<GetChatOutput> = /*#__PURE__*/ (() => looseObject({
  avatar: optional(string()),
  name: optional(string()),
  description: optional(string()),
  i18n_names: optional(I18nNamesSchema()),
  add_member_permission: optional(string()),
  share_card_permission: optional(string()),
  at_all_permission: optional(string()),
  edit_permission: optional(string()),
  owner_id_type: optional(string()),
  owner_id: optional(string()),
  user_manager_id_list: optional(array(string())),
  bot_manager_id_list: optional(array(string())),
  group_message_type: optional(string()),
  chat_mode: optional(string()),
  chat_type: optional(string()),
  chat_tag: optional(string()),
  join_message_visibility: optional(string()),
  leave_message_visibility: optional(string()),
  membership_approval: optional(string()),
  moderation_permission: optional(string()),
  external: optional(boolean()),
  tenant_key: optional(string()),
  user_count: optional(string()),
  bot_count: optional(string()),
  labels: optional(array(string())),
  toolkit_ids: optional(array(string())),
  restricted_mode_setting: optional(RestrictedModeSettingSchema()),
  urgent_setting: optional(picklist(['all_members', 'only_owner'])),
  video_conference_setting: optional(picklist(['all_members', 'only_owner'])),
  pin_manage_setting: optional(picklist(['all_members', 'only_owner'])),
  hide_member_count_setting: optional(picklist(['all_members', 'only_owner'])),
  chat_status: optional(picklist(['normal', 'dissolved', 'dissolved_save'])),
}))()

/** Schema of {@link LinkChatOutput}, for opt-in response validation. */
export const LinkChatOutputSchema: GenericSchema<LinkChatOutput> = /*#__PURE__*/ (() => looseObject({
  share_link: optional(string()),
  expire_time: optional(string()),
  is_permanent: optional(boolean()),
}))()

/** Schema of {@link ListChatOutput}, for opt-in response validation. */
export const ListChatOutputSchema: GenericSchema<ListChatOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(ListItemSchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link SearchChatOutput}, for opt-in response validation. */
export const SearchChatOutputSchema: GenericSchema<SearchChatOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(ListItemSchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link UpdateChatOutput}, for opt-in response validation. */
export const UpdateChatOutputSchema: GenericSchema<UpdateChatOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link GetChatAnnouncementOutput}, for opt-in response validation. */
export const GetChatAnnouncementOutputSchema: GenericSchema<GetChatAnnouncementOutput> = /*#__PURE__*/ (() => looseObject({
  content: optional(string()),
  revision: optional(string()),
  create_time: optional(string()),
  update_time: optional(string()),
  owner_id_type: optional(picklist(['user_id', 'union_id', 'open_id', 'app_id'])),
  owner_id: optional(string()),
  modifier_id_type: optional(picklist(['user_id', 'union_id', 'open_id', 'app_id'])),
  modifier_id: optional(string()),
}))()

/** Schema of {@link PatchChatAnnouncementOutput}, for opt-in response validation. */
export const PatchChatAnnouncementOutputSchema: GenericSchema<PatchChatAnnouncementOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link AddChatManagersManagersOutput}, for opt-in response validation. */
export const AddChatManagersManagersOutputSchema: GenericSchema<AddChatManagersManagersOutput> = /*#__PURE__*/ (() => looseObject({
  chat_managers: optional(array(string())),
  chat_bot_managers: optional(array(string())),
}))()

/** Schema of {@link DeleteChatManagersManagersOutput}, for opt-in response validation. */
export const DeleteChatManagersManagersOutputSchema: GenericSchema<DeleteChatManagersManagersOutput> = /*#__PURE__*/ (() => looseObject({
  chat_managers: optional(array(string())),
  chat_bot_managers: optional(array(string())),
}))()

/** Schema of {@link CreateChatMembersOutput}, for opt-in response validation. */
export const CreateChatMembersOutputSchema: GenericSchema<CreateChatMembersOutput> = /*#__PURE__*/ (() => looseObject({
  invalid_id_list: optional(array(string())),
  not_existed_id_list: optional(array(string())),
  pending_approval_id_list: optional(array(string())),
}))()

/** Schema of {@link DeleteChatMembersOutput}, for opt-in response validation. */
export const DeleteChatMembersOutputSchema: GenericSchema<DeleteChatMembersOutput> = /*#__PURE__*/ (() => looseObject({
  invalid_id_list: optional(array(string())),
}))()

/** Schema of {@link GetChatMembersOutput}, for opt-in response validation. */
export const GetChatMembersOutputSchema: GenericSchema<GetChatMembersOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    member_id_type: optional(string()),
    member_id: optional(string()),
    name: optional(string()),
    tenant_key: optional(string()),
  }))),
  page_token: optional(string()),
  has_more: optional(boolean()),
  member_total: optional(number()),
  trigger_security_conf_limit: optional(boolean()),
  security_conf_limit: optional(number()),
}))()

/** Schema of {@link IsChatMembersInChatOutput}, for opt-in response validation. */
export const IsChatMembersInChatOutputSchema: GenericSchema<IsChatMembersInChatOutput> = /*#__PURE__*/ (() => looseObject({
  is_in_chat: optional(boolean()),
}))()

/** Schema of {@link MeChatMembersJoinOutput}, for opt-in response validation. */
export const MeChatMembersJoinOutputSchema: GenericSchema<MeChatMembersJoinOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link PatchChatMenuItemOutput}, for opt-in response validation. */
export const PatchChatMenuItemOutputSchema: GenericSchema<PatchChatMenuItemOutput> = /*#__PURE__*/ (() => looseObject({
  chat_menu_item: optional(ChatMenuItemSchema()),
}))()

/** Schema of {@link CreateChatMenuTreeOutput}, for opt-in response validation. */
export const CreateChatMenuTreeOutputSchema: GenericSchema<CreateChatMenuTreeOutput> = /*#__PURE__*/ (() => looseObject({
  menu_tree: optional(looseObject({ chat_menu_top_levels: optional(array(ChatMenuTopLevelSchema())) })),
}))()

/** Schema of {@link DeleteChatMenuTreeOutput}, for opt-in response validation. */
export const DeleteChatMenuTreeOutputSchema: GenericSchema<DeleteChatMenuTreeOutput> = /*#__PURE__*/ (() => looseObject({
  menu_tree: optional(looseObject({ chat_menu_top_levels: optional(array(ChatMenuTopLevelSchema())) })),
}))()

/** Schema of {@link GetChatMenuTreeOutput}, for opt-in response validation. */
export const GetChatMenuTreeOutputSchema: GenericSchema<GetChatMenuTreeOutput> = /*#__PURE__*/ (() => looseObject({
  menu_tree: optional(looseObject({ chat_menu_top_levels: optional(array(ChatMenuTopLevelSchema())) })),
}))()

/** Schema of {@link SortChatMenuTreeOutput}, for opt-in response validation. */
export const SortChatMenuTreeOutputSchema: GenericSchema<SortChatMenuTreeOutput> = /*#__PURE__*/ (() => looseObject({
  menu_tree: optional(looseObject({ chat_menu_top_levels: optional(array(ChatMenuTopLevelSchema())) })),
}))()

/** Schema of {@link GetChatModerationOutput}, for opt-in response validation. */
export const GetChatModerationOutputSchema: GenericSchema<GetChatModerationOutput> = /*#__PURE__*/ (() => looseObject({
  moderation_setting: optional(string()),
  page_token: optional(string()),
  has_more: optional(boolean()),
  items: optional(array(looseObject({
    user_id_type: optional(string()),
    user_id: optional(string()),
    tenant_key: optional(string()),
  }))),
}))()

/** Schema of {@link UpdateChatModerationOutput}, for opt-in response validation. */
export const UpdateChatModerationOutputSchema: GenericSchema<UpdateChatModerationOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link CreateChatTabOutput}, for opt-in response validation. */
export const CreateChatTabOutputSchema: GenericSchema<CreateChatTabOutput> = /*#__PURE__*/ (() => looseObject({
  chat_tabs: optional(array(ChatTabSchema())),
}))()

/** Schema of {@link DeleteChatTabTabsOutput}, for opt-in response validation. */
export const DeleteChatTabTabsOutputSchema: GenericSchema<DeleteChatTabTabsOutput> = /*#__PURE__*/ (() => looseObject({
  chat_tabs: optional(array(ChatTabSchema())),
}))()

/** Schema of {@link ListChatTabTabsOutput}, for opt-in response validation. */
export const ListChatTabTabsOutputSchema: GenericSchema<ListChatTabTabsOutput> = /*#__PURE__*/ (() => looseObject({
  chat_tabs: optional(array(ChatTabSchema())),
}))()

/** Schema of {@link SortChatTabTabsOutput}, for opt-in response validation. */
export const SortChatTabTabsOutputSchema: GenericSchema<SortChatTabTabsOutput> = /*#__PURE__*/ (() => looseObject({
  chat_tabs: optional(array(ChatTabSchema())),
}))()

/** Schema of {@link UpdateChatTabTabsOutput}, for opt-in response validation. */
export const UpdateChatTabTabsOutputSchema: GenericSchema<UpdateChatTabTabsOutput> = /*#__PURE__*/ (() => looseObject({
  chat_tabs: optional(array(ChatTabSchema())),
}))()

/** Schema of {@link DeleteChatTopNoticeTopNoticeOutput}, for opt-in response validation. */
export const DeleteChatTopNoticeTopNoticeOutputSchema: GenericSchema<DeleteChatTopNoticeTopNoticeOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link PutChatTopNoticeTopNoticeOutput}, for opt-in response validation. */
export const PutChatTopNoticeTopNoticeOutputSchema: GenericSchema<PutChatTopNoticeTopNoticeOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link CreateFileOutput}, for opt-in response validation. */
export const CreateFileOutputSchema: GenericSchema<CreateFileOutput> = /*#__PURE__*/ (() => looseObject({
  file_key: optional(string()),
}))()

/** Schema of {@link CreateImageOutput}, for opt-in response validation. */
export const CreateImageOutputSchema: GenericSchema<CreateImageOutput> = /*#__PURE__*/ (() => looseObject({
  image_key: optional(string()),
}))()

/** Schema of {@link CreateMessageOutput}, for opt-in response validation. */
export const CreateMessageOutputSchema: GenericSchema<CreateMessageOutput> = /*#__PURE__*/ (() => looseObject({
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
}))()

/** Schema of {@link DeleteMessageOutput}, for opt-in response validation. */
export const DeleteMessageOutputSchema: GenericSchema<DeleteMessageOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link ForwardMessageOutput}, for opt-in response validation. */
export const ForwardMessageOutputSchema: GenericSchema<ForwardMessageOutput> = /*#__PURE__*/ (() => looseObject({
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
}))()

/** Schema of {@link GetMessageOutput}, for opt-in response validation. */
export const GetMessageOutputSchema: GenericSchema<GetMessageOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(ItemSchema())),
}))()

/** Schema of {@link ListMessageOutput}, for opt-in response validation. */
export const ListMessageOutputSchema: GenericSchema<ListMessageOutput> = /*#__PURE__*/ (() => looseObject({
  has_more: optional(boolean()),
  page_token: optional(string()),
  items: optional(array(ItemSchema())),
}))()

/** Schema of {@link MergeMessageForwardOutput}, for opt-in response validation. */
export const MergeMessageForwardOutputSchema: GenericSchema<MergeMessageForwardOutput> = /*#__PURE__*/ (() => looseObject({
  message: optional(ItemSchema()),
  invalid_message_id_list: optional(array(string())),
}))()

/** Schema of {@link PatchMessageOutput}, for opt-in response validation. */
export const PatchMessageOutputSchema: GenericSchema<PatchMessageOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link PushMessageFollowUpOutput}, for opt-in response validation. */
export const PushMessageFollowUpOutputSchema: GenericSchema<PushMessageFollowUpOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link ReadMessageUsersOutput}, for opt-in response validation. */
export const ReadMessageUsersOutputSchema: GenericSchema<ReadMessageUsersOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    user_id_type: string(),
    user_id: string(),
    timestamp: string(),
    tenant_key: optional(string()),
  }))),
  has_more: boolean(),
  page_token: optional(string()),
}))()

/** Schema of {@link ReplyMessageOutput}, for opt-in response validation. */
export const ReplyMessageOutputSchema: GenericSchema<ReplyMessageOutput> = /*#__PURE__*/ (() => looseObject({
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
}))()

/** Schema of {@link SearchMessageOutput}, for opt-in response validation. */
export const SearchMessageOutputSchema: GenericSchema<SearchMessageOutput> = /*#__PURE__*/ (() => looseObject({
  items: array(looseObject({
    id: string(),
    display_info: optional(string()),
    meta_data: optional(looseObject({
      message_id: string(),
      type: optional(picklist([
        'unknown',
        'post',
        'file',
        'text',
        'image',
        'system',
        'audio',
        'email',
        'share_group_chat',
        'sticker',
        'merge_forward',
        'calendar',
        'cloud_file',
        'card',
        'media',
        'share_calendar_event',
        'hongbao',
        'general_calendar',
        'video_chat',
        'location',
        'commercialized_hongbao',
        'share_user_card',
        'todo',
        'folder',
        'diagnose',
        'vote',
        'link',
      ])),
      create_time: optional(string()),
      update_time: optional(string()),
      position: optional(number()),
      chat_id: optional(string()),
      from_id: optional(string()),
      thread_id: optional(string()),
      thread_position: optional(number()),
      is_p2p_chat: optional(boolean()),
    })),
  })),
  total: optional(number()),
  has_more: boolean(),
  page_token: optional(string()),
  notice: optional(string()),
}))()

/** Schema of {@link UpdateMessageOutput}, for opt-in response validation. */
export const UpdateMessageOutputSchema: GenericSchema<UpdateMessageOutput> = /*#__PURE__*/ (() => looseObject({
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
}))()

/** Schema of {@link UrgentMessageAppOutput}, for opt-in response validation. */
export const UrgentMessageAppOutputSchema: GenericSchema<UrgentMessageAppOutput> = /*#__PURE__*/ (() => looseObject({
  invalid_user_id_list: array(string()),
}))()

/** Schema of {@link UrgentMessagePhoneOutput}, for opt-in response validation. */
export const UrgentMessagePhoneOutputSchema: GenericSchema<UrgentMessagePhoneOutput> = /*#__PURE__*/ (() => looseObject({
  invalid_user_id_list: array(string()),
}))()

/** Schema of {@link UrgentMessageSmsOutput}, for opt-in response validation. */
export const UrgentMessageSmsOutputSchema: GenericSchema<UrgentMessageSmsOutput> = /*#__PURE__*/ (() => looseObject({
  invalid_user_id_list: array(string()),
}))()

/** Schema of {@link BatchQueryMessageReactionOutput}, for opt-in response validation. */
export const BatchQueryMessageReactionOutputSchema: GenericSchema<BatchQueryMessageReactionOutput> = /*#__PURE__*/ (() => looseObject({
  success_msg_reaction_details: optional(array(looseObject({
    message_id: optional(string()),
    has_more: optional(boolean()),
    page_token: optional(string()),
    message_reaction_items: optional(array(looseObject({
      reaction_id: optional(string()),
      operator: optional(OperatorSchema()),
      action_time: optional(string()),
      emoji_type: optional(string()),
    }))),
  }))),
  success_msg_reaction_counts: optional(array(looseObject({
    message_id: optional(string()),
    reaction_count: optional(array(looseObject({ reaction_type: optional(string()), count: optional(string()) }))),
  }))),
  fail_msg_reaction_details: optional(array(looseObject({
    message_id: optional(string()),
    fail_reason: optional(picklist(['invalid', 'invalid_page_token', 'no_permission'])),
  }))),
}))()

/** Schema of {@link CreateMessageReactionOutput}, for opt-in response validation. */
export const CreateMessageReactionOutputSchema: GenericSchema<CreateMessageReactionOutput> = /*#__PURE__*/ (() => looseObject({
  reaction_id: optional(string()),
  operator: optional(OperatorSchema()),
  action_time: optional(string()),
  reaction_type: optional(looseObject({ emoji_type: string() })),
}))()

/** Schema of {@link DeleteMessageReactionOutput}, for opt-in response validation. */
export const DeleteMessageReactionOutputSchema: GenericSchema<DeleteMessageReactionOutput> = /*#__PURE__*/ (() => looseObject({
  reaction_id: optional(string()),
  operator: optional(OperatorSchema()),
  action_time: optional(string()),
  reaction_type: optional(looseObject({ emoji_type: string() })),
}))()

/** Schema of {@link ListMessageReactionOutput}, for opt-in response validation. */
export const ListMessageReactionOutputSchema: GenericSchema<ListMessageReactionOutput> = /*#__PURE__*/ (() => looseObject({
  items: array(looseObject({
    reaction_id: optional(string()),
    operator: optional(OperatorSchema()),
    action_time: optional(string()),
    reaction_type: optional(looseObject({ emoji_type: string() })),
  })),
  has_more: boolean(),
  page_token: string(),
}))()

/** Schema of {@link CreatePinOutput}, for opt-in response validation. */
export const CreatePinOutputSchema: GenericSchema<CreatePinOutput> = /*#__PURE__*/ (() => looseObject({
  pin: optional(CreatePinSchema()),
}))()

/** Schema of {@link DeletePinOutput}, for opt-in response validation. */
export const DeletePinOutputSchema: GenericSchema<DeletePinOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link ListPinOutput}, for opt-in response validation. */
export const ListPinOutputSchema: GenericSchema<ListPinOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(CreatePinSchema())),
  has_more: optional(boolean()),
  page_token: optional(string()),
}))()

/** Schema of {@link ForwardThreadOutput}, for opt-in response validation. */
export const ForwardThreadOutputSchema: GenericSchema<ForwardThreadOutput> = /*#__PURE__*/ (() => looseObject({
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
}))()
