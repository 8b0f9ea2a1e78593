// The built-in index rule sets' applicability and provenance, and the documented indicator mappings
// between them, generated from src/reference/data (index-rule-sets.csv, indicator-mapping.csv and the
// weight_status / status columns of the indicator and predicate CSVs).
import { INDEX_RULE_SET_INFO, INDICATOR_MAPPINGS, type IndexRuleSetInfo, type IndicatorMappingRow } from './generated/builtin-library.js';

export type { IndexRuleSetInfo, IndicatorMappingRow };

const BY_ID = new Map(INDEX_RULE_SET_INFO.map(r => [r.id, r]));

/** What the reference data says about a built-in rule set (undefined for a name it does not know). */
export function builtinRuleSetInfo(id: string): IndexRuleSetInfo | undefined {
    return BY_ID.get(id);
}

/** The built-in rule set that replaces `id` (from its `appliesFrom` year), if any. */
export function builtinSuccessorOf(id: string): IndexRuleSetInfo | undefined {
    return INDEX_RULE_SET_INFO.find(r => r.replaces === id);
}

export function builtinIndicatorMappings(): readonly IndicatorMappingRow[] {
    return INDICATOR_MAPPINGS;
}
