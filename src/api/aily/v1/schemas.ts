// Generated from catalog/aily.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import {
  DataAssetSchema,
  FileSchema,
  ItemSchema,
  MessageSchema,
  RunSchema,
  SessionSchema,
  SkillSchema,
} from './models.ts'
import type { GetAgentAgentArtifactOutput } from './agent.agent_artifact.ts'
import type { CreateAgentAgentAttachmentOutput } from './agent.agent_attachment.ts'
import type { CreateAgentAgentChatOutput, GetAgentAgentChatOutput } from './agent.agent_chat.ts'
import type {
  CreateAgentAgentChatSessionOutput,
  DeleteAgentAgentChatSessionOutput,
  GetAgentAgentChatSessionOutput,
  ListAgentAgentChatSessionOutput,
} from './agent.agent_chat_session.ts'
import type { CheckAgentAgentVisibilityOutput } from './agent.agent_visibility.ts'
import type {
  CreateAilySessionOutput,
  DeleteAilySessionOutput,
  GetAilySessionOutput,
  UpdateAilySessionOutput,
} from './aily_session.ts'
import type {
  CreateAilySessionAilyMessageOutput,
  GetAilySessionAilyMessageOutput,
  ListAilySessionAilyMessageOutput,
} from './aily_session.aily_message.ts'
import type {
  CancelAilySessionRunOutput,
  CreateAilySessionRunOutput,
  GetAilySessionRunOutput,
  ListAilySessionRunOutput,
} from './aily_session.run.ts'
import type {
  CreateAppDataAssetOutput,
  DeleteAppDataAssetOutput,
  GetAppDataAssetOutput,
  ListAppDataAssetOutput,
  UploadAppDataAssetFileOutput,
} from './app.data_asset.ts'
import type { ListAppDataAssetTagOutput } from './app.data_asset_tag.ts'
import type { AskAppKnowledgeOutput } from './app.knowledge.ts'
import type { GetAppSkillOutput, ListAppSkillOutput, StartAppSkillOutput } from './app.skill.ts'
import type { CreateFileOutput, GetFileOutput } from './file.ts'
import type { ListTenantAppStatOutput } from './tenant.app_stat.ts'

/** Schema of {@link GetAgentAgentArtifactOutput}, for opt-in response validation. */
export const GetAgentAgentArtifactOutputSchema: GenericSchema<GetAgentAgentArtifactOutput> = /*#__PURE__*/ (() => looseObject({
  agent_artifact: optional(looseObject({ artifact_id: string(), name: string(), url: string() })),
}))()

/** Schema of {@link CreateAgentAgentAttachmentOutput}, for opt-in response validation. */
export const CreateAgentAgentAttachmentOutputSchema: GenericSchema<CreateAgentAgentAttachmentOutput> = /*#__PURE__*/ (() => looseObject({
  agent_attachment_id: string(),
}))()

/** Schema of {@link CreateAgentAgentChatOutput}, for opt-in response validation. */
export const CreateAgentAgentChatOutputSchema: GenericSchema<CreateAgentAgentChatOutput> = /*#__PURE__*/ (() => looseObject({
  agent_chat_id: string(),
  session_id: optional(string()),
}))()

/** Schema of {@link GetAgentAgentChatOutput}, for opt-in response validation. */
export const GetAgentAgentChatOutputSchema: GenericSchema<GetAgentAgentChatOutput> = /*#__PURE__*/ (() => looseObject({
  content: array(looseObject({
    type: optional(string()),
    text: optional(string()),
    agent_artifact_id: optional(string()),
    artifact_type: optional(string()),
  })),
  finish_reason: optional(string()),
  status: string(),
}))()

/** Schema of {@link CreateAgentAgentChatSessionOutput}, for opt-in response validation. */
export const CreateAgentAgentChatSessionOutputSchema: GenericSchema<CreateAgentAgentChatSessionOutput> = /*#__PURE__*/ (() => looseObject({
  session_id: optional(string()),
  name: optional(string()),
  created_at: optional(string()),
}))()

/** Schema of {@link DeleteAgentAgentChatSessionOutput}, for opt-in response validation. */
export const DeleteAgentAgentChatSessionOutputSchema: GenericSchema<DeleteAgentAgentChatSessionOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link GetAgentAgentChatSessionOutput}, for opt-in response validation. */
export const GetAgentAgentChatSessionOutputSchema: GenericSchema<GetAgentAgentChatSessionOutput> = /*#__PURE__*/ (() => looseObject({
  session_id: optional(string()),
  name: optional(string()),
  status: optional(string()),
  created_at: optional(string()),
  last_chat_at: optional(string()),
  turns: optional(looseObject({
    agent_chat_id: optional(string()),
    created_at: optional(number()),
    status: optional(string()),
  })),
}))()

/** Schema of {@link ListAgentAgentChatSessionOutput}, for opt-in response validation. */
export const ListAgentAgentChatSessionOutputSchema: GenericSchema<ListAgentAgentChatSessionOutput> = /*#__PURE__*/ (() => looseObject({
  sessions: optional(array(looseObject({
    session_id: string(),
    name: optional(string()),
    status: optional(string()),
    created_at: optional(number()),
    last_chat_at: optional(number()),
  }))),
  has_more: optional(boolean()),
  next_page_token: optional(string()),
}))()

/** Schema of {@link CheckAgentAgentVisibilityOutput}, for opt-in response validation. */
export const CheckAgentAgentVisibilityOutputSchema: GenericSchema<CheckAgentAgentVisibilityOutput> = /*#__PURE__*/ (() => looseObject({
  visibility: optional(boolean()),
}))()

/** Schema of {@link CreateAilySessionOutput}, for opt-in response validation. */
export const CreateAilySessionOutputSchema: GenericSchema<CreateAilySessionOutput> = /*#__PURE__*/ (() => looseObject({
  session: optional(SessionSchema()),
}))()

/** Schema of {@link DeleteAilySessionOutput}, for opt-in response validation. */
export const DeleteAilySessionOutputSchema: GenericSchema<DeleteAilySessionOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link GetAilySessionOutput}, for opt-in response validation. */
export const GetAilySessionOutputSchema: GenericSchema<GetAilySessionOutput> = /*#__PURE__*/ (() => looseObject({
  session: optional(SessionSchema()),
}))()

/** Schema of {@link UpdateAilySessionOutput}, for opt-in response validation. */
export const UpdateAilySessionOutputSchema: GenericSchema<UpdateAilySessionOutput> = /*#__PURE__*/ (() => looseObject({
  session: optional(SessionSchema()),
}))()

/** Schema of {@link CreateAilySessionAilyMessageOutput}, for opt-in response validation. */
export const CreateAilySessionAilyMessageOutputSchema: GenericSchema<CreateAilySessionAilyMessageOutput> = /*#__PURE__*/ (() => looseObject({
  message: optional(MessageSchema()),
}))()

/** Schema of {@link GetAilySessionAilyMessageOutput}, for opt-in response validation. */
export const GetAilySessionAilyMessageOutputSchema: GenericSchema<GetAilySessionAilyMessageOutput> = /*#__PURE__*/ (() => looseObject({
  message: optional(MessageSchema()),
}))()

/** Schema of {@link ListAilySessionAilyMessageOutput}, for opt-in response validation. */
export const ListAilySessionAilyMessageOutputSchema: GenericSchema<ListAilySessionAilyMessageOutput> = /*#__PURE__*/ (() => looseObject({
  messages: optional(array(MessageSchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link CancelAilySessionRunOutput}, for opt-in response validation. */
export const CancelAilySessionRunOutputSchema: GenericSchema<CancelAilySessionRunOutput> = /*#__PURE__*/ (() => looseObject({
  run: optional(RunSchema()),
}))()

/** Schema of {@link CreateAilySessionRunOutput}, for opt-in response validation. */
export const CreateAilySessionRunOutputSchema: GenericSchema<CreateAilySessionRunOutput> = /*#__PURE__*/ (() => looseObject({
  run: optional(RunSchema()),
}))()

/** Schema of {@link GetAilySessionRunOutput}, for opt-in response validation. */
export const GetAilySessionRunOutputSchema: GenericSchema<GetAilySessionRunOutput> = /*#__PURE__*/ (() => looseObject({
  run: optional(RunSchema()),
}))()

/** Schema of {@link ListAilySessionRunOutput}, for opt-in response validation. */
export const ListAilySessionRunOutputSchema: GenericSchema<ListAilySessionRunOutput> = /*#__PURE__*/ (() => looseObject({
  runs: optional(array(RunSchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link CreateAppDataAssetOutput}, for opt-in response validation. */
export const CreateAppDataAssetOutputSchema: GenericSchema<CreateAppDataAssetOutput> = /*#__PURE__*/ (() => looseObject({
  data_asset: optional(DataAssetSchema()),
}))()

/** Schema of {@link DeleteAppDataAssetOutput}, for opt-in response validation. */
export const DeleteAppDataAssetOutputSchema: GenericSchema<DeleteAppDataAssetOutput> = /*#__PURE__*/ (() => looseObject({
  data_asset: optional(DataAssetSchema()),
}))()

/** Schema of {@link GetAppDataAssetOutput}, for opt-in response validation. */
export const GetAppDataAssetOutputSchema: GenericSchema<GetAppDataAssetOutput> = /*#__PURE__*/ (() => looseObject({
  data_asset: optional(DataAssetSchema()),
}))()

/** Schema of {@link ListAppDataAssetOutput}, for opt-in response validation. */
export const ListAppDataAssetOutputSchema: GenericSchema<ListAppDataAssetOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(DataAssetSchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link UploadAppDataAssetFileOutput}, for opt-in response validation. */
export const UploadAppDataAssetFileOutputSchema: GenericSchema<UploadAppDataAssetFileOutput> = /*#__PURE__*/ (() => looseObject({
  file_info: optional(looseObject({ token: string(), mime_type: string() })),
}))()

/** Schema of {@link ListAppDataAssetTagOutput}, for opt-in response validation. */
export const ListAppDataAssetTagOutputSchema: GenericSchema<ListAppDataAssetTagOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(ItemSchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link AskAppKnowledgeOutput}, for opt-in response validation. */
export const AskAppKnowledgeOutputSchema: GenericSchema<AskAppKnowledgeOutput> = /*#__PURE__*/ (() => looseObject({
  status: optional(picklist(['processing', 'finished'])),
  finish_type: optional(picklist(['qa', 'faq'])),
  message: optional(looseObject({ content: optional(string()) })),
  process_data: optional(looseObject({
    chart_dsls: optional(array(string())),
    chunks: optional(array(string())),
    sql_data: optional(array(string())),
  })),
  faq_result: optional(looseObject({ question: optional(string()), answer: optional(string()) })),
  has_answer: optional(boolean()),
}))()

/** Schema of {@link GetAppSkillOutput}, for opt-in response validation. */
export const GetAppSkillOutputSchema: GenericSchema<GetAppSkillOutput> = /*#__PURE__*/ (() => looseObject({
  skill: optional(SkillSchema()),
}))()

/** Schema of {@link ListAppSkillOutput}, for opt-in response validation. */
export const ListAppSkillOutputSchema: GenericSchema<ListAppSkillOutput> = /*#__PURE__*/ (() => looseObject({
  skills: optional(array(SkillSchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link StartAppSkillOutput}, for opt-in response validation. */
export const StartAppSkillOutputSchema: GenericSchema<StartAppSkillOutput> = /*#__PURE__*/ (() => looseObject({
  output: optional(string()),
  status: optional(string()),
}))()

/** Schema of {@link CreateFileOutput}, for opt-in response validation. */
export const CreateFileOutputSchema: GenericSchema<CreateFileOutput> = /*#__PURE__*/ (() => looseObject({
  files: optional(array(FileSchema())),
}))()

/** Schema of {@link GetFileOutput}, for opt-in response validation. */
export const GetFileOutputSchema: GenericSchema<GetFileOutput> = /*#__PURE__*/ (() => looseObject({
  file: optional(FileSchema()),
}))()

/** Schema of {@link ListTenantAppStatOutput}, for opt-in response validation. */
export const ListTenantAppStatOutputSchema: GenericSchema<ListTenantAppStatOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    id: string(),
    name: optional(string()),
    avg_daily_active_user_num: optional(number()),
    avg_daily_run_num: optional(number()),
    avg_daily_credit_usage: optional(number()),
    total_credit_usage: optional(number()),
    owner: optional(looseObject({
      id: string(),
      name: optional(string()),
      tenant_id: optional(string()),
      lark_user_id: optional(string()),
      open_user_id: optional(string()),
      open_id: optional(string()),
    })),
    app_created_at: optional(string()),
  }))),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()
