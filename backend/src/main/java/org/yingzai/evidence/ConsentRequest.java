package org.yingzai.evidence;

import jakarta.validation.constraints.NotNull;

/** The applicant's consent to attach exactly the evidence of one preview. */
record ConsentRequest(@NotNull Long previewId) {}
