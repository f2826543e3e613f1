// Generated from catalog/mail.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, picklist, record, string } from '../../../core/valibot.ts'
import {
  BatchCreateItemSchema,
  BatchGetMessageSchema,
  BccSchema,
  CreateMailContactSchema,
  CreateRuleSchema,
  DownloadUrlSchema,
  DraftSchema,
  FailedReasonSchema,
  FolderSchema,
  ItemSchema,
  LabelSchema,
  MailgroupMemberBatchCreateItemSchema,
  MessageSchema,
  PublicMailboxMemberBatchCreateItemSchema,
  TemplateSchema,
} from './models.ts'
import type {
  CreateMailgroupOutput,
  DeleteMailgroupOutput,
  GetMailgroupOutput,
  ListMailgroupOutput,
  PatchMailgroupOutput,
  UpdateMailgroupOutput,
} from './mailgroup.ts'
import type {
  CreateMailgroupAliasOutput,
  DeleteMailgroupAliasOutput,
  ListMailgroupAliasOutput,
} from './mailgroup.alias.ts'
import type {
  BatchCreateMailgroupManagerOutput,
  BatchDeleteMailgroupManagerOutput,
  ListMailgroupManagerOutput,
} from './mailgroup.manager.ts'
import type {
  BatchCreateMailgroupMemberOutput,
  BatchDeleteMailgroupMemberOutput,
  CreateMailgroupMemberOutput,
  DeleteMailgroupMemberOutput,
  GetMailgroupMemberOutput,
  ListMailgroupMemberOutput,
} from './mailgroup.member.ts'
import type {
  BatchCreateMailgroupPermissionMemberOutput,
  BatchDeleteMailgroupPermissionMemberOutput,
  CreateMailgroupPermissionMemberOutput,
  DeleteMailgroupPermissionMemberOutput,
  GetMailgroupPermissionMemberOutput,
  ListMailgroupPermissionMemberOutput,
} from './mailgroup.permission_member.ts'
import type { SearchMultiEntityOutput } from './multi_entity.ts'
import type {
  CreatePublicMailboxOutput,
  DeletePublicMailboxOutput,
  GetPublicMailboxOutput,
  ListPublicMailboxOutput,
  PatchPublicMailboxOutput,
  RemovePublicMailboxToRecycleBinOutput,
  UpdatePublicMailboxOutput,
} from './public_mailbox.ts'
import type {
  CreatePublicMailboxAliasOutput,
  DeletePublicMailboxAliasOutput,
  ListPublicMailboxAliasOutput,
} from './public_mailbox.alias.ts'
import type {
  BatchCreatePublicMailboxMemberOutput,
  BatchDeletePublicMailboxMemberOutput,
  ClearPublicMailboxMemberOutput,
  CreatePublicMailboxMemberOutput,
  DeletePublicMailboxMemberOutput,
  GetPublicMailboxMemberOutput,
  ListPublicMailboxMemberOutput,
} from './public_mailbox.member.ts'
import type { QueryUserOutput } from './user.ts'
import type {
  AccessibleUserMailboxMailboxesOutput,
  DeleteUserMailboxOutput,
  ProfileUserMailboxOutput,
  SearchUserMailboxOutput,
} from './user_mailbox.ts'
import type {
  CreateUserMailboxAliasOutput,
  DeleteUserMailboxAliasOutput,
  ListUserMailboxAliasOutput,
} from './user_mailbox.alias.ts'
import type {
  CancelUserMailboxDraftScheduledSendOutput,
  CreateUserMailboxDraftOutput,
  DeleteUserMailboxDraftOutput,
  GetUserMailboxDraftOutput,
  ListUserMailboxDraftOutput,
  SendUserMailboxDraftOutput,
  UpdateUserMailboxDraftOutput,
} from './user_mailbox.draft.ts'
import type {
  SubscribeUserMailboxEventOutput,
  SubscriptionUserMailboxEventOutput,
  UnsubscribeUserMailboxEventOutput,
} from './user_mailbox.event.ts'
import type {
  CreateUserMailboxFolderOutput,
  DeleteUserMailboxFolderOutput,
  GetUserMailboxFolderOutput,
  ListUserMailboxFolderOutput,
  PatchUserMailboxFolderOutput,
} from './user_mailbox.folder.ts'
import type {
  CreateUserMailboxLabelOutput,
  DeleteUserMailboxLabelOutput,
  GetUserMailboxLabelOutput,
  ListUserMailboxLabelOutput,
  PatchUserMailboxLabelOutput,
} from './user_mailbox.label.ts'
import type {
  CreateUserMailboxMailContactOutput,
  DeleteUserMailboxMailContactOutput,
  ListUserMailboxMailContactOutput,
  PatchUserMailboxMailContactOutput,
} from './user_mailbox.mail_contact.ts'
import type {
  BatchGetUserMailboxMessageOutput,
  BatchModifyUserMailboxMessageOutput,
  BatchTrashUserMailboxMessageOutput,
  GetUserMailboxMessageByCardOutput,
  GetUserMailboxMessageOutput,
  ListUserMailboxMessageOutput,
  ListUserMailboxMessageThreadMessageOutput,
  ModifyUserMailboxMessageOutput,
  SendUserMailboxMessageOutput,
  SendUserMailboxMessageStatusOutput,
  TrashUserMailboxMessageOutput,
} from './user_mailbox.message.ts'
import type { DownloadUserMailboxMessageAttachmentUrlOutput } from './user_mailbox.message.attachment.ts'
import type {
  CreateUserMailboxRuleOutput,
  DeleteUserMailboxRuleOutput,
  ListUserMailboxRuleOutput,
  ReorderUserMailboxRuleOutput,
  UpdateUserMailboxRuleOutput,
} from './user_mailbox.rule.ts'
import type {
  GetUserMailboxSentMessageRecallDetailOutput,
  RecallUserMailboxSentMessageOutput,
} from './user_mailbox.sent_message.ts'
import type { GetUserMailboxSettingSignaturesOutput, SendUserMailboxSettingAsOutput } from './user_mailbox.setting.ts'
import type {
  CreateUserMailboxTemplateOutput,
  DeleteUserMailboxTemplateOutput,
  GetUserMailboxTemplateOutput,
  ListUserMailboxTemplateOutput,
  UpdateUserMailboxTemplateOutput,
} from './user_mailbox.template.ts'
import type { DownloadUserMailboxTemplateAttachmentUrlOutput } from './user_mailbox.template.attachment.ts'
import type {
  BatchModifyUserMailboxThreadOutput,
  BatchTrashUserMailboxThreadOutput,
  GetUserMailboxThreadOutput,
  ListUserMailboxThreadOutput,
  ModifyUserMailboxThreadOutput,
  TrashUserMailboxThreadOutput,
} from './user_mailbox.thread.ts'

/** Schema of {@link CreateMailgroupOutput}, for opt-in response validation. */
export const CreateMailgroupOutputSchema: GenericSchema<CreateMailgroupOutput> = /*#__PURE__*/ (() => looseObject({
  mailgroup_id: optional(string()),
  email: optional(string()),
  name: optional(string()),
  description: optional(string()),
  direct_members_count: optional(string()),
  include_external_member: optional(boolean()),
  include_all_company_member: optional(boolean()),
  who_can_send_mail: optional(picklist(['ANYONE', 'ALL_INTERNAL_USERS', 'ALL_GROUP_MEMBERS', 'CUSTOM_MEMBERS'])),
}))()

/** Schema of {@link DeleteMailgroupOutput}, for opt-in response validation. */
export const DeleteMailgroupOutputSchema: GenericSchema<DeleteMailgroupOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link GetMailgroupOutput}, for opt-in response validation. */
export const GetMailgroupOutputSchema: GenericSchema<GetMailgroupOutput> = /*#__PURE__*/ (() => looseObject({
  mailgroup_id: optional(string()),
  email: optional(string()),
  name: optional(string()),
  description: optional(string()),
  direct_members_count: optional(string()),
  include_external_member: optional(boolean()),
  include_all_company_member: optional(boolean()),
  who_can_send_mail: optional(picklist(['ANYONE', 'ALL_INTERNAL_USERS', 'ALL_GROUP_MEMBERS', 'CUSTOM_MEMBERS'])),
}))()

/** Schema of {@link ListMailgroupOutput}, for opt-in response validation. */
export const ListMailgroupOutputSchema: GenericSchema<ListMailgroupOutput> = /*#__PURE__*/ (() => looseObject({
  has_more: optional(boolean()),
  page_token: optional(string()),
  items: optional(array(looseObject({
    mailgroup_id: optional(string()),
    email: optional(string()),
    name: optional(string()),
    description: optional(string()),
    direct_members_count: optional(string()),
    include_external_member: optional(boolean()),
    include_all_company_member: optional(boolean()),
    who_can_send_mail: optional(picklist(['ANYONE', 'ALL_INTERNAL_USERS', 'ALL_GROUP_MEMBERS', 'CUSTOM_MEMBERS'])),
  }))),
}))()

/** Schema of {@link PatchMailgroupOutput}, for opt-in response validation. */
export const PatchMailgroupOutputSchema: GenericSchema<PatchMailgroupOutput> = /*#__PURE__*/ (() => looseObject({
  mailgroup_id: optional(string()),
  email: optional(string()),
  name: optional(string()),
  description: optional(string()),
  direct_members_count: optional(string()),
  include_external_member: optional(boolean()),
  include_all_company_member: optional(boolean()),
  who_can_send_mail: optional(picklist(['ANYONE', 'ALL_INTERNAL_USERS', 'ALL_GROUP_MEMBERS', 'CUSTOM_MEMBERS'])),
}))()

/** Schema of {@link UpdateMailgroupOutput}, for opt-in response validation. */
export const UpdateMailgroupOutputSchema: GenericSchema<UpdateMailgroupOutput> = /*#__PURE__*/ (() => looseObject({
  mailgroup_id: optional(string()),
  email: optional(string()),
  name: optional(string()),
  description: optional(string()),
  direct_members_count: optional(string()),
  include_external_member: optional(boolean()),
  include_all_company_member: optional(boolean()),
  who_can_send_mail: optional(picklist(['ANYONE', 'ALL_INTERNAL_USERS', 'ALL_GROUP_MEMBERS', 'CUSTOM_MEMBERS'])),
}))()

/** Schema of {@link CreateMailgroupAliasOutput}, for opt-in response validation. */
export const CreateMailgroupAliasOutputSchema: GenericSchema<CreateMailgroupAliasOutput> = /*#__PURE__*/ (() => looseObject({
  mailgroup_alias: optional(ItemSchema()),
}))()

/** Schema of {@link DeleteMailgroupAliasOutput}, for opt-in response validation. */
export const DeleteMailgroupAliasOutputSchema: GenericSchema<DeleteMailgroupAliasOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link ListMailgroupAliasOutput}, for opt-in response validation. */
export const ListMailgroupAliasOutputSchema: GenericSchema<ListMailgroupAliasOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(ItemSchema())),
}))()

/** Schema of {@link BatchCreateMailgroupManagerOutput}, for opt-in response validation. */
export const BatchCreateMailgroupManagerOutputSchema: GenericSchema<BatchCreateMailgroupManagerOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link BatchDeleteMailgroupManagerOutput}, for opt-in response validation. */
export const BatchDeleteMailgroupManagerOutputSchema: GenericSchema<BatchDeleteMailgroupManagerOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link ListMailgroupManagerOutput}, for opt-in response validation. */
export const ListMailgroupManagerOutputSchema: GenericSchema<ListMailgroupManagerOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({ user_id: optional(string()) }))),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link BatchCreateMailgroupMemberOutput}, for opt-in response validation. */
export const BatchCreateMailgroupMemberOutputSchema: GenericSchema<BatchCreateMailgroupMemberOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(MailgroupMemberBatchCreateItemSchema())),
}))()

/** Schema of {@link BatchDeleteMailgroupMemberOutput}, for opt-in response validation. */
export const BatchDeleteMailgroupMemberOutputSchema: GenericSchema<BatchDeleteMailgroupMemberOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link CreateMailgroupMemberOutput}, for opt-in response validation. */
export const CreateMailgroupMemberOutputSchema: GenericSchema<CreateMailgroupMemberOutput> = /*#__PURE__*/ (() => looseObject({
  member_id: optional(string()),
  email: optional(string()),
  user_id: optional(string()),
  department_id: optional(string()),
  type: optional(picklist([
    'USER',
    'DEPARTMENT',
    'COMPANY',
    'EXTERNAL_USER',
    'MAIL_GROUP',
    'PUBLIC_MAILBOX',
    'OTHER_MEMBER',
  ])),
}))()

/** Schema of {@link DeleteMailgroupMemberOutput}, for opt-in response validation. */
export const DeleteMailgroupMemberOutputSchema: GenericSchema<DeleteMailgroupMemberOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link GetMailgroupMemberOutput}, for opt-in response validation. */
export const GetMailgroupMemberOutputSchema: GenericSchema<GetMailgroupMemberOutput> = /*#__PURE__*/ (() => looseObject({
  member_id: optional(string()),
  email: optional(string()),
  user_id: optional(string()),
  department_id: optional(string()),
  type: optional(picklist([
    'USER',
    'DEPARTMENT',
    'COMPANY',
    'EXTERNAL_USER',
    'MAIL_GROUP',
    'PUBLIC_MAILBOX',
    'OTHER_MEMBER',
  ])),
}))()

/** Schema of {@link ListMailgroupMemberOutput}, for opt-in response validation. */
export const ListMailgroupMemberOutputSchema: GenericSchema<ListMailgroupMemberOutput> = /*#__PURE__*/ (() => looseObject({
  has_more: optional(boolean()),
  page_token: optional(string()),
  items: optional(array(MailgroupMemberBatchCreateItemSchema())),
}))()

/** Schema of {@link BatchCreateMailgroupPermissionMemberOutput}, for opt-in response validation. */
export const BatchCreateMailgroupPermissionMemberOutputSchema: GenericSchema<BatchCreateMailgroupPermissionMemberOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(BatchCreateItemSchema())),
}))()

/** Schema of {@link BatchDeleteMailgroupPermissionMemberOutput}, for opt-in response validation. */
export const BatchDeleteMailgroupPermissionMemberOutputSchema: GenericSchema<BatchDeleteMailgroupPermissionMemberOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link CreateMailgroupPermissionMemberOutput}, for opt-in response validation. */
export const CreateMailgroupPermissionMemberOutputSchema: GenericSchema<CreateMailgroupPermissionMemberOutput> = /*#__PURE__*/ (() => looseObject({
  permission_member_id: optional(string()),
  user_id: optional(string()),
  department_id: optional(string()),
  email: optional(string()),
  type: optional(picklist(['USER', 'DEPARTMENT', 'MAIL_GROUP', 'PUBLIC_MAILBOX'])),
}))()

/** Schema of {@link DeleteMailgroupPermissionMemberOutput}, for opt-in response validation. */
export const DeleteMailgroupPermissionMemberOutputSchema: GenericSchema<DeleteMailgroupPermissionMemberOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link GetMailgroupPermissionMemberOutput}, for opt-in response validation. */
export const GetMailgroupPermissionMemberOutputSchema: GenericSchema<GetMailgroupPermissionMemberOutput> = /*#__PURE__*/ (() => looseObject({
  permission_member_id: optional(string()),
  user_id: optional(string()),
  department_id: optional(string()),
  email: optional(string()),
  type: optional(picklist(['USER', 'DEPARTMENT', 'MAIL_GROUP', 'PUBLIC_MAILBOX'])),
}))()

/** Schema of {@link ListMailgroupPermissionMemberOutput}, for opt-in response validation. */
export const ListMailgroupPermissionMemberOutputSchema: GenericSchema<ListMailgroupPermissionMemberOutput> = /*#__PURE__*/ (() => looseObject({
  has_more: optional(boolean()),
  page_token: optional(string()),
  items: optional(array(BatchCreateItemSchema())),
}))()

/** Schema of {@link SearchMultiEntityOutput}, for opt-in response validation. */
export const SearchMultiEntityOutputSchema: GenericSchema<SearchMultiEntityOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    type: optional(string()),
    id: optional(string()),
    name: optional(string()),
    email: optional(string()),
    display_name: optional(string()),
    member_count: optional(number()),
    user_id: optional(string()),
    department: optional(string()),
    chat_id: optional(string()),
    tag: optional(string()),
  }))),
  notice: optional(string()),
}))()

/** Schema of {@link CreatePublicMailboxOutput}, for opt-in response validation. */
export const CreatePublicMailboxOutputSchema: GenericSchema<CreatePublicMailboxOutput> = /*#__PURE__*/ (() => looseObject({
  public_mailbox_id: optional(string()),
  email: optional(string()),
  name: optional(string()),
  geo: optional(string()),
}))()

/** Schema of {@link DeletePublicMailboxOutput}, for opt-in response validation. */
export const DeletePublicMailboxOutputSchema: GenericSchema<DeletePublicMailboxOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link GetPublicMailboxOutput}, for opt-in response validation. */
export const GetPublicMailboxOutputSchema: GenericSchema<GetPublicMailboxOutput> = /*#__PURE__*/ (() => looseObject({
  public_mailbox_id: optional(string()),
  email: optional(string()),
  name: optional(string()),
  geo: optional(string()),
}))()

/** Schema of {@link ListPublicMailboxOutput}, for opt-in response validation. */
export const ListPublicMailboxOutputSchema: GenericSchema<ListPublicMailboxOutput> = /*#__PURE__*/ (() => looseObject({
  has_more: optional(boolean()),
  page_token: optional(string()),
  items: optional(array(looseObject({
    public_mailbox_id: optional(string()),
    email: optional(string()),
    name: optional(string()),
    geo: optional(string()),
  }))),
}))()

/** Schema of {@link PatchPublicMailboxOutput}, for opt-in response validation. */
export const PatchPublicMailboxOutputSchema: GenericSchema<PatchPublicMailboxOutput> = /*#__PURE__*/ (() => looseObject({
  public_mailbox_id: optional(string()),
  email: optional(string()),
  name: optional(string()),
  geo: optional(string()),
}))()

/** Schema of {@link RemovePublicMailboxToRecycleBinOutput}, for opt-in response validation. */
export const RemovePublicMailboxToRecycleBinOutputSchema: GenericSchema<RemovePublicMailboxToRecycleBinOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link UpdatePublicMailboxOutput}, for opt-in response validation. */
export const UpdatePublicMailboxOutputSchema: GenericSchema<UpdatePublicMailboxOutput> = /*#__PURE__*/ (() => looseObject({
  public_mailbox_id: optional(string()),
  email: optional(string()),
  name: optional(string()),
  geo: optional(string()),
}))()

/** Schema of {@link CreatePublicMailboxAliasOutput}, for opt-in response validation. */
export const CreatePublicMailboxAliasOutputSchema: GenericSchema<CreatePublicMailboxAliasOutput> = /*#__PURE__*/ (() => looseObject({
  public_mailbox_alias: optional(ItemSchema()),
}))()

/** Schema of {@link DeletePublicMailboxAliasOutput}, for opt-in response validation. */
export const DeletePublicMailboxAliasOutputSchema: GenericSchema<DeletePublicMailboxAliasOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link ListPublicMailboxAliasOutput}, for opt-in response validation. */
export const ListPublicMailboxAliasOutputSchema: GenericSchema<ListPublicMailboxAliasOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(ItemSchema())),
}))()

/** Schema of {@link BatchCreatePublicMailboxMemberOutput}, for opt-in response validation. */
export const BatchCreatePublicMailboxMemberOutputSchema: GenericSchema<BatchCreatePublicMailboxMemberOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(PublicMailboxMemberBatchCreateItemSchema())),
}))()

/** Schema of {@link BatchDeletePublicMailboxMemberOutput}, for opt-in response validation. */
export const BatchDeletePublicMailboxMemberOutputSchema: GenericSchema<BatchDeletePublicMailboxMemberOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link ClearPublicMailboxMemberOutput}, for opt-in response validation. */
export const ClearPublicMailboxMemberOutputSchema: GenericSchema<ClearPublicMailboxMemberOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link CreatePublicMailboxMemberOutput}, for opt-in response validation. */
export const CreatePublicMailboxMemberOutputSchema: GenericSchema<CreatePublicMailboxMemberOutput> = /*#__PURE__*/ (() => looseObject({
  member_id: optional(string()),
  user_id: optional(string()),
  type: optional(picklist(['USER'])),
}))()

/** Schema of {@link DeletePublicMailboxMemberOutput}, for opt-in response validation. */
export const DeletePublicMailboxMemberOutputSchema: GenericSchema<DeletePublicMailboxMemberOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link GetPublicMailboxMemberOutput}, for opt-in response validation. */
export const GetPublicMailboxMemberOutputSchema: GenericSchema<GetPublicMailboxMemberOutput> = /*#__PURE__*/ (() => looseObject({
  member_id: optional(string()),
  user_id: optional(string()),
  type: optional(picklist(['USER'])),
}))()

/** Schema of {@link ListPublicMailboxMemberOutput}, for opt-in response validation. */
export const ListPublicMailboxMemberOutputSchema: GenericSchema<ListPublicMailboxMemberOutput> = /*#__PURE__*/ (() => looseObject({
  has_more: optional(boolean()),
  page_token: optional(string()),
  items: optional(array(PublicMailboxMemberBatchCreateItemSchema())),
}))()

/** Schema of {@link QueryUserOutput}, for opt-in response validation. */
export const QueryUserOutputSchema: GenericSchema<QueryUserOutput> = /*#__PURE__*/ (() => looseObject({
  user_list: optional(array(looseObject({
    email: optional(string()),
    status: optional(number()),
    type: optional(number()),
  }))),
}))()

/** Schema of {@link AccessibleUserMailboxMailboxesOutput}, for opt-in response validation. */
export const AccessibleUserMailboxMailboxesOutputSchema: GenericSchema<AccessibleUserMailboxMailboxesOutput> = /*#__PURE__*/ (() => looseObject({
  accessible_mailboxes: optional(array(looseObject({
    email_address: optional(string()),
    email_type: optional(picklist([
      'MAIL_GROUP',
      'PUBLIC_MAILBOX',
      'USER_PRIMARY',
      'USER_ALIAS',
      'PUBLIC_MAILBOX_ALIAS',
    ])),
  }))),
}))()

/** Schema of {@link DeleteUserMailboxOutput}, for opt-in response validation. */
export const DeleteUserMailboxOutputSchema: GenericSchema<DeleteUserMailboxOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link ProfileUserMailboxOutput}, for opt-in response validation. */
export const ProfileUserMailboxOutputSchema: GenericSchema<ProfileUserMailboxOutput> = /*#__PURE__*/ (() => looseObject({
  primary_email_address: optional(string()),
  not_found_reason: optional(string()),
}))()

/** Schema of {@link SearchUserMailboxOutput}, for opt-in response validation. */
export const SearchUserMailboxOutputSchema: GenericSchema<SearchUserMailboxOutput> = /*#__PURE__*/ (() => looseObject({
  items: array(looseObject({
    id: string(),
    display_info: optional(string()),
    meta_data: optional(looseObject({
      title: optional(string()),
      thread_id: optional(string()),
      create_time: optional(string()),
      message_biz_id: optional(string()),
      from: optional(BccSchema()),
    })),
  })),
  total: optional(number()),
  has_more: boolean(),
  page_token: optional(string()),
  notice: optional(string()),
}))()

/** Schema of {@link CreateUserMailboxAliasOutput}, for opt-in response validation. */
export const CreateUserMailboxAliasOutputSchema: GenericSchema<CreateUserMailboxAliasOutput> = /*#__PURE__*/ (() => looseObject({
  user_mailbox_alias: optional(ItemSchema()),
}))()

/** Schema of {@link DeleteUserMailboxAliasOutput}, for opt-in response validation. */
export const DeleteUserMailboxAliasOutputSchema: GenericSchema<DeleteUserMailboxAliasOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link ListUserMailboxAliasOutput}, for opt-in response validation. */
export const ListUserMailboxAliasOutputSchema: GenericSchema<ListUserMailboxAliasOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(ItemSchema())),
}))()

/** Schema of {@link CancelUserMailboxDraftScheduledSendOutput}, for opt-in response validation. */
export const CancelUserMailboxDraftScheduledSendOutputSchema: GenericSchema<CancelUserMailboxDraftScheduledSendOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link CreateUserMailboxDraftOutput}, for opt-in response validation. */
export const CreateUserMailboxDraftOutputSchema: GenericSchema<CreateUserMailboxDraftOutput> = /*#__PURE__*/ (() => looseObject({
  draft: optional(DraftSchema()),
  reference: optional(string()),
}))()

/** Schema of {@link DeleteUserMailboxDraftOutput}, for opt-in response validation. */
export const DeleteUserMailboxDraftOutputSchema: GenericSchema<DeleteUserMailboxDraftOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link GetUserMailboxDraftOutput}, for opt-in response validation. */
export const GetUserMailboxDraftOutputSchema: GenericSchema<GetUserMailboxDraftOutput> = /*#__PURE__*/ (() => looseObject({
  draft: optional(looseObject({ id: optional(string()), message: optional(MessageSchema()) })),
}))()

/** Schema of {@link ListUserMailboxDraftOutput}, for opt-in response validation. */
export const ListUserMailboxDraftOutputSchema: GenericSchema<ListUserMailboxDraftOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({ id: optional(string()) }))),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link SendUserMailboxDraftOutput}, for opt-in response validation. */
export const SendUserMailboxDraftOutputSchema: GenericSchema<SendUserMailboxDraftOutput> = /*#__PURE__*/ (() => looseObject({
  message_id: optional(string()),
  thread_id: optional(string()),
  recall_status: optional(picklist(['available', 'unavailable'])),
  automation_send_disable: optional(looseObject({ reason: optional(string()), reference: optional(string()) })),
}))()

/** Schema of {@link UpdateUserMailboxDraftOutput}, for opt-in response validation. */
export const UpdateUserMailboxDraftOutputSchema: GenericSchema<UpdateUserMailboxDraftOutput> = /*#__PURE__*/ (() => looseObject({
  draft: optional(DraftSchema()),
  reference: optional(string()),
}))()

/** Schema of {@link SubscribeUserMailboxEventOutput}, for opt-in response validation. */
export const SubscribeUserMailboxEventOutputSchema: GenericSchema<SubscribeUserMailboxEventOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link SubscriptionUserMailboxEventOutput}, for opt-in response validation. */
export const SubscriptionUserMailboxEventOutputSchema: GenericSchema<SubscriptionUserMailboxEventOutput> = /*#__PURE__*/ (() => looseObject({
  event_types: optional(array(number())),
}))()

/** Schema of {@link UnsubscribeUserMailboxEventOutput}, for opt-in response validation. */
export const UnsubscribeUserMailboxEventOutputSchema: GenericSchema<UnsubscribeUserMailboxEventOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link CreateUserMailboxFolderOutput}, for opt-in response validation. */
export const CreateUserMailboxFolderOutputSchema: GenericSchema<CreateUserMailboxFolderOutput> = /*#__PURE__*/ (() => looseObject({
  folder: optional(FolderSchema()),
}))()

/** Schema of {@link DeleteUserMailboxFolderOutput}, for opt-in response validation. */
export const DeleteUserMailboxFolderOutputSchema: GenericSchema<DeleteUserMailboxFolderOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link GetUserMailboxFolderOutput}, for opt-in response validation. */
export const GetUserMailboxFolderOutputSchema: GenericSchema<GetUserMailboxFolderOutput> = /*#__PURE__*/ (() => looseObject({
  folder: optional(FolderSchema()),
}))()

/** Schema of {@link ListUserMailboxFolderOutput}, for opt-in response validation. */
export const ListUserMailboxFolderOutputSchema: GenericSchema<ListUserMailboxFolderOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(FolderSchema())),
}))()

/** Schema of {@link PatchUserMailboxFolderOutput}, for opt-in response validation. */
export const PatchUserMailboxFolderOutputSchema: GenericSchema<PatchUserMailboxFolderOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link CreateUserMailboxLabelOutput}, for opt-in response validation. */
export const CreateUserMailboxLabelOutputSchema: GenericSchema<CreateUserMailboxLabelOutput> = /*#__PURE__*/ (() => looseObject({
  label: optional(LabelSchema()),
}))()

/** Schema of {@link DeleteUserMailboxLabelOutput}, for opt-in response validation. */
export const DeleteUserMailboxLabelOutputSchema: GenericSchema<DeleteUserMailboxLabelOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link GetUserMailboxLabelOutput}, for opt-in response validation. */
export const GetUserMailboxLabelOutputSchema: GenericSchema<GetUserMailboxLabelOutput> = /*#__PURE__*/ (() => looseObject({
  label: optional(LabelSchema()),
}))()

/** Schema of {@link ListUserMailboxLabelOutput}, for opt-in response validation. */
export const ListUserMailboxLabelOutputSchema: GenericSchema<ListUserMailboxLabelOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(LabelSchema())),
}))()

/** Schema of {@link PatchUserMailboxLabelOutput}, for opt-in response validation. */
export const PatchUserMailboxLabelOutputSchema: GenericSchema<PatchUserMailboxLabelOutput> = /*#__PURE__*/ (() => looseObject({
  label: optional(LabelSchema()),
}))()

/** Schema of {@link CreateUserMailboxMailContactOutput}, for opt-in response validation. */
export const CreateUserMailboxMailContactOutputSchema: GenericSchema<CreateUserMailboxMailContactOutput> = /*#__PURE__*/ (() => looseObject({
  mail_contact: optional(CreateMailContactSchema()),
}))()

/** Schema of {@link DeleteUserMailboxMailContactOutput}, for opt-in response validation. */
export const DeleteUserMailboxMailContactOutputSchema: GenericSchema<DeleteUserMailboxMailContactOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link ListUserMailboxMailContactOutput}, for opt-in response validation. */
export const ListUserMailboxMailContactOutputSchema: GenericSchema<ListUserMailboxMailContactOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(CreateMailContactSchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link PatchUserMailboxMailContactOutput}, for opt-in response validation. */
export const PatchUserMailboxMailContactOutputSchema: GenericSchema<PatchUserMailboxMailContactOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link BatchGetUserMailboxMessageOutput}, for opt-in response validation. */
export const BatchGetUserMailboxMessageOutputSchema: GenericSchema<BatchGetUserMailboxMessageOutput> = /*#__PURE__*/ (() => looseObject({
  messages: optional(array(BatchGetMessageSchema())),
}))()

/** Schema of {@link BatchModifyUserMailboxMessageOutput}, for opt-in response validation. */
export const BatchModifyUserMailboxMessageOutputSchema: GenericSchema<BatchModifyUserMailboxMessageOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link BatchTrashUserMailboxMessageOutput}, for opt-in response validation. */
export const BatchTrashUserMailboxMessageOutputSchema: GenericSchema<BatchTrashUserMailboxMessageOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link GetUserMailboxMessageOutput}, for opt-in response validation. */
export const GetUserMailboxMessageOutputSchema: GenericSchema<GetUserMailboxMessageOutput> = /*#__PURE__*/ (() => looseObject({
  message: optional(MessageSchema()),
}))()

/** Schema of {@link GetUserMailboxMessageByCardOutput}, for opt-in response validation. */
export const GetUserMailboxMessageByCardOutputSchema: GenericSchema<GetUserMailboxMessageByCardOutput> = /*#__PURE__*/ (() => looseObject({
  owner_info: looseObject({ type: string(), owner_user_id: optional(string()), public_mailbox_id: optional(string()) }),
  message_ids: array(string()),
  card_id: string(),
}))()

/** Schema of {@link ListUserMailboxMessageOutput}, for opt-in response validation. */
export const ListUserMailboxMessageOutputSchema: GenericSchema<ListUserMailboxMessageOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(string())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link ListUserMailboxMessageThreadMessageOutput}, for opt-in response validation. */
export const ListUserMailboxMessageThreadMessageOutputSchema: GenericSchema<ListUserMailboxMessageThreadMessageOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    message_id: optional(string()),
    thread_id: optional(string()),
    folder_id: optional(string()),
    smtp_message_id: optional(string()),
    internal_date: optional(string()),
    message_state: optional(number()),
    message: optional(BatchGetMessageSchema()),
  }))),
}))()

/** Schema of {@link ModifyUserMailboxMessageOutput}, for opt-in response validation. */
export const ModifyUserMailboxMessageOutputSchema: GenericSchema<ModifyUserMailboxMessageOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link SendUserMailboxMessageOutput}, for opt-in response validation. */
export const SendUserMailboxMessageOutputSchema: GenericSchema<SendUserMailboxMessageOutput> = /*#__PURE__*/ (() => looseObject({
  message_id: optional(string()),
  thread_id: optional(string()),
}))()

/** Schema of {@link SendUserMailboxMessageStatusOutput}, for opt-in response validation. */
export const SendUserMailboxMessageStatusOutputSchema: GenericSchema<SendUserMailboxMessageStatusOutput> = /*#__PURE__*/ (() => looseObject({
  message_id: optional(string()),
  details: optional(array(looseObject({
    recipient: optional(BccSchema()),
    status: optional(number()),
    last_updated_time: optional(number()),
  }))),
}))()

/** Schema of {@link TrashUserMailboxMessageOutput}, for opt-in response validation. */
export const TrashUserMailboxMessageOutputSchema: GenericSchema<TrashUserMailboxMessageOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link DownloadUserMailboxMessageAttachmentUrlOutput}, for opt-in response validation. */
export const DownloadUserMailboxMessageAttachmentUrlOutputSchema: GenericSchema<DownloadUserMailboxMessageAttachmentUrlOutput> = /*#__PURE__*/ (() => looseObject({
  download_urls: optional(array(DownloadUrlSchema())),
  failed_ids: optional(array(string())),
  failed_reasons: optional(array(FailedReasonSchema())),
}))()

/** Schema of {@link CreateUserMailboxRuleOutput}, for opt-in response validation. */
export const CreateUserMailboxRuleOutputSchema: GenericSchema<CreateUserMailboxRuleOutput> = /*#__PURE__*/ (() => looseObject({
  rule: optional(CreateRuleSchema()),
}))()

/** Schema of {@link DeleteUserMailboxRuleOutput}, for opt-in response validation. */
export const DeleteUserMailboxRuleOutputSchema: GenericSchema<DeleteUserMailboxRuleOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link ListUserMailboxRuleOutput}, for opt-in response validation. */
export const ListUserMailboxRuleOutputSchema: GenericSchema<ListUserMailboxRuleOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(CreateRuleSchema())),
}))()

/** Schema of {@link ReorderUserMailboxRuleOutput}, for opt-in response validation. */
export const ReorderUserMailboxRuleOutputSchema: GenericSchema<ReorderUserMailboxRuleOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link UpdateUserMailboxRuleOutput}, for opt-in response validation. */
export const UpdateUserMailboxRuleOutputSchema: GenericSchema<UpdateUserMailboxRuleOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link GetUserMailboxSentMessageRecallDetailOutput}, for opt-in response validation. */
export const GetUserMailboxSentMessageRecallDetailOutputSchema: GenericSchema<GetUserMailboxSentMessageRecallDetailOutput> = /*#__PURE__*/ (() => looseObject({
  recall_status: optional(picklist(['done', 'in_progress'])),
  recall_result: optional(picklist(['processing', 'all_success', 'all_fail', 'some_fail'])),
  success_count: optional(number()),
  failure_count: optional(number()),
  processing_count: optional(number()),
  items: optional(array(looseObject({
    recipient_address: optional(string()),
    recipient_name: optional(string()),
    status: optional(picklist(['processing', 'success', 'fail'])),
    fail_reason: optional(picklist([
      'unknown',
      'message_has_been_read',
      'not_using_lark_mail',
      'not_in_the_same_tenant',
      'invalid_address',
    ])),
    is_mailing_list: optional(boolean()),
    mailing_list_success_count: optional(number()),
    mailing_list_failure_count: optional(number()),
    mailing_list_finish_percent: optional(number()),
  }))),
}))()

/** Schema of {@link RecallUserMailboxSentMessageOutput}, for opt-in response validation. */
export const RecallUserMailboxSentMessageOutputSchema: GenericSchema<RecallUserMailboxSentMessageOutput> = /*#__PURE__*/ (() => looseObject({
  recall_status: optional(picklist(['available', 'unavailable'])),
  recall_restriction_reason: optional(picklist([
    'recall_not_enabled',
    'migration_domain',
    'sender_address_not_owned',
    'already_recalled',
    'not_delivered',
    'exceeded_time_limit',
  ])),
}))()

/** Schema of {@link GetUserMailboxSettingSignaturesOutput}, for opt-in response validation. */
export const GetUserMailboxSettingSignaturesOutputSchema: GenericSchema<GetUserMailboxSettingSignaturesOutput> = /*#__PURE__*/ (() => looseObject({
  signatures: optional(array(looseObject({
    id: optional(string()),
    name: optional(string()),
    content: optional(string()),
    signature_type: optional(string()),
    signature_device: optional(string()),
    template_json_keys: optional(array(string())),
    images: optional(array(looseObject({
      image_name: optional(string()),
      file_key: optional(string()),
      cid: optional(string()),
      file_size: optional(string()),
      image_width: optional(number()),
      image_height: optional(number()),
      download_url: optional(string()),
    }))),
    user_fields: optional(record(
      string(),
      looseObject({ default_val: optional(string()), i18n_vals: optional(record(string(), string())) }),
    )),
  }))),
  usages: optional(array(looseObject({
    email_address: optional(string()),
    send_mail_signature_id: optional(string()),
    reply_signature_id: optional(string()),
  }))),
}))()

/** Schema of {@link SendUserMailboxSettingAsOutput}, for opt-in response validation. */
export const SendUserMailboxSettingAsOutputSchema: GenericSchema<SendUserMailboxSettingAsOutput> = /*#__PURE__*/ (() => looseObject({
  sendable_addresses: optional(array(looseObject({
    email_address: optional(string()),
    email_type: optional(picklist([
      'MAIL_GROUP',
      'PUBLIC_MAILBOX',
      'USER_PRIMARY',
      'USER_ALIAS',
      'PUBLIC_MAILBOX_ALIAS',
    ])),
    name: optional(string()),
  }))),
}))()

/** Schema of {@link CreateUserMailboxTemplateOutput}, for opt-in response validation. */
export const CreateUserMailboxTemplateOutputSchema: GenericSchema<CreateUserMailboxTemplateOutput> = /*#__PURE__*/ (() => looseObject({
  template: optional(TemplateSchema()),
}))()

/** Schema of {@link DeleteUserMailboxTemplateOutput}, for opt-in response validation. */
export const DeleteUserMailboxTemplateOutputSchema: GenericSchema<DeleteUserMailboxTemplateOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link GetUserMailboxTemplateOutput}, for opt-in response validation. */
export const GetUserMailboxTemplateOutputSchema: GenericSchema<GetUserMailboxTemplateOutput> = /*#__PURE__*/ (() => looseObject({
  template: optional(TemplateSchema()),
}))()

/** Schema of {@link ListUserMailboxTemplateOutput}, for opt-in response validation. */
export const ListUserMailboxTemplateOutputSchema: GenericSchema<ListUserMailboxTemplateOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    template_id: optional(string()),
    name: optional(string()),
    create_time: optional(string()),
  }))),
}))()

/** Schema of {@link UpdateUserMailboxTemplateOutput}, for opt-in response validation. */
export const UpdateUserMailboxTemplateOutputSchema: GenericSchema<UpdateUserMailboxTemplateOutput> = /*#__PURE__*/ (() => looseObject({
  template: optional(TemplateSchema()),
}))()

/** Schema of {@link DownloadUserMailboxTemplateAttachmentUrlOutput}, for opt-in response validation. */
export const DownloadUserMailboxTemplateAttachmentUrlOutputSchema: GenericSchema<DownloadUserMailboxTemplateAttachmentUrlOutput> = /*#__PURE__*/ (() => looseObject({
  download_urls: optional(array(DownloadUrlSchema())),
  failed_reasons: optional(array(FailedReasonSchema())),
}))()

/** Schema of {@link BatchModifyUserMailboxThreadOutput}, for opt-in response validation. */
export const BatchModifyUserMailboxThreadOutputSchema: GenericSchema<BatchModifyUserMailboxThreadOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link BatchTrashUserMailboxThreadOutput}, for opt-in response validation. */
export const BatchTrashUserMailboxThreadOutputSchema: GenericSchema<BatchTrashUserMailboxThreadOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link GetUserMailboxThreadOutput}, for opt-in response validation. */
export const GetUserMailboxThreadOutputSchema: GenericSchema<GetUserMailboxThreadOutput> = /*#__PURE__*/ (() => looseObject({
  thread: optional(looseObject({
    id: optional(string()),
    body_preview: optional(string()),
    messages: optional(array(MessageSchema())),
  })),
}))()

/** Schema of {@link ListUserMailboxThreadOutput}, for opt-in response validation. */
export const ListUserMailboxThreadOutputSchema: GenericSchema<ListUserMailboxThreadOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({ id: optional(string()), body_preview: optional(string()) }))),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link ModifyUserMailboxThreadOutput}, for opt-in response validation. */
export const ModifyUserMailboxThreadOutputSchema: GenericSchema<ModifyUserMailboxThreadOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link TrashUserMailboxThreadOutput}, for opt-in response validation. */
export const TrashUserMailboxThreadOutputSchema: GenericSchema<TrashUserMailboxThreadOutput> = /*#__PURE__*/ (() => looseObject({
}))()
