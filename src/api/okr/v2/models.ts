// Generated from catalog/okr.v2.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { Alignment, BackColor, Block, GetKeyResult, Indicator, Item, ListItem, Owner, Unit } from './types.ts'

/** Builds the schema of {@link Alignment}. */
export function AlignmentSchema(): GenericSchema<Alignment> {
  return looseObject({
    id: string(),
    create_time: string(),
    update_time: string(),
    from_owner: OwnerSchema(),
    to_owner: OwnerSchema(),
    from_entity_type: number(),
    from_entity_id: string(),
    to_entity_type: number(),
    to_entity_id: string(),
  })
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
    block_element_type: optional(picklist(['paragraph', 'gallery'])),
    paragraph: optional(looseObject({
      style: optional(looseObject({
        list: optional(looseObject({
          list_type: optional(picklist(['number', 'bullet', 'checkBox', 'checkedBox', 'indent'])),
          indent_level: optional(number()),
          number: optional(number()),
        })),
      })),
      elements: optional(array(looseObject({
        paragraph_element_type: optional(picklist(['textRun', 'docsLink', 'mention'])),
        text_run: optional(looseObject({
          text: optional(string()),
          style: optional(looseObject({
            bold: optional(boolean()),
            strike_through: optional(boolean()),
            back_color: optional(BackColorSchema()),
            text_color: optional(BackColorSchema()),
            link: optional(looseObject({ url: optional(string()) })),
          })),
        })),
        docs_link: optional(looseObject({ url: optional(string()), title: optional(string()) })),
        mention: optional(looseObject({ user_id: optional(string()) })),
      }))),
    })),
    gallery: optional(looseObject({
      images: optional(array(looseObject({
        file_token: optional(string()),
        src: optional(string()),
        width: optional(number()),
        height: optional(number()),
      }))),
    })),
  })
}

/** Builds the schema of {@link GetKeyResult}. */
export function GetKeyResultSchema(): GenericSchema<GetKeyResult> {
  return looseObject({
    id: string(),
    create_time: string(),
    update_time: string(),
    owner: OwnerSchema(),
    objective_id: string(),
    position: number(),
    content: optional(looseObject({ blocks: optional(array(BlockSchema())) })),
    score: optional(number()),
    weight: optional(number()),
    deadline: optional(string()),
  })
}

/** Builds the schema of {@link Indicator}. */
export function IndicatorSchema(): GenericSchema<Indicator> {
  return looseObject({
    id: string(),
    create_time: string(),
    update_time: string(),
    owner: OwnerSchema(),
    entity_type: number(),
    entity_id: string(),
    indicator_status: number(),
    status_calculate_type: number(),
    start_value: optional(number()),
    target_value: optional(number()),
    current_value: optional(number()),
    current_value_calculate_type: optional(number()),
    unit: optional(UnitSchema()),
  })
}

/** Builds the schema of {@link Item}. */
export function ItemSchema(): GenericSchema<Item> {
  return looseObject({
    id: string(),
    create_time: string(),
    update_time: string(),
    owner: OwnerSchema(),
    cycle_id: string(),
    position: number(),
    content: optional(looseObject({ blocks: optional(array(BlockSchema())) })),
    score: optional(number()),
    notes: optional(looseObject({ blocks: optional(array(BlockSchema())) })),
    weight: optional(number()),
    deadline: optional(string()),
    category_id: optional(string()),
  })
}

/** Builds the schema of {@link ListItem}. */
export function ListItemSchema(): GenericSchema<ListItem> {
  return looseObject({
    id: string(),
    create_time: string(),
    update_time: string(),
    owner: OwnerSchema(),
    entity_type: number(),
    entity_id: string(),
    content: optional(looseObject({ blocks: optional(array(BlockSchema())) })),
    progress_rate: optional(looseObject({ progress_percent: optional(number()), progress_status: optional(number()) })),
  })
}

/** Builds the schema of {@link Owner}. */
export function OwnerSchema(): GenericSchema<Owner> {
  return looseObject({ owner_type: picklist(['user']), user_id: optional(string()) })
}

/** Builds the schema of {@link Unit}. */
export function UnitSchema(): GenericSchema<Unit> {
  return looseObject({ unit_type: number(), unit_value: string() })
}
