// Generated from catalog/mail.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type {
  ActionItem,
  Attachment,
  BatchCreateItem,
  BatchGetMessage,
  Bcc,
  Condition,
  CreateMailContact,
  CreateRule,
  CreateTemplate,
  DownloadUrl,
  Draft,
  FailedReason,
  Folder,
  Item,
  Label,
  MailgroupMemberBatchCreateItem,
  Message,
  PublicMailboxMemberBatchCreateItem,
  SecurityLevel,
  Template,
} from './types.ts'

/** Builds the schema of {@link ActionItem}. */
export function ActionItemSchema(): GenericSchema<ActionItem> {
  return looseObject({ type: number(), input: optional(string()) })
}

/** Builds the schema of {@link Attachment}. */
export function AttachmentSchema(): GenericSchema<Attachment> {
  return looseObject({
    filename: optional(string()),
    id: optional(string()),
    attachment_type: optional(number()),
    is_inline: optional(boolean()),
    cid: optional(string()),
  })
}

/** Builds the schema of {@link BatchCreateItem}. */
export function BatchCreateItemSchema(): GenericSchema<BatchCreateItem> {
  return looseObject({
    permission_member_id: optional(string()),
    user_id: optional(string()),
    department_id: optional(string()),
    email: optional(string()),
    type: optional(picklist(['USER', 'DEPARTMENT', 'MAIL_GROUP', 'PUBLIC_MAILBOX'])),
  })
}

/** Builds the schema of {@link BatchGetMessage}. */
export function BatchGetMessageSchema(): GenericSchema<BatchGetMessage> {
  return looseObject({
    raw: optional(string()),
    subject: optional(string()),
    to: optional(array(BccSchema())),
    cc: optional(array(BccSchema())),
    bcc: optional(array(BccSchema())),
    head_from: optional(BccSchema()),
    body_html: optional(string()),
    internal_date: optional(string()),
    message_state: optional(number()),
    smtp_message_id: optional(string()),
    message_id: optional(string()),
    attachments: optional(array(looseObject({
      body: string(),
      filename: string(),
      id: optional(string()),
      attachment_type: optional(number()),
      is_inline: optional(boolean()),
      cid: optional(string()),
    }))),
    body_plain_text: optional(string()),
    thread_id: optional(string()),
    body_preview: optional(string()),
    label_ids: optional(array(string())),
    folder_id: optional(string()),
    in_reply_to: optional(string()),
    reply_to: optional(string()),
    priority_type: optional(picklist(['0', '1', '3', '5'])),
    security_level: optional(SecurityLevelSchema()),
    references: optional(string()),
    body_calendar: optional(string()),
  })
}

/** Builds the schema of {@link Bcc}. */
export function BccSchema(): GenericSchema<Bcc> {
  return looseObject({ mail_address: string(), name: optional(string()) })
}

/** Builds the schema of {@link Condition}. */
export function ConditionSchema(): GenericSchema<Condition> {
  return looseObject({
    match_type: number(),
    items: array(looseObject({ type: number(), operator: number(), input: optional(string()) })),
  })
}

/** Builds the schema of {@link CreateMailContact}. */
export function CreateMailContactSchema(): GenericSchema<CreateMailContact> {
  return looseObject({
    id: optional(string()),
    name: string(),
    company: optional(string()),
    phone: optional(string()),
    mail_address: optional(string()),
    tag: optional(string()),
    remark: optional(string()),
    avatar: optional(string()),
    position: optional(string()),
  })
}

/** Builds the schema of {@link CreateRule}. */
export function CreateRuleSchema(): GenericSchema<CreateRule> {
  return looseObject({
    id: optional(string()),
    condition: looseObject({
      match_type: number(),
      items: array(looseObject({ type: number(), operator: optional(number()), input: optional(string()) })),
    }),
    action: looseObject({ items: array(ActionItemSchema()) }),
    ignore_the_rest_of_rules: boolean(),
    name: string(),
    is_enable: boolean(),
  })
}

/** Builds the schema of {@link CreateTemplate}. */
export function CreateTemplateSchema(): GenericSchema<CreateTemplate> {
  return looseObject({
    name: string(),
    subject: optional(string()),
    template_content: optional(string()),
    is_plain_text_mode: optional(boolean()),
    tos: optional(array(BccSchema())),
    ccs: optional(array(BccSchema())),
    bccs: optional(array(BccSchema())),
    attachments: optional(array(AttachmentSchema())),
  })
}

/** Builds the schema of {@link DownloadUrl}. */
export function DownloadUrlSchema(): GenericSchema<DownloadUrl> {
  return looseObject({ attachment_id: optional(string()), download_url: optional(string()) })
}

/** Builds the schema of {@link Draft}. */
export function DraftSchema(): GenericSchema<Draft> {
  return looseObject({ id: optional(string()), message: optional(BatchGetMessageSchema()) })
}

/** Builds the schema of {@link FailedReason}. */
export function FailedReasonSchema(): GenericSchema<FailedReason> {
  return looseObject({ attachment_id: optional(string()), reason: optional(string()) })
}

/** Builds the schema of {@link Folder}. */
export function FolderSchema(): GenericSchema<Folder> {
  return looseObject({
    id: optional(string()),
    name: string(),
    parent_folder_id: string(),
    folder_type: optional(number()),
    unread_message_count: optional(number()),
    unread_thread_count: optional(number()),
  })
}

/** Builds the schema of {@link Item}. */
export function ItemSchema(): GenericSchema<Item> {
  return looseObject({ primary_email: optional(string()), email_alias: optional(string()) })
}

/** Builds the schema of {@link Label}. */
export function LabelSchema(): GenericSchema<Label> {
  return looseObject({
    id: optional(string()),
    name: optional(string()),
    background_color: optional(string()),
    messages_unread: optional(number()),
  })
}

/** Builds the schema of {@link MailgroupMemberBatchCreateItem}. */
export function MailgroupMemberBatchCreateItemSchema(): GenericSchema<MailgroupMemberBatchCreateItem> {
  return looseObject({
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
  })
}

/** Builds the schema of {@link Message}. */
export function MessageSchema(): GenericSchema<Message> {
  return looseObject({
    subject: optional(string()),
    to: optional(array(BccSchema())),
    cc: optional(array(BccSchema())),
    bcc: optional(array(BccSchema())),
    head_from: optional(BccSchema()),
    body_html: optional(string()),
    internal_date: optional(string()),
    message_state: optional(number()),
    smtp_message_id: optional(string()),
    message_id: optional(string()),
    attachments: optional(array(looseObject({
      filename: string(),
      id: optional(string()),
      attachment_type: optional(number()),
      is_inline: optional(boolean()),
      cid: optional(string()),
    }))),
    body_plain_text: optional(string()),
    thread_id: optional(string()),
    body_preview: optional(string()),
    label_ids: optional(array(string())),
    folder_id: optional(string()),
    in_reply_to: optional(string()),
    reply_to: optional(string()),
    priority_type: optional(picklist(['0', '1', '3', '5'])),
    security_level: optional(SecurityLevelSchema()),
    references: optional(string()),
    body_calendar: optional(string()),
  })
}

/** Builds the schema of {@link PublicMailboxMemberBatchCreateItem}. */
export function PublicMailboxMemberBatchCreateItemSchema(): GenericSchema<PublicMailboxMemberBatchCreateItem> {
  return looseObject({ member_id: optional(string()), user_id: optional(string()), type: optional(picklist(['USER'])) })
}

/** Builds the schema of {@link SecurityLevel}. */
export function SecurityLevelSchema(): GenericSchema<SecurityLevel> {
  return looseObject({
    is_risk: optional(boolean()),
    risk_banner_level: optional(picklist(['WARNING', 'DANGER', 'INFO'])),
    risk_banner_reason: optional(picklist([
      'NO_REASON',
      'IMPERSONATE_DOMAIN',
      'IMPERSONATE_KP_NAME',
      'UNAUTH_EXTERNAL',
      'MALICIOUS_URL',
      'MALICIOUS_ATTACHMENT',
      'PHISHING',
      'IMPERSONATE_PARTNER',
      'EXTERNAL_ENCRYPTION_ATTACHMENT',
    ])),
    is_header_from_external: optional(boolean()),
    via_domain: optional(string()),
    spam_banner_type: optional(picklist([
      'USER_REPORT',
      'USER_BLOCK',
      'ANTI_SPAM',
      'USER_RULE',
      'BLOCK_DOMIN',
      'BLOCK_ADDRESS',
    ])),
    spam_user_rule_id: optional(string()),
    spam_banner_info: optional(string()),
  })
}

/** Builds the schema of {@link Template}. */
export function TemplateSchema(): GenericSchema<Template> {
  return looseObject({
    template_id: optional(string()),
    name: string(),
    subject: optional(string()),
    template_content: optional(string()),
    is_plain_text_mode: optional(boolean()),
    tos: optional(array(BccSchema())),
    ccs: optional(array(BccSchema())),
    bccs: optional(array(BccSchema())),
    attachments: optional(array(AttachmentSchema())),
    create_time: optional(string()),
  })
}
