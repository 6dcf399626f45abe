package org.yingzai.audit;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The outcome of walking the chain: whether it is intact, how many records it has (of them, how
 * many in archive files), and the seq of the first record that was changed, inserted or is missing
 * (null when intact).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record Verification(boolean valid, long records, long archived, Long firstBroken) {}
