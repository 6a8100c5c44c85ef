package org.healthequity.workstreams.mapping;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.healthequity.workstreams.repository.ActualComment;

@Schema(name = "ActualComment", description = "A message between an actual's reporter and its reviewers")
public record CommentView(long id, long actualId, String author, String organisation,
        @Schema(description = "REPORTER (the partner's side) or REVIEWER (a lead or admin)") ActualComment.Side side,
        String text, Instant createdAt) {

    public static CommentView of(ActualComment comment) {
        return new CommentView(comment.id, comment.actualId, comment.author, comment.organisation, comment.side,
                comment.body, comment.createdAt);
    }
}
