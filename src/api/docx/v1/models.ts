// Generated from catalog/docx.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type {
  AddOns,
  AgendaItemTitle,
  AgendaItemTitleElement,
  BatchUpdateRequest,
  Block,
  BlockBoard,
  BlockBulletElement,
  BlockCallout,
  BlockFile,
  BlockImage,
  BlockLinkPreview,
  BlockOkrObjective,
  BlockSourceSynced,
  Board,
  Bullet,
  BulletElement,
  BulletElementMentionDoc,
  BulletStyle,
  Callout,
  ChatCard,
  Children,
  Component,
  Content,
  ContentElement,
  DeleteTableColumns,
  DeleteTableRows,
  Descendant,
  DescendantBullet,
  Document,
  Element,
  ElementMentionDoc,
  ElementReminder,
  Equation,
  File,
  Image,
  InlineBlock,
  Isv,
  Item,
  ItemAgendaItemTitle,
  ItemAgendaItemTitleElement,
  ItemBullet,
  ItemOkrKeyResult,
  ItemSourceSynced,
  JiraIssue,
  LinkPreview,
  MentionDoc,
  MentionUser,
  MergeTableCells,
  Minutes,
  Objective,
  Okr,
  OkrKeyResult,
  OkrObjective,
  PatchUpdateText,
  PatchUpdateTextElements,
  ProgressRate,
  Project,
  Property,
  ReferenceBase,
  ReferenceSynced,
  Reminder,
  ReplaceImage,
  Request,
  Sheet,
  SourceSynced,
  Style,
  Table,
  TextElementStyle,
  UnmergeTableCells,
  UpdateTableProperty,
  UpdateTask,
  UpdateText,
  UpdateTextElement,
  UpdateTextElements,
  UpdateTextStyle,
  VisibleSetting,
} from './types.ts'

/** Builds the schema of {@link AddOns}. */
export function AddOnsSchema(): GenericSchema<AddOns> {
  return looseObject({ component_id: optional(string()), component_type_id: string(), record: optional(string()) })
}

/** Builds the schema of {@link AgendaItemTitle}. */
export function AgendaItemTitleSchema(): GenericSchema<AgendaItemTitle> {
  return looseObject({ elements: array(AgendaItemTitleElementSchema()), align: optional(number()) })
}

/** Builds the schema of {@link AgendaItemTitleElement}. */
export function AgendaItemTitleElementSchema(): GenericSchema<AgendaItemTitleElement> {
  return looseObject({
    text_run: optional(EquationSchema()),
    mention_user: optional(MentionUserSchema()),
    mention_doc: optional(MentionDocSchema()),
    reminder: optional(ReminderSchema()),
    file: optional(FileSchema()),
    undefined: optional(looseObject({})),
    inline_block: optional(InlineBlockSchema()),
    equation: optional(EquationSchema()),
  })
}

/** Builds the schema of {@link BatchUpdateRequest}. */
export function BatchUpdateRequestSchema(): GenericSchema<BatchUpdateRequest> {
  return looseObject({
    update_text_elements: optional(UpdateTextElementsSchema()),
    update_text_style: optional(UpdateTextStyleSchema()),
    update_table_property: optional(looseObject({
      column_width: optional(number()),
      column_index: optional(number()),
      header_row: optional(boolean()),
      header_column: optional(boolean()),
    })),
    insert_table_row: optional(looseObject({ row_index: number() })),
    insert_table_column: optional(looseObject({ column_index: number() })),
    delete_table_rows: optional(DeleteTableRowsSchema()),
    delete_table_columns: optional(DeleteTableColumnsSchema()),
    merge_table_cells: optional(MergeTableCellsSchema()),
    unmerge_table_cells: optional(UnmergeTableCellsSchema()),
    insert_grid_column: optional(looseObject({ column_index: number() })),
    delete_grid_column: optional(looseObject({ column_index: number() })),
    update_grid_column_width_ratio: optional(looseObject({ width_ratios: array(number()) })),
    replace_image: optional(ReplaceImageSchema()),
    replace_file: optional(looseObject({ token: string() })),
    block_id: optional(string()),
    update_text: optional(UpdateTextSchema()),
    update_task: optional(UpdateTaskSchema()),
  })
}

/** Builds the schema of {@link Block}. */
export function BlockSchema(): GenericSchema<Block> {
  return looseObject({
    block_id: optional(string()),
    parent_id: optional(string()),
    children: optional(array(string())),
    block_type: number(),
    page: optional(ContentSchema()),
    text: optional(ContentSchema()),
    heading1: optional(ContentSchema()),
    heading2: optional(ContentSchema()),
    heading3: optional(ContentSchema()),
    heading4: optional(ContentSchema()),
    heading5: optional(ContentSchema()),
    heading6: optional(ContentSchema()),
    heading7: optional(ContentSchema()),
    heading8: optional(ContentSchema()),
    heading9: optional(ContentSchema()),
    bullet: optional(ContentSchema()),
    ordered: optional(ContentSchema()),
    code: optional(ContentSchema()),
    quote: optional(ContentSchema()),
    equation: optional(ContentSchema()),
    todo: optional(ContentSchema()),
    bitable: optional(looseObject({ token: optional(string()), view_type: optional(number()) })),
    callout: optional(BlockCalloutSchema()),
    chat_card: optional(ChatCardSchema()),
    diagram: optional(looseObject({ diagram_type: optional(number()) })),
    divider: optional(looseObject({})),
    file: optional(BlockFileSchema()),
    grid: optional(looseObject({ column_size: number() })),
    grid_column: optional(looseObject({ width_ratio: optional(number()) })),
    iframe: optional(looseObject({ component: ComponentSchema() })),
    image: optional(BlockImageSchema()),
    isv: optional(IsvSchema()),
    add_ons: optional(AddOnsSchema()),
    mindnote: optional(looseObject({ token: optional(string()) })),
    sheet: optional(looseObject({
      token: optional(string()),
      row_size: optional(number()),
      column_size: optional(number()),
    })),
    table: optional(TableSchema()),
    table_cell: optional(looseObject({})),
    view: optional(looseObject({ view_type: optional(number()) })),
    undefined: optional(looseObject({})),
    quote_container: optional(looseObject({})),
    task: optional(UpdateTaskSchema()),
    okr: optional(looseObject({
      okr_id: optional(string()),
      objectives: optional(array(ObjectiveSchema())),
      period_display_status: optional(picklist(['default', 'hidden', 'normal', 'invalid'])),
      period_name_zh: optional(string()),
      period_name_en: optional(string()),
      user_id: optional(string()),
      visible_setting: optional(VisibleSettingSchema()),
    })),
    okr_objective: optional(BlockOkrObjectiveSchema()),
    okr_key_result: optional(OkrKeyResultSchema()),
    okr_progress: optional(looseObject({})),
    comment_ids: optional(array(string())),
    jira_issue: optional(JiraIssueSchema()),
    wiki_catalog: optional(looseObject({ wiki_token: optional(string()) })),
    board: optional(BlockBoardSchema()),
    agenda: optional(looseObject({})),
    agenda_item: optional(looseObject({})),
    agenda_item_title: optional(AgendaItemTitleSchema()),
    agenda_item_content: optional(looseObject({})),
    link_preview: optional(BlockLinkPreviewSchema()),
    source_synced: optional(BlockSourceSyncedSchema()),
    reference_synced: optional(ReferenceSyncedSchema()),
    sub_page_list: optional(looseObject({ wiki_token: string() })),
    ai_template: optional(looseObject({})),
    reference_base: optional(ReferenceBaseSchema()),
    project: optional(ProjectSchema()),
    meeting_notes_qa: optional(looseObject({})),
    vc_tabs: optional(looseObject({})),
    vc_summary_tab: optional(looseObject({})),
    vc_transcript_tab: optional(looseObject({})),
    minutes: optional(MinutesSchema()),
  })
}

/** Builds the schema of {@link BlockBoard}. */
export function BlockBoardSchema(): GenericSchema<BlockBoard> {
  return looseObject({
    token: optional(string()),
    align: optional(number()),
    width: optional(number()),
    height: optional(number()),
  })
}

/** Builds the schema of {@link BlockBulletElement}. */
export function BlockBulletElementSchema(): GenericSchema<BlockBulletElement> {
  return looseObject({
    text_run: optional(EquationSchema()),
    mention_user: optional(MentionUserSchema()),
    mention_doc: optional(MentionDocSchema()),
    reminder: optional(ReminderSchema()),
    file: optional(FileSchema()),
    undefined: optional(looseObject({})),
    inline_block: optional(InlineBlockSchema()),
    equation: optional(EquationSchema()),
    link_preview: optional(LinkPreviewSchema()),
  })
}

/** Builds the schema of {@link BlockCallout}. */
export function BlockCalloutSchema(): GenericSchema<BlockCallout> {
  return looseObject({
    background_color: optional(number()),
    border_color: optional(number()),
    text_color: optional(number()),
    emoji_id: optional(string()),
  })
}

/** Builds the schema of {@link BlockFile}. */
export function BlockFileSchema(): GenericSchema<BlockFile> {
  return looseObject({ token: optional(string()), name: optional(string()), view_type: optional(number()) })
}

/** Builds the schema of {@link BlockImage}. */
export function BlockImageSchema(): GenericSchema<BlockImage> {
  return looseObject({
    width: optional(number()),
    height: optional(number()),
    token: optional(string()),
    align: optional(number()),
    caption: optional(looseObject({ content: optional(string()) })),
    scale: optional(number()),
  })
}

/** Builds the schema of {@link BlockLinkPreview}. */
export function BlockLinkPreviewSchema(): GenericSchema<BlockLinkPreview> {
  return looseObject({ url: string(), url_type: picklist(['MessageLink', 'Undefined']) })
}

/** Builds the schema of {@link BlockOkrObjective}. */
export function BlockOkrObjectiveSchema(): GenericSchema<BlockOkrObjective> {
  return looseObject({
    objective_id: optional(string()),
    confidential: optional(boolean()),
    position: optional(number()),
    score: optional(number()),
    visible: optional(boolean()),
    weight: optional(number()),
    progress_rate: optional(ProgressRateSchema()),
    content: optional(ContentSchema()),
  })
}

/** Builds the schema of {@link BlockSourceSynced}. */
export function BlockSourceSyncedSchema(): GenericSchema<BlockSourceSynced> {
  return looseObject({ elements: optional(array(BlockBulletElementSchema())), align: optional(number()) })
}

/** Builds the schema of {@link Board}. */
export function BoardSchema(): GenericSchema<Board> {
  return looseObject({ align: optional(number()), width: optional(number()), height: optional(number()) })
}

/** Builds the schema of {@link Bullet}. */
export function BulletSchema(): GenericSchema<Bullet> {
  return looseObject({ style: optional(BulletStyleSchema()), elements: array(ElementSchema()) })
}

/** Builds the schema of {@link BulletElement}. */
export function BulletElementSchema(): GenericSchema<BulletElement> {
  return looseObject({
    text_run: optional(EquationSchema()),
    mention_user: optional(MentionUserSchema()),
    mention_doc: optional(MentionDocSchema()),
    reminder: optional(ElementReminderSchema()),
    file: optional(FileSchema()),
    inline_block: optional(InlineBlockSchema()),
    equation: optional(EquationSchema()),
    link_preview: optional(LinkPreviewSchema()),
  })
}

/** Builds the schema of {@link BulletElementMentionDoc}. */
export function BulletElementMentionDocSchema(): GenericSchema<BulletElementMentionDoc> {
  return looseObject({
    token: string(),
    obj_type: number(),
    url: string(),
    title: optional(string()),
    text_element_style: optional(TextElementStyleSchema()),
    fallback_type: optional(picklist(['FallbackToLink', 'FallbackToText'])),
  })
}

/** Builds the schema of {@link BulletStyle}. */
export function BulletStyleSchema(): GenericSchema<BulletStyle> {
  return looseObject({
    align: optional(number()),
    done: optional(boolean()),
    folded: optional(boolean()),
    language: optional(number()),
    wrap: optional(boolean()),
    background_color: optional(picklist([
      'LightGrayBackground',
      'LightRedBackground',
      'LightOrangeBackground',
      'LightYellowBackground',
      'LightGreenBackground',
      'LightBlueBackground',
      'LightPurpleBackground',
      'PaleGrayBackground',
      'DarkGrayBackground',
      'DarkRedBackground',
      'DarkOrangeBackground',
      'DarkYellowBackground',
      'DarkGreenBackground',
      'DarkBlueBackground',
      'DarkPurpleBackground',
    ])),
    indentation_level: optional(picklist(['NoIndent', 'OneLevelIndent'])),
  })
}

/** Builds the schema of {@link Callout}. */
export function CalloutSchema(): GenericSchema<Callout> {
  return looseObject({
    background_color: optional(number()),
    border_color: optional(number()),
    text_color: optional(number()),
  })
}

/** Builds the schema of {@link ChatCard}. */
export function ChatCardSchema(): GenericSchema<ChatCard> {
  return looseObject({ chat_id: string(), align: optional(number()) })
}

/** Builds the schema of {@link Children}. */
export function ChildrenSchema(): GenericSchema<Children> {
  return looseObject({
    block_type: number(),
    text: optional(BulletSchema()),
    heading1: optional(BulletSchema()),
    heading2: optional(BulletSchema()),
    heading3: optional(BulletSchema()),
    heading4: optional(BulletSchema()),
    heading5: optional(BulletSchema()),
    heading6: optional(BulletSchema()),
    heading7: optional(BulletSchema()),
    heading8: optional(BulletSchema()),
    heading9: optional(BulletSchema()),
    bullet: optional(BulletSchema()),
    ordered: optional(BulletSchema()),
    code: optional(BulletSchema()),
    quote: optional(BulletSchema()),
    equation: optional(BulletSchema()),
    todo: optional(BulletSchema()),
    bitable: optional(looseObject({ view_type: optional(number()) })),
    callout: optional(CalloutSchema()),
    chat_card: optional(ChatCardSchema()),
    divider: optional(looseObject({})),
    file: optional(looseObject({ view_type: optional(number()) })),
    grid: optional(looseObject({ column_size: number() })),
    iframe: optional(looseObject({ component: ComponentSchema() })),
    image: optional(ImageSchema()),
    isv: optional(looseObject({})),
    add_ons: optional(AddOnsSchema()),
    sheet: optional(SheetSchema()),
    table: optional(looseObject({ property: PropertySchema() })),
    quote_container: optional(looseObject({})),
    task: optional(looseObject({ folded: optional(boolean()) })),
    okr: optional(OkrSchema()),
    comment_ids: optional(array(string())),
    wiki_catalog: optional(looseObject({ wiki_token: optional(string()) })),
    board: optional(BoardSchema()),
    link_preview: optional(BlockLinkPreviewSchema()),
    source_synced: optional(SourceSyncedSchema()),
    reference_synced: optional(ReferenceSyncedSchema()),
    sub_page_list: optional(looseObject({ wiki_token: string() })),
    ai_template: optional(looseObject({})),
    vc_tabs: optional(looseObject({})),
    vc_summary_tab: optional(looseObject({})),
    vc_transcript_tab: optional(looseObject({})),
    minutes: optional(MinutesSchema()),
  })
}

/** Builds the schema of {@link Component}. */
export function ComponentSchema(): GenericSchema<Component> {
  return looseObject({ iframe_type: optional(number()), url: string() })
}

/** Builds the schema of {@link Content}. */
export function ContentSchema(): GenericSchema<Content> {
  return looseObject({ style: optional(StyleSchema()), elements: array(BlockBulletElementSchema()) })
}

/** Builds the schema of {@link ContentElement}. */
export function ContentElementSchema(): GenericSchema<ContentElement> {
  return looseObject({
    text_run: optional(EquationSchema()),
    mention_user: optional(MentionUserSchema()),
    mention_doc: optional(ElementMentionDocSchema()),
    reminder: optional(ReminderSchema()),
    file: optional(FileSchema()),
    undefined: optional(looseObject({})),
    inline_block: optional(InlineBlockSchema()),
    equation: optional(EquationSchema()),
    link_preview: optional(LinkPreviewSchema()),
  })
}

/** Builds the schema of {@link DeleteTableColumns}. */
export function DeleteTableColumnsSchema(): GenericSchema<DeleteTableColumns> {
  return looseObject({ column_start_index: number(), column_end_index: number() })
}

/** Builds the schema of {@link DeleteTableRows}. */
export function DeleteTableRowsSchema(): GenericSchema<DeleteTableRows> {
  return looseObject({ row_start_index: number(), row_end_index: number() })
}

/** Builds the schema of {@link Descendant}. */
export function DescendantSchema(): GenericSchema<Descendant> {
  return looseObject({
    block_id: optional(string()),
    children: optional(array(string())),
    block_type: number(),
    text: optional(DescendantBulletSchema()),
    heading1: optional(DescendantBulletSchema()),
    heading2: optional(DescendantBulletSchema()),
    heading3: optional(DescendantBulletSchema()),
    heading4: optional(DescendantBulletSchema()),
    heading5: optional(DescendantBulletSchema()),
    heading6: optional(DescendantBulletSchema()),
    heading7: optional(DescendantBulletSchema()),
    heading8: optional(DescendantBulletSchema()),
    heading9: optional(DescendantBulletSchema()),
    bullet: optional(DescendantBulletSchema()),
    ordered: optional(DescendantBulletSchema()),
    code: optional(DescendantBulletSchema()),
    quote: optional(DescendantBulletSchema()),
    equation: optional(DescendantBulletSchema()),
    todo: optional(DescendantBulletSchema()),
    bitable: optional(looseObject({ view_type: optional(number()) })),
    callout: optional(CalloutSchema()),
    chat_card: optional(ChatCardSchema()),
    divider: optional(looseObject({})),
    file: optional(looseObject({ view_type: optional(number()) })),
    grid: optional(looseObject({ column_size: number() })),
    grid_column: optional(looseObject({ width_ratio: optional(number()) })),
    iframe: optional(looseObject({ component: ComponentSchema() })),
    image: optional(ImageSchema()),
    isv: optional(looseObject({})),
    add_ons: optional(AddOnsSchema()),
    sheet: optional(SheetSchema()),
    table: optional(looseObject({ property: PropertySchema() })),
    table_cell: optional(looseObject({})),
    view: optional(looseObject({})),
    quote_container: optional(looseObject({})),
    task: optional(looseObject({ folded: optional(boolean()) })),
    okr: optional(OkrSchema()),
    comment_ids: optional(array(string())),
    wiki_catalog: optional(looseObject({ wiki_token: optional(string()) })),
    board: optional(BoardSchema()),
    link_preview: optional(BlockLinkPreviewSchema()),
    source_synced: optional(SourceSyncedSchema()),
    reference_synced: optional(ReferenceSyncedSchema()),
    sub_page_list: optional(looseObject({ wiki_token: string() })),
    ai_template: optional(looseObject({})),
    vc_tabs: optional(looseObject({})),
    vc_summary_tab: optional(looseObject({})),
    vc_transcript_tab: optional(looseObject({})),
    minutes: optional(MinutesSchema()),
  })
}

/** Builds the schema of {@link DescendantBullet}. */
export function DescendantBulletSchema(): GenericSchema<DescendantBullet> {
  return looseObject({ style: optional(BulletStyleSchema()), elements: array(BulletElementSchema()) })
}

/** Builds the schema of {@link Document}. */
export function DocumentSchema(): GenericSchema<Document> {
  return looseObject({
    document_id: optional(string()),
    revision_id: optional(number()),
    title: optional(string()),
    display_setting: optional(looseObject({
      show_authors: optional(boolean()),
      show_create_time: optional(boolean()),
      show_pv: optional(boolean()),
      show_uv: optional(boolean()),
      show_like_count: optional(boolean()),
      show_comment_count: optional(boolean()),
      show_related_matters: optional(boolean()),
    })),
    cover: optional(looseObject({
      token: string(),
      offset_ratio_x: optional(number()),
      offset_ratio_y: optional(number()),
    })),
  })
}

/** Builds the schema of {@link Element}. */
export function ElementSchema(): GenericSchema<Element> {
  return looseObject({
    text_run: optional(EquationSchema()),
    mention_user: optional(MentionUserSchema()),
    mention_doc: optional(BulletElementMentionDocSchema()),
    reminder: optional(ElementReminderSchema()),
    file: optional(FileSchema()),
    inline_block: optional(InlineBlockSchema()),
    equation: optional(EquationSchema()),
    link_preview: optional(LinkPreviewSchema()),
  })
}

/** Builds the schema of {@link ElementMentionDoc}. */
export function ElementMentionDocSchema(): GenericSchema<ElementMentionDoc> {
  return looseObject({
    token: string(),
    obj_type: number(),
    url: optional(string()),
    title: optional(string()),
    text_element_style: optional(TextElementStyleSchema()),
  })
}

/** Builds the schema of {@link ElementReminder}. */
export function ElementReminderSchema(): GenericSchema<ElementReminder> {
  return looseObject({
    create_user_id: string(),
    is_whole_day: optional(boolean()),
    expire_time: string(),
    notify_time: string(),
    text_element_style: optional(TextElementStyleSchema()),
  })
}

/** Builds the schema of {@link Equation}. */
export function EquationSchema(): GenericSchema<Equation> {
  return looseObject({ content: string(), text_element_style: optional(TextElementStyleSchema()) })
}

/** Builds the schema of {@link File}. */
export function FileSchema(): GenericSchema<File> {
  return looseObject({
    file_token: optional(string()),
    source_block_id: optional(string()),
    text_element_style: optional(TextElementStyleSchema()),
  })
}

/** Builds the schema of {@link Image}. */
export function ImageSchema(): GenericSchema<Image> {
  return looseObject({
    align: optional(number()),
    caption: optional(looseObject({ content: optional(string()) })),
    scale: optional(number()),
  })
}

/** Builds the schema of {@link InlineBlock}. */
export function InlineBlockSchema(): GenericSchema<InlineBlock> {
  return looseObject({ block_id: string(), text_element_style: optional(TextElementStyleSchema()) })
}

/** Builds the schema of {@link Isv}. */
export function IsvSchema(): GenericSchema<Isv> {
  return looseObject({ component_id: optional(string()), component_type_id: optional(string()) })
}

/** Builds the schema of {@link Item}. */
export function ItemSchema(): GenericSchema<Item> {
  return looseObject({
    block_id: optional(string()),
    parent_id: optional(string()),
    children: optional(array(string())),
    block_type: number(),
    page: optional(ItemBulletSchema()),
    text: optional(ItemBulletSchema()),
    heading1: optional(ItemBulletSchema()),
    heading2: optional(ItemBulletSchema()),
    heading3: optional(ItemBulletSchema()),
    heading4: optional(ItemBulletSchema()),
    heading5: optional(ItemBulletSchema()),
    heading6: optional(ItemBulletSchema()),
    heading7: optional(ItemBulletSchema()),
    heading8: optional(ItemBulletSchema()),
    heading9: optional(ItemBulletSchema()),
    bullet: optional(ItemBulletSchema()),
    ordered: optional(ItemBulletSchema()),
    code: optional(ItemBulletSchema()),
    quote: optional(ItemBulletSchema()),
    equation: optional(ItemBulletSchema()),
    todo: optional(ItemBulletSchema()),
    bitable: optional(looseObject({ token: optional(string()) })),
    callout: optional(BlockCalloutSchema()),
    chat_card: optional(ChatCardSchema()),
    diagram: optional(looseObject({ diagram_type: optional(number()) })),
    divider: optional(looseObject({})),
    file: optional(BlockFileSchema()),
    grid: optional(looseObject({ column_size: number() })),
    grid_column: optional(looseObject({ width_ratio: optional(number()) })),
    iframe: optional(looseObject({ component: ComponentSchema() })),
    image: optional(BlockImageSchema()),
    isv: optional(IsvSchema()),
    add_ons: optional(AddOnsSchema()),
    mindnote: optional(looseObject({ token: optional(string()) })),
    sheet: optional(looseObject({ token: optional(string()) })),
    table: optional(TableSchema()),
    table_cell: optional(looseObject({})),
    view: optional(looseObject({ view_type: optional(number()) })),
    undefined: optional(looseObject({})),
    quote_container: optional(looseObject({})),
    task: optional(UpdateTaskSchema()),
    okr: optional(looseObject({
      okr_id: optional(string()),
      period_display_status: optional(picklist(['default', 'hidden', 'normal', 'invalid'])),
      period_name_zh: optional(string()),
      period_name_en: optional(string()),
      user_id: optional(string()),
      visible_setting: optional(VisibleSettingSchema()),
    })),
    okr_objective: optional(OkrObjectiveSchema()),
    okr_key_result: optional(ItemOkrKeyResultSchema()),
    okr_progress: optional(looseObject({})),
    comment_ids: optional(array(string())),
    jira_issue: optional(JiraIssueSchema()),
    wiki_catalog: optional(looseObject({ wiki_token: optional(string()) })),
    board: optional(BlockBoardSchema()),
    agenda: optional(looseObject({})),
    agenda_item: optional(looseObject({})),
    agenda_item_title: optional(ItemAgendaItemTitleSchema()),
    agenda_item_content: optional(looseObject({})),
    link_preview: optional(looseObject({ url_type: picklist(['MessageLink', 'Undefined']) })),
    source_synced: optional(ItemSourceSyncedSchema()),
    reference_synced: optional(ReferenceSyncedSchema()),
    sub_page_list: optional(looseObject({ wiki_token: string() })),
    ai_template: optional(looseObject({})),
    reference_base: optional(ReferenceBaseSchema()),
    project: optional(ProjectSchema()),
    meeting_notes_qa: optional(looseObject({})),
    vc_tabs: optional(looseObject({})),
    vc_summary_tab: optional(looseObject({})),
    vc_transcript_tab: optional(looseObject({})),
    minutes: optional(MinutesSchema()),
  })
}

/** Builds the schema of {@link ItemAgendaItemTitle}. */
export function ItemAgendaItemTitleSchema(): GenericSchema<ItemAgendaItemTitle> {
  return looseObject({ elements: array(ItemAgendaItemTitleElementSchema()), align: optional(number()) })
}

/** Builds the schema of {@link ItemAgendaItemTitleElement}. */
export function ItemAgendaItemTitleElementSchema(): GenericSchema<ItemAgendaItemTitleElement> {
  return looseObject({
    text_run: optional(EquationSchema()),
    mention_user: optional(MentionUserSchema()),
    mention_doc: optional(ElementMentionDocSchema()),
    reminder: optional(ReminderSchema()),
    file: optional(FileSchema()),
    undefined: optional(looseObject({})),
    inline_block: optional(InlineBlockSchema()),
    equation: optional(EquationSchema()),
  })
}

/** Builds the schema of {@link ItemBullet}. */
export function ItemBulletSchema(): GenericSchema<ItemBullet> {
  return looseObject({ style: optional(StyleSchema()), elements: array(ContentElementSchema()) })
}

/** Builds the schema of {@link ItemOkrKeyResult}. */
export function ItemOkrKeyResultSchema(): GenericSchema<ItemOkrKeyResult> {
  return looseObject({
    kr_id: optional(string()),
    confidential: optional(boolean()),
    position: optional(number()),
    score: optional(number()),
    visible: optional(boolean()),
    weight: optional(number()),
    progress_rate: optional(ProgressRateSchema()),
    content: optional(ItemBulletSchema()),
  })
}

/** Builds the schema of {@link ItemSourceSynced}. */
export function ItemSourceSyncedSchema(): GenericSchema<ItemSourceSynced> {
  return looseObject({ elements: optional(array(ContentElementSchema())), align: optional(number()) })
}

/** Builds the schema of {@link JiraIssue}. */
export function JiraIssueSchema(): GenericSchema<JiraIssue> {
  return looseObject({ id: optional(string()), key: optional(string()) })
}

/** Builds the schema of {@link LinkPreview}. */
export function LinkPreviewSchema(): GenericSchema<LinkPreview> {
  return looseObject({
    title: optional(string()),
    url: string(),
    url_type: picklist(['Project', 'Undefined']),
    text_element_style: optional(TextElementStyleSchema()),
  })
}

/** Builds the schema of {@link MentionDoc}. */
export function MentionDocSchema(): GenericSchema<MentionDoc> {
  return looseObject({
    token: string(),
    obj_type: number(),
    url: optional(string()),
    title: optional(string()),
    text_element_style: optional(TextElementStyleSchema()),
    fallback_type: optional(picklist(['FallbackToLink', 'FallbackToText'])),
  })
}

/** Builds the schema of {@link MentionUser}. */
export function MentionUserSchema(): GenericSchema<MentionUser> {
  return looseObject({ user_id: string(), text_element_style: optional(TextElementStyleSchema()) })
}

/** Builds the schema of {@link MergeTableCells}. */
export function MergeTableCellsSchema(): GenericSchema<MergeTableCells> {
  return looseObject({
    row_start_index: number(),
    row_end_index: number(),
    column_start_index: number(),
    column_end_index: number(),
  })
}

/** Builds the schema of {@link Minutes}. */
export function MinutesSchema(): GenericSchema<Minutes> {
  return looseObject({ token: optional(string()), minutes_id: string() })
}

/** Builds the schema of {@link Objective}. */
export function ObjectiveSchema(): GenericSchema<Objective> {
  return looseObject({ objective_id: optional(string()), kr_ids: optional(array(string())) })
}

/** Builds the schema of {@link Okr}. */
export function OkrSchema(): GenericSchema<Okr> {
  return looseObject({ okr_id: optional(string()), objectives: optional(array(ObjectiveSchema())) })
}

/** Builds the schema of {@link OkrKeyResult}. */
export function OkrKeyResultSchema(): GenericSchema<OkrKeyResult> {
  return looseObject({
    kr_id: optional(string()),
    confidential: optional(boolean()),
    position: optional(number()),
    score: optional(number()),
    visible: optional(boolean()),
    weight: optional(number()),
    progress_rate: optional(ProgressRateSchema()),
    content: optional(ContentSchema()),
  })
}

/** Builds the schema of {@link OkrObjective}. */
export function OkrObjectiveSchema(): GenericSchema<OkrObjective> {
  return looseObject({
    objective_id: optional(string()),
    confidential: optional(boolean()),
    position: optional(number()),
    score: optional(number()),
    visible: optional(boolean()),
    weight: optional(number()),
    progress_rate: optional(ProgressRateSchema()),
    content: optional(ItemBulletSchema()),
  })
}

/** Builds the schema of {@link PatchUpdateText}. */
export function PatchUpdateTextSchema(): GenericSchema<PatchUpdateText> {
  return looseObject({ elements: array(ElementSchema()), style: BulletStyleSchema(), fields: array(number()) })
}

/** Builds the schema of {@link PatchUpdateTextElements}. */
export function PatchUpdateTextElementsSchema(): GenericSchema<PatchUpdateTextElements> {
  return looseObject({ elements: array(ElementSchema()) })
}

/** Builds the schema of {@link ProgressRate}. */
export function ProgressRateSchema(): GenericSchema<ProgressRate> {
  return looseObject({
    mode: optional(picklist(['simple', 'advanced'])),
    current: optional(number()),
    percent: optional(number()),
    progress_status: optional(picklist(['normal', 'unset', 'risk', 'extended'])),
    start: optional(number()),
    status_type: optional(picklist(['default', 'custom'])),
    target: optional(number()),
  })
}

/** Builds the schema of {@link Project}. */
export function ProjectSchema(): GenericSchema<Project> {
  return looseObject({
    title: optional(string()),
    url: string(),
    sub_type: picklist(['Table', 'Card', 'Undefined']),
    view_type: optional(picklist(['Normal', 'Undefined', 'PartiallyFolded'])),
  })
}

/** Builds the schema of {@link Property}. */
export function PropertySchema(): GenericSchema<Property> {
  return looseObject({
    row_size: number(),
    column_size: number(),
    column_width: optional(array(number())),
    merge_info: optional(array(looseObject({ row_span: optional(number()), col_span: optional(number()) }))),
    header_row: optional(boolean()),
    header_column: optional(boolean()),
  })
}

/** Builds the schema of {@link ReferenceBase}. */
export function ReferenceBaseSchema(): GenericSchema<ReferenceBase> {
  return looseObject({
    token: string(),
    view_id: string(),
    layout_mode: optional(picklist(['Normal', 'Undefined', 'PartiallyFolded'])),
  })
}

/** Builds the schema of {@link ReferenceSynced}. */
export function ReferenceSyncedSchema(): GenericSchema<ReferenceSynced> {
  return looseObject({ source_document_id: optional(string()), source_block_id: optional(string()) })
}

/** Builds the schema of {@link Reminder}. */
export function ReminderSchema(): GenericSchema<Reminder> {
  return looseObject({
    create_user_id: string(),
    is_notify: optional(boolean()),
    is_whole_day: optional(boolean()),
    expire_time: string(),
    notify_time: string(),
    text_element_style: optional(TextElementStyleSchema()),
  })
}

/** Builds the schema of {@link ReplaceImage}. */
export function ReplaceImageSchema(): GenericSchema<ReplaceImage> {
  return looseObject({
    token: string(),
    width: optional(number()),
    height: optional(number()),
    align: optional(number()),
    caption: optional(looseObject({ content: optional(string()) })),
    scale: optional(number()),
  })
}

/** Builds the schema of {@link Request}. */
export function RequestSchema(): GenericSchema<Request> {
  return looseObject({
    update_text_elements: optional(UpdateTextElementsSchema()),
    update_text_style: optional(UpdateTextStyleSchema()),
    update_table_property: optional(UpdateTablePropertySchema()),
    insert_table_row: optional(looseObject({ row_index: number() })),
    insert_table_column: optional(looseObject({ column_index: number() })),
    delete_table_rows: optional(DeleteTableRowsSchema()),
    delete_table_columns: optional(DeleteTableColumnsSchema()),
    merge_table_cells: optional(MergeTableCellsSchema()),
    unmerge_table_cells: optional(UnmergeTableCellsSchema()),
    insert_grid_column: optional(looseObject({ column_index: number() })),
    delete_grid_column: optional(looseObject({ column_index: number() })),
    update_grid_column_width_ratio: optional(looseObject({ width_ratios: array(number()) })),
    replace_image: optional(ReplaceImageSchema()),
    replace_file: optional(looseObject({ token: string() })),
    block_id: optional(string()),
    update_text: optional(UpdateTextSchema()),
    update_task: optional(UpdateTaskSchema()),
  })
}

/** Builds the schema of {@link Sheet}. */
export function SheetSchema(): GenericSchema<Sheet> {
  return looseObject({ row_size: optional(number()), column_size: optional(number()) })
}

/** Builds the schema of {@link SourceSynced}. */
export function SourceSyncedSchema(): GenericSchema<SourceSynced> {
  return looseObject({ elements: optional(array(BulletElementSchema())), align: optional(number()) })
}

/** Builds the schema of {@link Style}. */
export function StyleSchema(): GenericSchema<Style> {
  return looseObject({
    align: optional(number()),
    done: optional(boolean()),
    folded: optional(boolean()),
    language: optional(number()),
    wrap: optional(boolean()),
    background_color: optional(picklist([
      'LightGrayBackground',
      'LightRedBackground',
      'LightOrangeBackground',
      'LightYellowBackground',
      'LightGreenBackground',
      'LightBlueBackground',
      'LightPurpleBackground',
      'PaleGrayBackground',
      'DarkGrayBackground',
      'DarkRedBackground',
      'DarkOrangeBackground',
      'DarkYellowBackground',
      'DarkGreenBackground',
      'DarkBlueBackground',
      'DarkPurpleBackground',
    ])),
    indentation_level: optional(picklist(['NoIndent', 'OneLevelIndent'])),
    sequence: optional(string()),
  })
}

/** Builds the schema of {@link Table}. */
export function TableSchema(): GenericSchema<Table> {
  return looseObject({ cells: optional(array(string())), property: PropertySchema() })
}

/** Builds the schema of {@link TextElementStyle}. */
export function TextElementStyleSchema(): GenericSchema<TextElementStyle> {
  return looseObject({
    bold: optional(boolean()),
    italic: optional(boolean()),
    strikethrough: optional(boolean()),
    underline: optional(boolean()),
    inline_code: optional(boolean()),
    background_color: optional(number()),
    text_color: optional(number()),
    link: optional(looseObject({ url: string() })),
    comment_ids: optional(array(string())),
  })
}

/** Builds the schema of {@link UnmergeTableCells}. */
export function UnmergeTableCellsSchema(): GenericSchema<UnmergeTableCells> {
  return looseObject({ row_index: number(), column_index: number() })
}

/** Builds the schema of {@link UpdateTableProperty}. */
export function UpdateTablePropertySchema(): GenericSchema<UpdateTableProperty> {
  return looseObject({
    column_width: number(),
    column_index: number(),
    header_row: optional(boolean()),
    header_column: optional(boolean()),
  })
}

/** Builds the schema of {@link UpdateTask}. */
export function UpdateTaskSchema(): GenericSchema<UpdateTask> {
  return looseObject({ task_id: optional(string()), folded: optional(boolean()) })
}

/** Builds the schema of {@link UpdateText}. */
export function UpdateTextSchema(): GenericSchema<UpdateText> {
  return looseObject({ elements: array(UpdateTextElementSchema()), style: StyleSchema(), fields: array(number()) })
}

/** Builds the schema of {@link UpdateTextElement}. */
export function UpdateTextElementSchema(): GenericSchema<UpdateTextElement> {
  return looseObject({
    text_run: optional(EquationSchema()),
    mention_user: optional(MentionUserSchema()),
    mention_doc: optional(BulletElementMentionDocSchema()),
    reminder: optional(ReminderSchema()),
    file: optional(FileSchema()),
    undefined: optional(looseObject({})),
    inline_block: optional(InlineBlockSchema()),
    equation: optional(EquationSchema()),
    link_preview: optional(LinkPreviewSchema()),
  })
}

/** Builds the schema of {@link UpdateTextElements}. */
export function UpdateTextElementsSchema(): GenericSchema<UpdateTextElements> {
  return looseObject({ elements: array(UpdateTextElementSchema()) })
}

/** Builds the schema of {@link UpdateTextStyle}. */
export function UpdateTextStyleSchema(): GenericSchema<UpdateTextStyle> {
  return looseObject({ style: StyleSchema(), fields: array(number()) })
}

/** Builds the schema of {@link VisibleSetting}. */
export function VisibleSettingSchema(): GenericSchema<VisibleSetting> {
  return looseObject({
    progress_fill_area_visible: optional(boolean()),
    progress_status_visible: optional(boolean()),
    score_visible: optional(boolean()),
  })
}
