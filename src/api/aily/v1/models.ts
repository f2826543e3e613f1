// Generated from catalog/aily.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, picklist, record, string } from '../../../core/valibot.ts'
import type { DataAsset, File, ImportKnowledgeSetting, Item, Mention, Message, Run, Session, Skill } from './types.ts'

/** Builds the schema of {@link DataAsset}. */
export function DataAssetSchema(): GenericSchema<DataAsset> {
  return looseObject({
    data_asset_id: optional(string()),
    label: optional(record(string(), string())),
    description: optional(record(string(), string())),
    data_source_type: optional(picklist([
      'object',
      'docx',
      'excel',
      'pdf',
      'pptx',
      'txt',
      'mysql',
      'postgresql',
      'larkbase',
      'salesforce',
      'fenxiangxiaoke',
      'qianchuan',
      'clickhouse',
      'databricks',
      'servicedesk',
      'larkbiz_wiki',
      'larkbiz_doc',
      'larkbiz_docs',
      'larkbiz_docx',
      'larkbiz_pdf',
      'larkbiz_word',
      'larkbiz_pptx',
      'larkbiz_sheets',
      'larkbiz_base',
      'larkbiz_personalfolder',
      'larkbiz_sharedfolder',
    ])),
    connect_status: optional(picklist([
      'awaiting',
      'syncing',
      'successful',
      'continuously_syncing',
      'partially_successful',
      'failed',
    ])),
    tags: optional(array(ItemSchema())),
    items: optional(array(looseObject({
      data_asset_item_id: optional(string()),
      api_name: optional(string()),
      label: optional(record(string(), string())),
      description: optional(record(string(), string())),
      resources: optional(array(looseObject({
        resource_id: optional(string()),
        resource_type: optional(picklist(['dataset', 'vector'])),
      }))),
    }))),
    connect_failed_reason: optional(string()),
    import_knowledge_setting: optional(ImportKnowledgeSettingSchema()),
    connect_type: optional(picklist(['import', 'direct'])),
    created_time: optional(string()),
    updated_time: optional(string()),
  })
}

/** Builds the schema of {@link File}. */
export function FileSchema(): GenericSchema<File> {
  return looseObject({
    id: optional(string()),
    mime_type: optional(string()),
    file_name: optional(string()),
    metadata: optional(string()),
    created_at: optional(string()),
    preview_url: optional(looseObject({ url: string(), expired_at: optional(string()) })),
  })
}

/** Builds the schema of {@link ImportKnowledgeSetting}. */
export function ImportKnowledgeSettingSchema(): GenericSchema<ImportKnowledgeSetting> {
  return looseObject({
    chunk_setting: optional(looseObject({
      rule_type: picklist(['separator', 'intelligent']),
      separate_type: optional(picklist(['paragraph', 'title'])),
      size: optional(number()),
      overlap: optional(number()),
    })),
    file: optional(looseObject({
      title: optional(string()),
      token: optional(string()),
      content: optional(string()),
      mime_type: optional(string()),
      url: optional(string()),
    })),
    lark_doc: optional(looseObject({
      type: picklist(['doc', 'file', 'wiki', 'docx', 'folder']),
      token: string(),
      with_sub_docs: optional(boolean()),
      url: optional(string()),
    })),
    lark_wiki_space: optional(looseObject({
      space_id: string(),
      sub_docs: optional(array(looseObject({ type: picklist(['wiki']), token: string(), url: optional(string()) }))),
      url: optional(string()),
    })),
    lark_helpdesk: optional(looseObject({ helpdesk_id: string() })),
  })
}

/** Builds the schema of {@link Item}. */
export function ItemSchema(): GenericSchema<Item> {
  return looseObject({ data_asset_tag_id: optional(string()), name: optional(string()) })
}

/** Builds the schema of {@link Mention}. */
export function MentionSchema(): GenericSchema<Mention> {
  return looseObject({
    entity_id: optional(string()),
    identity_provider: optional(picklist(['AILY', 'FEISHU'])),
    key: optional(string()),
    name: optional(string()),
    aily_id: optional(string()),
  })
}

/** Builds the schema of {@link Message}. */
export function MessageSchema(): GenericSchema<Message> {
  return looseObject({
    id: optional(string()),
    session_id: optional(string()),
    run_id: optional(string()),
    content_type: optional(picklist(['MDX', 'TEXT', 'CLIP', 'SmartCard', 'JSON'])),
    content: optional(string()),
    files: optional(array(FileSchema())),
    quote_message_id: optional(string()),
    sender: optional(looseObject({
      entity_id: optional(string()),
      identity_provider: optional(picklist(['AILY', 'FEISHU'])),
      sender_type: optional(picklist(['USER', 'ASSISTANT'])),
      aily_id: optional(string()),
    })),
    mentions: optional(array(MentionSchema())),
    plain_text: optional(string()),
    created_at: optional(string()),
    status: optional(picklist(['IN_PROGRESS', 'COMPLETED'])),
    reasoning_content: optional(string()),
  })
}

/** Builds the schema of {@link Run}. */
export function RunSchema(): GenericSchema<Run> {
  return looseObject({
    id: string(),
    created_at: string(),
    app_id: string(),
    session_id: string(),
    status: picklist(['QUEUED', 'IN_PROGRESS', 'REQUIRES_MESSAGE', 'CANCELLED', 'COMPLETED', 'FAILED', 'EXPIRED']),
    started_at: optional(string()),
    ended_at: optional(string()),
    error: optional(looseObject({ code: string(), message: string() })),
    metadata: optional(string()),
  })
}

/** Builds the schema of {@link Session}. */
export function SessionSchema(): GenericSchema<Session> {
  return looseObject({
    id: string(),
    created_at: string(),
    modified_at: string(),
    created_by: string(),
    channel_context: optional(string()),
    metadata: optional(string()),
  })
}

/** Builds the schema of {@link Skill}. */
export function SkillSchema(): GenericSchema<Skill> {
  return looseObject({
    id: optional(string()),
    label: optional(string()),
    description: optional(string()),
    samples: optional(array(string())),
    input_schema: optional(string()),
    output_schema: optional(string()),
  })
}
