// Generated from catalog/okr.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type {
  AlignedObjective,
  BackColor,
  Block,
  ContentBlock,
  CycleReview,
  DocsLink,
  ImageList,
  KrProgressRate,
  List,
  MentionedUser,
  Objective,
  Okr,
  ProgressRate,
  TextRun,
} from './types.ts'

/** Builds the schema of {@link AlignedObjective}. */
export function AlignedObjectiveSchema(): GenericSchema<AlignedObjective> {
  return looseObject({ id: optional(string()), okr_id: optional(string()), owner: optional(MentionedUserSchema()) })
}

/** Builds the schema of {@link BackColor}. */
export function BackColorSchema(): GenericSchema<BackColor> {
  return looseObject({
    red: optional(number()),
    green: optional(number()),
    blue: optional(number()),
    alpha: optional(number()),
  })
}

/** Builds the schema of {@link Block}. */
export function BlockSchema(): GenericSchema<Block> {
  return looseObject({
    type: optional(picklist(['paragraph', 'gallery'])),
    paragraph: optional(looseObject({
      style: optional(looseObject({ list: optional(ListSchema()) })),
      elements: optional(array(looseObject({
        type: optional(picklist(['person', 'textRun', 'docsLink'])),
        textRun: optional(TextRunSchema()),
        docsLink: optional(DocsLinkSchema()),
        person: optional(looseObject({ openId: optional(string()) })),
      }))),
    })),
    gallery: optional(looseObject({ imageList: optional(array(ImageListSchema())) })),
  })
}

/** Builds the schema of {@link ContentBlock}. */
export function ContentBlockSchema(): GenericSchema<ContentBlock> {
  return looseObject({
    type: optional(picklist(['paragraph', 'gallery'])),
    paragraph: optional(looseObject({
      style: optional(looseObject({ list: optional(ListSchema()) })),
      elements: optional(array(looseObject({
        type: optional(picklist(['textRun', 'docsLink', 'person'])),
        textRun: optional(TextRunSchema()),
        docsLink: optional(DocsLinkSchema()),
        person: optional(looseObject({ openId: optional(string()) })),
      }))),
    })),
    gallery: optional(looseObject({ imageList: optional(array(ImageListSchema())) })),
  })
}

/** Builds the schema of {@link CycleReview}. */
export function CycleReviewSchema(): GenericSchema<CycleReview> {
  return looseObject({ url: optional(string()), create_time: optional(string()) })
}

/** Builds the schema of {@link DocsLink}. */
export function DocsLinkSchema(): GenericSchema<DocsLink> {
  return looseObject({ url: optional(string()), title: optional(string()) })
}

/** Builds the schema of {@link ImageList}. */
export function ImageListSchema(): GenericSchema<ImageList> {
  return looseObject({
    fileToken: optional(string()),
    src: optional(string()),
    width: optional(number()),
    height: optional(number()),
  })
}

/** Builds the schema of {@link KrProgressRate}. */
export function KrProgressRateSchema(): GenericSchema<KrProgressRate> {
  return looseObject({ percent: optional(number()), status: optional(string()) })
}

/** Builds the schema of {@link List}. */
export function ListSchema(): GenericSchema<List> {
  return looseObject({
    type: optional(picklist(['number', 'bullet', 'checkBox', 'checkedBox', 'indent'])),
    indentLevel: optional(number()),
    number: optional(number()),
  })
}

/** Builds the schema of {@link MentionedUser}. */
export function MentionedUserSchema(): GenericSchema<MentionedUser> {
  return looseObject({ open_id: optional(string()), user_id: optional(string()) })
}

/** Builds the schema of {@link Objective}. */
export function ObjectiveSchema(): GenericSchema<Objective> {
  return looseObject({
    id: optional(string()),
    permission: optional(number()),
    content: optional(string()),
    progress_report: optional(string()),
    score: optional(number()),
    weight: optional(number()),
    progress_rate: optional(KrProgressRateSchema()),
    kr_list: optional(array(looseObject({
      id: optional(string()),
      content: optional(string()),
      score: optional(number()),
      weight: optional(number()),
      kr_weight: optional(number()),
      progress_rate: optional(KrProgressRateSchema()),
      progress_record_list: optional(array(looseObject({ id: optional(string()) }))),
      progress_rate_percent_last_updated_time: optional(string()),
      progress_rate_status_last_updated_time: optional(string()),
      progress_record_last_updated_time: optional(string()),
      progress_report_last_updated_time: optional(string()),
      score_last_updated_time: optional(string()),
      deadline: optional(string()),
      mentioned_user_list: optional(array(MentionedUserSchema())),
    }))),
    aligned_objective_list: optional(array(AlignedObjectiveSchema())),
    aligning_objective_list: optional(array(AlignedObjectiveSchema())),
    progress_record_list: optional(array(looseObject({ id: optional(string()) }))),
    progress_rate_percent_last_updated_time: optional(string()),
    progress_rate_status_last_updated_time: optional(string()),
    progress_record_last_updated_time: optional(string()),
    progress_report_last_updated_time: optional(string()),
    score_last_updated_time: optional(string()),
    deadline: optional(string()),
    mentioned_user_list: optional(array(MentionedUserSchema())),
  })
}

/** Builds the schema of {@link Okr}. */
export function OkrSchema(): GenericSchema<Okr> {
  return looseObject({
    id: optional(string()),
    permission: optional(number()),
    period_id: optional(string()),
    name: optional(string()),
    objective_list: optional(array(ObjectiveSchema())),
    confirm_status: optional(number()),
  })
}

/** Builds the schema of {@link ProgressRate}. */
export function ProgressRateSchema(): GenericSchema<ProgressRate> {
  return looseObject({ percent: optional(number()), status: optional(number()) })
}

/** Builds the schema of {@link TextRun}. */
export function TextRunSchema(): GenericSchema<TextRun> {
  return looseObject({
    text: optional(string()),
    style: optional(looseObject({
      bold: optional(boolean()),
      strikeThrough: optional(boolean()),
      backColor: optional(BackColorSchema()),
      textColor: optional(BackColorSchema()),
      link: optional(looseObject({ url: optional(string()) })),
    })),
  })
}
