package org.reformplatform.evaluation.reference;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.reformplatform.evaluation.title.OpenTitleReviewHandler;
import org.reformplatform.evaluation.title.TitleReview;
import org.reformplatform.evaluation.title.TitleReviewId;
import org.reformplatform.evaluation.title.TitleReviewResource.OpenTitleReviewRequest;
import org.reformplatform.eventsourcing.command.Aggregates;

/**
 * The report's first title reviews as reference data: the senior-title review of the engineering
 * series for digital technology with its 12 specialties (cloud computing, internet of things, big
 * data, cryptographic engineering and eight more), and the intermediate-title review for financial
 * technology. Opened by the same use case the API runs.
 */
@ApplicationScoped
public class ReferenceTitleReviews {

    static final String RESOURCE = "reference/title-reviews.json";

    record ReviewsData(List<ReviewData> reviews) {
    }

    record ReviewData(String key, OpenTitleReviewRequest request) {
    }

    /** A reference review: its id, and whether this load opened it. */
    public record Review(UUID id, String key, String title, boolean opened) {
    }

    @Inject
    Aggregates aggregates;

    @Inject
    ObjectMapper mapper;

    @Inject
    OpenTitleReviewHandler openTitleReview;

    @Transactional(Transactional.TxType.MANDATORY)
    public List<Review> load() {
        List<Review> loaded = new ArrayList<>();
        for (ReviewData data : read().reviews()) {
            TitleReviewId id = new TitleReviewId(ReferenceIds.of("title-review/" + data.key()));
            boolean exists = aggregates.load(TitleReview.TYPE, id).exists();
            if (!exists) {
                openTitleReview.handle(id, data.request().terms());
            }
            loaded.add(new Review(id.value(), data.key(), data.request().title(), !exists));
        }
        return loaded;
    }

    private ReviewsData read() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the service");
            }
            return mapper.readValue(in, ReviewsData.class);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
    }
}
