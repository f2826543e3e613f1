// Generated from catalog/helpdesk.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, string } from '../../../core/valibot.ts'
import {
  AgentScheduleSchema,
  CategorieSchema,
  ChatSchema,
  CreateUserSchema,
  CreatedBySchema,
  DepartmentSchema,
  FaqSchema,
  ItemSchema,
  TicketSchema,
} from './models.ts'
import type { AgentAgentEmailOutput, PatchAgentOutput } from './agent.ts'
import type {
  DeleteAgentSchedulesOutput,
  GetAgentSchedulesOutput,
  PatchAgentSchedulesOutput,
} from './agent.schedules.ts'
import type { CreateAgentScheduleOutput, ListAgentScheduleOutput } from './agent_schedule.ts'
import type {
  CreateAgentSkillOutput,
  DeleteAgentSkillOutput,
  GetAgentSkillOutput,
  ListAgentSkillOutput,
  PatchAgentSkillOutput,
} from './agent_skill.ts'
import type { ListAgentSkillRuleOutput } from './agent_skill_rule.ts'
import type { CreateBotMessageOutput } from './bot.message.ts'
import type {
  CreateCategoryOutput,
  DeleteCategoryOutput,
  GetCategoryOutput,
  ListCategoryOutput,
  PatchCategoryOutput,
} from './category.ts'
import type { SubscribeEventOutput, UnsubscribeEventOutput } from './event.ts'
import type {
  CreateFaqOutput,
  DeleteFaqOutput,
  GetFaqOutput,
  ListFaqOutput,
  PatchFaqOutput,
  SearchFaqOutput,
} from './faq.ts'
import type {
  CancelNotificationApproveOutput,
  CancelNotificationSendOutput,
  CreateNotificationOutput,
  ExecuteNotificationSendOutput,
  GetNotificationOutput,
  PatchNotificationOutput,
  PreviewNotificationOutput,
  SubmitNotificationApproveOutput,
} from './notification.ts'
import type {
  AnswerTicketUserQueryOutput,
  CustomizedTicketFieldsOutput,
  GetTicketOutput,
  ListTicketOutput,
  StartTicketServiceOutput,
  UpdateTicketOutput,
} from './ticket.ts'
import type { CreateTicketMessageOutput, ListTicketMessageOutput } from './ticket.message.ts'
import type {
  CreateTicketCustomizedFieldOutput,
  DeleteTicketCustomizedFieldOutput,
  GetTicketCustomizedFieldOutput,
  ListTicketCustomizedFieldOutput,
  PatchTicketCustomizedFieldOutput,
} from './ticket_customized_field.ts'

/** Schema of {@link AgentAgentEmailOutput}, for opt-in response validation. */
export const AgentAgentEmailOutputSchema: GenericSchema<AgentAgentEmailOutput> = /*#__PURE__*/ (() => looseObject({
  agents: optional(string()),
}))()

/** Schema of {@link PatchAgentOutput}, for opt-in response validation. */
export const PatchAgentOutputSchema: GenericSchema<PatchAgentOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link DeleteAgentSchedulesOutput}, for opt-in response validation. */
export const DeleteAgentSchedulesOutputSchema: GenericSchema<DeleteAgentSchedulesOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link GetAgentSchedulesOutput}, for opt-in response validation. */
export const GetAgentSchedulesOutputSchema: GenericSchema<GetAgentSchedulesOutput> = /*#__PURE__*/ (() => looseObject({
  agent_schedule: optional(AgentScheduleSchema()),
}))()

/** Schema of {@link PatchAgentSchedulesOutput}, for opt-in response validation. */
export const PatchAgentSchedulesOutputSchema: GenericSchema<PatchAgentSchedulesOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link CreateAgentScheduleOutput}, for opt-in response validation. */
export const CreateAgentScheduleOutputSchema: GenericSchema<CreateAgentScheduleOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link ListAgentScheduleOutput}, for opt-in response validation. */
export const ListAgentScheduleOutputSchema: GenericSchema<ListAgentScheduleOutput> = /*#__PURE__*/ (() => looseObject({
  agent_schedules: optional(array(AgentScheduleSchema())),
}))()

/** Schema of {@link CreateAgentSkillOutput}, for opt-in response validation. */
export const CreateAgentSkillOutputSchema: GenericSchema<CreateAgentSkillOutput> = /*#__PURE__*/ (() => looseObject({
  agent_skill_id: optional(string()),
}))()

/** Schema of {@link DeleteAgentSkillOutput}, for opt-in response validation. */
export const DeleteAgentSkillOutputSchema: GenericSchema<DeleteAgentSkillOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link GetAgentSkillOutput}, for opt-in response validation. */
export const GetAgentSkillOutputSchema: GenericSchema<GetAgentSkillOutput> = /*#__PURE__*/ (() => looseObject({
  agent_skill: optional(looseObject({
    id: optional(string()),
    name: optional(string()),
    rules: optional(array(looseObject({
      id: optional(string()),
      selected_operator: optional(number()),
      operator_options: optional(array(number())),
      operand: optional(string()),
      category: optional(number()),
      display_name: optional(string()),
    }))),
    agent_ids: optional(array(string())),
    is_default: optional(boolean()),
    agents: optional(array(looseObject({
      id: optional(string()),
      avatar_url: optional(string()),
      name: optional(string()),
    }))),
    agent_skill_id: optional(string()),
  })),
}))()

/** Schema of {@link ListAgentSkillOutput}, for opt-in response validation. */
export const ListAgentSkillOutputSchema: GenericSchema<ListAgentSkillOutput> = /*#__PURE__*/ (() => looseObject({
  agent_skills: optional(array(looseObject({
    id: optional(string()),
    name: optional(string()),
    agent_ids: optional(array(string())),
    is_default: optional(boolean()),
    agent_skill_id: optional(string()),
  }))),
}))()

/** Schema of {@link PatchAgentSkillOutput}, for opt-in response validation. */
export const PatchAgentSkillOutputSchema: GenericSchema<PatchAgentSkillOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link ListAgentSkillRuleOutput}, for opt-in response validation. */
export const ListAgentSkillRuleOutputSchema: GenericSchema<ListAgentSkillRuleOutput> = /*#__PURE__*/ (() => looseObject({
  rules: optional(array(looseObject({
    id: optional(string()),
    operator_options: optional(array(number())),
    operand: optional(string()),
    category: optional(number()),
    display_name: optional(string()),
  }))),
}))()

/** Schema of {@link CreateBotMessageOutput}, for opt-in response validation. */
export const CreateBotMessageOutputSchema: GenericSchema<CreateBotMessageOutput> = /*#__PURE__*/ (() => looseObject({
  message_id: optional(string()),
}))()

/** Schema of {@link CreateCategoryOutput}, for opt-in response validation. */
export const CreateCategoryOutputSchema: GenericSchema<CreateCategoryOutput> = /*#__PURE__*/ (() => looseObject({
  category: optional(CategorieSchema()),
}))()

/** Schema of {@link DeleteCategoryOutput}, for opt-in response validation. */
export const DeleteCategoryOutputSchema: GenericSchema<DeleteCategoryOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link GetCategoryOutput}, for opt-in response validation. */
export const GetCategoryOutputSchema: GenericSchema<GetCategoryOutput> = /*#__PURE__*/ (() => looseObject({
  category_id: string(),
  id: string(),
  name: string(),
  helpdesk_id: string(),
  language: optional(string()),
}))()

/** Schema of {@link ListCategoryOutput}, for opt-in response validation. */
export const ListCategoryOutputSchema: GenericSchema<ListCategoryOutput> = /*#__PURE__*/ (() => looseObject({
  categories: optional(array(CategorieSchema())),
}))()

/** Schema of {@link PatchCategoryOutput}, for opt-in response validation. */
export const PatchCategoryOutputSchema: GenericSchema<PatchCategoryOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link SubscribeEventOutput}, for opt-in response validation. */
export const SubscribeEventOutputSchema: GenericSchema<SubscribeEventOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link UnsubscribeEventOutput}, for opt-in response validation. */
export const UnsubscribeEventOutputSchema: GenericSchema<UnsubscribeEventOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link CreateFaqOutput}, for opt-in response validation. */
export const CreateFaqOutputSchema: GenericSchema<CreateFaqOutput> = /*#__PURE__*/ (() => looseObject({
  faq: optional(FaqSchema()),
}))()

/** Schema of {@link DeleteFaqOutput}, for opt-in response validation. */
export const DeleteFaqOutputSchema: GenericSchema<DeleteFaqOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link GetFaqOutput}, for opt-in response validation. */
export const GetFaqOutputSchema: GenericSchema<GetFaqOutput> = /*#__PURE__*/ (() => looseObject({
  faq: optional(FaqSchema()),
}))()

/** Schema of {@link ListFaqOutput}, for opt-in response validation. */
export const ListFaqOutputSchema: GenericSchema<ListFaqOutput> = /*#__PURE__*/ (() => looseObject({
  has_more: optional(boolean()),
  page_token: optional(string()),
  page_size: optional(number()),
  total: optional(number()),
  items: optional(array(FaqSchema())),
}))()

/** Schema of {@link PatchFaqOutput}, for opt-in response validation. */
export const PatchFaqOutputSchema: GenericSchema<PatchFaqOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link SearchFaqOutput}, for opt-in response validation. */
export const SearchFaqOutputSchema: GenericSchema<SearchFaqOutput> = /*#__PURE__*/ (() => looseObject({
  has_more: optional(boolean()),
  page_token: optional(string()),
  items: optional(array(FaqSchema())),
}))()

/** Schema of {@link CancelNotificationApproveOutput}, for opt-in response validation. */
export const CancelNotificationApproveOutputSchema: GenericSchema<CancelNotificationApproveOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link CancelNotificationSendOutput}, for opt-in response validation. */
export const CancelNotificationSendOutputSchema: GenericSchema<CancelNotificationSendOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link CreateNotificationOutput}, for opt-in response validation. */
export const CreateNotificationOutputSchema: GenericSchema<CreateNotificationOutput> = /*#__PURE__*/ (() => looseObject({
  notification_id: optional(string()),
  status: optional(number()),
}))()

/** Schema of {@link ExecuteNotificationSendOutput}, for opt-in response validation. */
export const ExecuteNotificationSendOutputSchema: GenericSchema<ExecuteNotificationSendOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link GetNotificationOutput}, for opt-in response validation. */
export const GetNotificationOutputSchema: GenericSchema<GetNotificationOutput> = /*#__PURE__*/ (() => looseObject({
  notification: optional(looseObject({
    id: optional(string()),
    job_name: optional(string()),
    status: optional(number()),
    create_user: optional(CreateUserSchema()),
    created_at: optional(string()),
    update_user: optional(CreateUserSchema()),
    updated_at: optional(string()),
    target_user_count: optional(number()),
    sent_user_count: optional(number()),
    read_user_count: optional(number()),
    send_at: optional(string()),
    push_content: optional(string()),
    push_type: optional(number()),
    push_scope_type: optional(number()),
    new_staff_scope_type: optional(number()),
    new_staff_scope_department_list: optional(array(DepartmentSchema())),
    user_list: optional(array(CreateUserSchema())),
    department_list: optional(array(DepartmentSchema())),
    chat_list: optional(array(ChatSchema())),
    ext: optional(string()),
  })),
  approval_app_link: optional(string()),
}))()

/** Schema of {@link PatchNotificationOutput}, for opt-in response validation. */
export const PatchNotificationOutputSchema: GenericSchema<PatchNotificationOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link PreviewNotificationOutput}, for opt-in response validation. */
export const PreviewNotificationOutputSchema: GenericSchema<PreviewNotificationOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link SubmitNotificationApproveOutput}, for opt-in response validation. */
export const SubmitNotificationApproveOutputSchema: GenericSchema<SubmitNotificationApproveOutput> = /*#__PURE__*/ (() => looseObject({
  has_access: optional(boolean()),
}))()

/** Schema of {@link AnswerTicketUserQueryOutput}, for opt-in response validation. */
export const AnswerTicketUserQueryOutputSchema: GenericSchema<AnswerTicketUserQueryOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link CustomizedTicketFieldsOutput}, for opt-in response validation. */
export const CustomizedTicketFieldsOutputSchema: GenericSchema<CustomizedTicketFieldsOutput> = /*#__PURE__*/ (() => looseObject({
  user_customized_fields: optional(array(looseObject({
    user_customized_field_id: optional(string()),
    id: optional(string()),
    helpdesk_id: optional(string()),
    key_name: optional(string()),
    display_name: optional(string()),
    position: optional(string()),
    field_type: optional(string()),
    description: optional(string()),
    visible: optional(boolean()),
    editable: optional(boolean()),
    required: optional(boolean()),
    created_at: optional(string()),
    updated_at: optional(string()),
  }))),
  ticket_customized_fields: optional(array(ItemSchema())),
}))()

/** Schema of {@link GetTicketOutput}, for opt-in response validation. */
export const GetTicketOutputSchema: GenericSchema<GetTicketOutput> = /*#__PURE__*/ (() => looseObject({
  ticket: optional(TicketSchema()),
}))()

/** Schema of {@link ListTicketOutput}, for opt-in response validation. */
export const ListTicketOutputSchema: GenericSchema<ListTicketOutput> = /*#__PURE__*/ (() => looseObject({
  total: optional(number()),
  tickets: optional(array(TicketSchema())),
}))()

/** Schema of {@link StartTicketServiceOutput}, for opt-in response validation. */
export const StartTicketServiceOutputSchema: GenericSchema<StartTicketServiceOutput> = /*#__PURE__*/ (() => looseObject({
  chat_id: string(),
  ticket_id: optional(string()),
}))()

/** Schema of {@link UpdateTicketOutput}, for opt-in response validation. */
export const UpdateTicketOutputSchema: GenericSchema<UpdateTicketOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link CreateTicketMessageOutput}, for opt-in response validation. */
export const CreateTicketMessageOutputSchema: GenericSchema<CreateTicketMessageOutput> = /*#__PURE__*/ (() => looseObject({
  message_id: optional(string()),
}))()

/** Schema of {@link ListTicketMessageOutput}, for opt-in response validation. */
export const ListTicketMessageOutputSchema: GenericSchema<ListTicketMessageOutput> = /*#__PURE__*/ (() => looseObject({
  messages: optional(array(looseObject({
    id: optional(string()),
    message_id: optional(string()),
    message_type: string(),
    created_at: optional(number()),
    content: string(),
    user_name: optional(string()),
    avatar_url: optional(string()),
    user_id: optional(string()),
  }))),
  total: optional(number()),
}))()

/** Schema of {@link CreateTicketCustomizedFieldOutput}, for opt-in response validation. */
export const CreateTicketCustomizedFieldOutputSchema: GenericSchema<CreateTicketCustomizedFieldOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link DeleteTicketCustomizedFieldOutput}, for opt-in response validation. */
export const DeleteTicketCustomizedFieldOutputSchema: GenericSchema<DeleteTicketCustomizedFieldOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link GetTicketCustomizedFieldOutput}, for opt-in response validation. */
export const GetTicketCustomizedFieldOutputSchema: GenericSchema<GetTicketCustomizedFieldOutput> = /*#__PURE__*/ (() => looseObject({
  ticket_customized_field_id: string(),
  helpdesk_id: optional(string()),
  key_name: string(),
  display_name: string(),
  position: string(),
  field_type: string(),
  description: string(),
  visible: boolean(),
  editable: optional(boolean()),
  required: boolean(),
  created_at: optional(string()),
  updated_at: optional(string()),
  created_by: optional(CreatedBySchema()),
  updated_by: optional(CreatedBySchema()),
  dropdown_allow_multiple: optional(boolean()),
}))()

/** Schema of {@link ListTicketCustomizedFieldOutput}, for opt-in response validation. */
export const ListTicketCustomizedFieldOutputSchema: GenericSchema<ListTicketCustomizedFieldOutput> = /*#__PURE__*/ (() => looseObject({
  has_more: optional(boolean()),
  next_page_token: optional(string()),
  items: optional(array(ItemSchema())),
}))()

/** Schema of {@link PatchTicketCustomizedFieldOutput}, for opt-in response validation. */
export const PatchTicketCustomizedFieldOutputSchema: GenericSchema<PatchTicketCustomizedFieldOutput> = /*#__PURE__*/ (() => looseObject({
}))()
