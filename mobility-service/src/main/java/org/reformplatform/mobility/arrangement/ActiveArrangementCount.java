package org.reformplatform.mobility.arrangement;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many arrangements of a form an institution has active. */
@Schema(name = "ActiveArrangementCount")
public record ActiveArrangementCount(ArrangementForm form, String institution, long active) {
}
