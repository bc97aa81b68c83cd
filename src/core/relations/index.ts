export type { Operand, Relation, RelationRule, RelationInstance, SumRelation, CopyRelation, OrderRelation, ShareRelation } from "./types";
export { isRelationRule } from "./types";
export { cell, stated, statedShare, amount, count, sumOf, valueOf } from "./operands";
export { evaluate, type Evaluation } from "./evaluate";
export { defineRelations, relationInstances } from "./define";
export { flagFormula, display, expression, FLAG_OK, FLAG_ROUNDING, FLAG_ERROR, FLAG_WARNING, type Locate, type SheetCell } from "./render";
