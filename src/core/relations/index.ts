export type { Operand, Relation, RelationRule, RelationInstance, SumRelation, CopyRelation, OrderRelation, ShareRelation, RateRelation } from "./types";
export { isRelationRule } from "./types";
export { cell, stated, statedShare, statedChange, statedRate, amount, count, sumOf, valueOf, operandsOf } from "./operands";
export { evaluate, type Evaluation } from "./evaluate";
export { defineRelations, relationInstances } from "./define";
export { flagFormula, rateFormula, display, expression, FLAG_OK, FLAG_ROUNDING, FLAG_ERROR, FLAG_WARNING, type Locate, type SheetCell } from "./render";
